import { useState } from 'preact/hooks';
import { activityFiguresContract, updateRetentionContract, whoSeesWhatContract, worksCouncilContract } from '../../../../shared/contracts/works-council';
import type { RetentionSettings } from '../../../../shared/schemas/works-council';
import { call } from '../../../app/api';
import { useFeatureText } from '../../../app/i18n';
import { formatDateTime } from '../../../app/locale';
import { useApiData } from '../../../ui/use-api-data';
import { WhoSeesWhatTable } from '../../privacy/WhoSeesWhatTable';
import { SaveStatus, TextField, type SaveState } from '../fields';
import { useFormErrors } from '../form-errors';
import { worksCouncilText } from './works-council-text';
import '../../privacy/privacy.css';

const RETENTION_KEYS = ['learningEvents', 'signInRecords', 'notifications', 'accessLog', 'auditLog', 'xapiSent', 'departedPeople', 'evaluationAnswers'] as const;

/** What the works council gets: the who-sees-what table with its routes, the description to download, retention and its proof. */
export function WorksCouncilScreen(_: { id: string | null }) {
  const { t, language } = useFeatureText(worksCouncilText);
  const table = useApiData(whoSeesWhatContract).state;
  const overview = useApiData(worksCouncilContract).state;
  const figures = useApiData(activityFiguresContract).state;
  if (overview.status === 'loading' || table.status === 'loading') return <p>{t('wc.loading')}</p>;
  if (overview.status === 'error') return <p class="error-text">{t('wc.error', { message: overview.message })}</p>;
  if (table.status === 'error') return <p class="error-text">{t('wc.error', { message: table.message })}</p>;
  return (
    <div class="stack">
      <section class="card section stack" aria-labelledby="wc-title">
        <h2 id="wc-title">{t('wc.title')}</h2>
        <p class="hint">{t('wc.intro')}</p>
        <h3>{t('wc.description')}</h3>
        <ul class="inline-links">
          {(['nl', 'en'] as const).flatMap((language) =>
            (['pdf', 'md'] as const).map((format) => (
              <li key={`${format}${language}`}>
                <a class="button button-secondary" href={`/api/admin/processing-description?format=${format}&language=${language}`} download>
                  {t('wc.download', { format: format === 'pdf' ? 'PDF' : 'Markdown', language: language === 'nl' ? 'Nederlands' : 'English' })}
                </a>
              </li>
            )),
          )}
        </ul>
        <WhoSeesWhatTable table={table.data} showRoutes />
      </section>
      <RetentionForm initial={overview.data.retention} />
      <section class="card section stack" aria-labelledby="wc-purges">
        <h2 id="wc-purges">{t('wc.purges.title')}</h2>
        {overview.data.purges.length === 0 ? (
          <p>{t('wc.purges.none')}</p>
        ) : (
          <ul>
            {overview.data.purges.map((purge) => (
              <li key={purge.at}>{t('wc.purges.entry', { at: formatDateTime(purge.at, language, { dateStyle: 'medium', timeStyle: 'short' }), count: Object.values(purge.deleted).reduce((a, b) => a + b, 0) })}</li>
            ))}
          </ul>
        )}
      </section>
      {figures.status === 'ready' && (
        <section class="card section stack" aria-labelledby="wc-figures">
          <h2 id="wc-figures">{t('wc.figures.title')}</h2>
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  {(['month', 'joined', 'active', 'retained', 'completions'] as const).map((key) => (
                    <th scope="col" key={key}>
                      {t(`wc.figures.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.data.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{m.month}</th>
                    <td>{m.joined}</td>
                    <td>{m.active}</td>
                    <td>{m.retained}</td>
                    <td>{m.completions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

function RetentionForm({ initial }: { initial: RetentionSettings }) {
  const { t } = useFeatureText(worksCouncilText);
  const errors = useFormErrors((path) => `retention-${path}`);
  const [values, setValues] = useState<Record<string, string>>(Object.fromEntries(RETENTION_KEYS.map((key) => [key, String(initial[key])])));
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const body = Object.fromEntries(RETENTION_KEYS.map((key) => [key, Number(values[key])])) as RetentionSettings;
      await call(updateRetentionContract, { body });
      setStatus({ kind: 'saved' });
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }
  return (
    <form class="card section stack" onSubmit={save} aria-labelledby="wc-retention" noValidate>
      <h2 id="wc-retention">{t('wc.retention.title')}</h2>
      <p class="hint">{t('wc.retention.note')}</p>
      {RETENTION_KEYS.map((key) => (
        <TextField
          key={key}
          id={`retention-${key}`}
          type="number"
          label={t(`wc.retention.${key}`)}
          value={values[key] ?? ''}
          onInput={(value) => setValues({ ...values, [key]: value })}
          error={errors.errorOf(`retention-${key}`)}
        />
      ))}
      <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
        {t('wc.save')}
      </button>
      <SaveStatus status={status} />
    </form>
  );
}
