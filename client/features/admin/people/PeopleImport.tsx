import { useState } from 'preact/hooks';
import { importPeopleContract } from '../../../../shared/contracts/people';
import type { ImportReport } from '../../../../shared/schemas/people';
import { call } from '../../../app/api';
import { describeImportProblem } from './import-problem-text';
import { usePeopleText } from './people-text';
import { useUnsavedGuard } from '../use-unsaved-guard';
import { ScrollRegion } from '../../../ui/ScrollRegion';

type Step = { kind: 'choose' } | { kind: 'busy' } | { kind: 'checked'; report: ImportReport } | { kind: 'imported'; report: ImportReport } | { kind: 'error'; message: string };

/**
 * A people CSV through the browser, checked as the command line checks it
 * (every row before anything is written; the same code on the server): the
 * bad rows with their problems in a table, then an import of all rows or of
 * the valid ones only.
 */
export function PeopleImport({ onImported }: { onImported: () => void }) {
  const { t, reason } = usePeopleText();
  const [csv, setCsv] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  // A chosen file is work in progress until it is imported: leaving asks first, as the other forms do.
  useUnsavedGuard(csv !== null && step.kind !== 'imported', t('people.import.unsaved'));

  const send = async (options: { dryRun: boolean; skipInvalid: boolean }) => {
    if (csv === null) return;
    setStep({ kind: 'busy' });
    try {
      const report = await call(importPeopleContract, { body: { csv, ...options } });
      setStep({ kind: options.dryRun ? 'checked' : 'imported', report });
      if (!options.dryRun) onImported();
    } catch (e) {
      setStep({ kind: 'error', message: reason(e) });
    }
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setStep({ kind: 'choose' });
    setCsv(file ? await file.text() : null);
  };

  return (
    <div class="stack">
      <section class="card section stack" aria-labelledby="import-title">
        <a href="/admin/people">{t('people.back')}</a>
        <h2 id="import-title">{t('people.import.title')}</h2>
        <p class="hint" id="import-help">
          {t('people.import.help')}
        </p>
        <div class="field">
          <label for="import-file">{t('people.import.file')}</label>
          <input id="import-file" type="file" accept=".csv,text/csv" aria-describedby="import-help" onChange={(e) => void choose(e.currentTarget)} />
        </div>
        <div class="admin-actions">
          {/* Once checked, importing is the next step: checking again steps back. */}
          <button
            type="button"
            class={`button ${step.kind === 'checked' ? 'button-secondary' : 'button-primary'}`}
            disabled={csv === null || step.kind === 'busy'}
            onClick={() => void send({ dryRun: true, skipInvalid: false })}
          >
            {step.kind === 'busy' ? t('people.import.checking') : t('people.import.check')}
          </button>
        </div>
        <div role="status">
          {step.kind === 'error' && <p class="error-text">{step.message}</p>}
          {step.kind === 'checked' && <CheckedSummary report={step.report} />}
          {step.kind === 'imported' && <ImportedSummary report={step.report} />}
        </div>
        {step.kind === 'checked' && step.report.rows > step.report.errors.length && (
          <div class="admin-actions">
            <button type="button" class="button button-primary" onClick={() => void send({ dryRun: false, skipInvalid: step.report.errors.length > 0 })}>
              {step.report.errors.length > 0
                ? t('people.import.doValid', { count: step.report.rows - step.report.errors.length })
                : t('people.import.doAll', { count: step.report.rows })}
            </button>
          </div>
        )}
      </section>
      {step.kind === 'checked' && step.report.errors.length > 0 && <RowErrors report={step.report} />}
    </div>
  );
}

function CheckedSummary({ report }: { report: ImportReport }) {
  const { t } = usePeopleText();
  if (report.errors.length === 0) return <p>{t('people.import.allValid', { rows: report.rows })}</p>;
  return <p class="error-text">{t('people.import.someBad', { bad: report.errors.length, rows: report.rows })}</p>;
}

function ImportedSummary({ report }: { report: ImportReport }) {
  const { t } = usePeopleText();
  return (
    <p>
      {t('people.import.done', { count: report.imported })}{' '}
      {report.errors.length > 0 && t('people.import.skipped', { lines: report.errors.map((e) => e.line).join(', ') })}{' '}
      {report.created.length > 0 && t('people.import.created', { list: report.created.join(', ') })}{' '}
      <a href="/admin/people">{t('people.back')}</a>
    </p>
  );
}

/** Each problem from its reason code, in the admin's words, quoting the file's columns and values. */
function RowErrors({ report }: { report: ImportReport }) {
  const { t, language } = usePeopleText();
  return (
    <ScrollRegion class="admin-table-wrap card section" label={t('people.import.errorsCaption')}>
      <table class="admin-table admin-import-errors">
        <caption>{t('people.import.errorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.import.line')}</th>
            <th scope="col">{t('people.import.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              <td>
                {row.problems.map((problem, i) => {
                  const said = describeImportProblem(problem, language);
                  return (
                    <span key={i} lang={said.language === language ? undefined : said.language}>
                      {i > 0 && ' '}
                      {said.text}
                    </span>
                  );
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
