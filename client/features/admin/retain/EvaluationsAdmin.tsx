import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  adminEvaluationsContract,
  createEvaluationContract,
  evaluationResultsContract,
  evaluationResultsCsvContract,
  evaluationTemplatesContract,
  remindEvaluationContract,
  trainingReactionsContract,
  updateEvaluationContract,
} from '../../../../shared/contracts/evaluations';
import { orgStructureContract } from '../../../../shared/contracts/org';
import { contractUrl } from '../../../../shared/contracts/contract-url';
import type { AdminEvaluation, EvaluationFilter } from '../../../../shared/schemas/evaluations';
import { call } from '../../../app/api';
import { useApiData } from '../../../ui/use-api-data';
import { useRetainAdminText } from './retain-admin-text';
import { EvaluationEditor } from './EvaluationEditor';

/** /admin/evaluations: the list; /admin/evaluations/new and /admin/evaluations/<id>: the editor. */
export function EvaluationsAdmin({ id }: { id: string | null }) {
  if (id === 'new') return <EvaluationEditor evaluation={null} />;
  if (id) return <ExistingEvaluation id={id} />;
  return <EvaluationList />;
}

function ExistingEvaluation({ id }: { id: string }) {
  const { t } = useRetainAdminText();
  const list = useApiData(adminEvaluationsContract);
  if (list.state.status !== 'ready') return <p role="status">{list.state.status === 'error' ? list.state.message : '…'}</p>;
  const evaluation = list.state.data.evaluations.find((e) => e.id === id);
  if (!evaluation) return <p class="error-text">{t('ra.edit.missing')}</p>;
  return <EvaluationEditor key={evaluation.id} evaluation={evaluation} />;
}

/** Evaluations: build one (blank or from a template), open or close it, remind non-responders once, read results under filters. */
function EvaluationList() {
  const { t, language } = useRetainAdminText();
  const { route } = useLocation();
  const list = useApiData(adminEvaluationsContract);
  const templates = useApiData(evaluationTemplatesContract);
  async function fromTemplate(index: number) {
    const template = templates.state.status === 'ready' ? templates.state.data.templates[index] : undefined;
    if (!template) return;
    const created = await call(createEvaluationContract, { body: { title: template.title, questions: template.questions, trigger: { kind: 'periodic', everyDays: 90 }, status: 'draft' } });
    route(`/admin/evaluations/${created.id}`);
  }
  return (
    <div class="stack">
      <section class="stack" aria-labelledby="evaluations-admin-title">
        <h2 id="evaluations-admin-title">{t('ra.eval.title')}</h2>
        <p>{t('ra.eval.intro')}</p>
        <div class="admin-actions" role="group" aria-label={t('ra.eval.new')}>
          <a class="button button-primary" href="/admin/evaluations/new">
            {t('ra.eval.newBlank')}
          </a>
          {templates.state.status === 'ready' &&
            templates.state.data.templates.map((template, index) => (
              <button key={template.topic} type="button" class="button button-secondary" onClick={() => void fromTemplate(index)}>
                {t('ra.eval.new')}: {t(`ra.eval.template.${template.topic}`)}
              </button>
            ))}
        </div>
        {list.state.status === 'ready' && (
          <ul class="card-list">
            {list.state.data.evaluations.map((evaluation) => (
              <li key={evaluation.id}>
                <EvaluationRow evaluation={evaluation} language={language} onChange={list.reload} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <Reactions />
    </div>
  );
}

function EvaluationRow({ evaluation, language, onChange }: { evaluation: AdminEvaluation; language: 'nl' | 'en'; onChange: () => void }) {
  const { t } = useRetainAdminText();
  const [notice, setNotice] = useState<string | null>(null);
  const [showResults, setShowResults] = useState(false);
  const setStatus = (status: AdminEvaluation['status']) =>
    void call(updateEvaluationContract, { params: { id: evaluation.id }, body: { title: evaluation.title, questions: evaluation.questions, trigger: evaluation.trigger, status } }).then(onChange);
  const remind = () => void call(remindEvaluationContract, { params: { id: evaluation.id } }).then((r) => setNotice(t('ra.eval.reminded', { n: r.reminded })));
  return (
    <article class="card stack" aria-labelledby={`evaluation-${evaluation.id}`}>
      <h3 id={`evaluation-${evaluation.id}`}>{evaluation.title[language]}</h3>
      <p class="hint">
        <span class="tag">{t(`ra.eval.status.${evaluation.status}`)}</span> {t('ra.eval.reached', { reached: evaluation.reached, responses: evaluation.responses })}
      </p>
      <div class="admin-actions">
        {evaluation.status !== 'open' ? (
          <button type="button" class="button button-primary" onClick={() => setStatus('open')}>
            {t('ra.eval.open')}
          </button>
        ) : (
          <>
            <button type="button" class="button button-secondary" onClick={() => setStatus('closed')}>
              {t('ra.eval.close')}
            </button>
            <button type="button" class="button button-secondary" onClick={remind}>
              {t('ra.eval.remind')}
            </button>
          </>
        )}
        <a class="button button-secondary" href={`/admin/evaluations/${evaluation.id}`} aria-label={`${t('ra.eval.edit')}: ${evaluation.title[language]}`}>
          {t('ra.eval.edit')}
        </a>
        <button type="button" class="button button-secondary" aria-expanded={showResults} onClick={() => setShowResults(!showResults)}>
          {t('ra.eval.results')}
        </button>
      </div>
      <p role="status" class="hint">
        {notice}
      </p>
      {showResults && <Results id={evaluation.id} language={language} />}
    </article>
  );
}

function Results({ id, language }: { id: string; language: 'nl' | 'en' }) {
  const { t } = useRetainAdminText();
  const org = useApiData(orgStructureContract);
  const [filter, setFilter] = useState<EvaluationFilter>({});
  const { state } = useApiData(evaluationResultsContract, { params: { id }, query: filter });
  const select = (key: 'departmentId' | 'teamId', value: string) => setFilter({ ...filter, [key]: value || undefined });
  return (
    <div class="stack">
      <div class="eval-filters">
        <div class="field">
          <label for={`dep-${id}`}>{t('ra.eval.filter.department')}</label>
          <select id={`dep-${id}`} onChange={(e) => select('departmentId', e.currentTarget.value)}>
            <option value="">{t('ra.eval.filter.all')}</option>
            {org.state.status === 'ready' && org.state.data.departments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </div>
        <div class="field">
          <label for={`team-${id}`}>{t('ra.eval.filter.team')}</label>
          <select id={`team-${id}`} onChange={(e) => select('teamId', e.currentTarget.value)}>
            <option value="">{t('ra.eval.filter.all')}</option>
            {org.state.status === 'ready' && org.state.data.teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          </select>
        </div>
        <a class="button button-secondary" href={contractUrl(evaluationResultsCsvContract, { params: { id }, query: filter })} download>
          {t('ra.eval.csv')}
        </a>
      </div>
      {state.status === 'ready' && state.data.withheld && <p class="notice">{t('ra.eval.withheld')}</p>}
      {state.status === 'ready' &&
        !state.data.withheld &&
        state.data.questions.map((q) => (
          <div key={q.questionId} class="stack">
            <h4>{q.text[language]}</h4>
            {q.score !== null && <p>{t(q.kind === 'nps' ? 'ra.eval.nps' : 'ra.eval.mean', { score: q.score })}</p>}
            {q.distribution && (
              <ul class="eval-distribution" aria-label={t('ra.eval.distribution')}>
                {q.distribution.map((d) => (
                  <li key={d.value}>
                    <span class="eval-count">{d.count}</span>
                    <span class="hint">{d.label}</span>
                  </li>
                ))}
              </ul>
            )}
            {q.kind === 'text' && (q.comments ? <ul>{q.comments.map((c, i) => <li key={i}>{c}</li>)}</ul> : <p class="hint">{t('ra.eval.commentsWithheld')}</p>)}
          </div>
        ))}
    </div>
  );
}

function Reactions() {
  const { t } = useRetainAdminText();
  const { state } = useApiData(trainingReactionsContract);
  return (
    <section class="stack" aria-labelledby="reactions-admin-title">
      <h2 id="reactions-admin-title">{t('ra.reactions.title')}</h2>
      {state.status === 'ready' && state.data.trainings.length === 0 && <p>{t('ra.reactions.none')}</p>}
      {state.status === 'ready' && (
        <ul class="card-list">
          {state.data.trainings.map((r) => (
            <li key={r.itemId} class="card">
              <strong>{r.title}</strong> <span class="hint">{t('ra.reactions.row', { useful: r.useful, notUseful: r.notUseful })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
