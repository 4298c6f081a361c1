import { useEffect, useState } from 'preact/hooks';
import { createMyGoalContract, deleteMyGoalContract, updateMyGoalContract, whyWeLearnContract } from '../../../shared/contracts/strategy';
import type { GoalWithItems, WhyWeLearn } from '../../../shared/schemas/strategy';
import { AppShell } from '../../app/AppShell';
import { call } from '../../app/api';
import { readDocument, writeDocument } from '../../db/cached-documents';
import { useInformText } from './offer-parts';
import './inform.css';

/** "Why we learn", top-down: the organisation's drivers and goals, my department's goals, my own goals. Works offline from the saved copy. */
export function WhyWeLearnPage() {
  const { t, language } = useInformText();
  const [view, setView] = useState<WhyWeLearn | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void readDocument('why-we-learn').then((cached) => cached && setView((current) => current ?? cached));
    call(whyWeLearnContract)
      .then(async (fresh) => {
        setView(fresh);
        await writeDocument('why-we-learn', fresh);
      })
      .catch(() => undefined);
  }, [version]);
  const reload = () => setVersion((n) => n + 1);

  return (
    <AppShell>
      <section class="section stack" aria-labelledby="why-title">
        <h1 id="why-title">{t('inform.why.title')}</h1>
        <p>{t('inform.why.intro')}</p>
        {view && (
          <>
            <h2>{t('inform.why.drivers')}</h2>
            <ul class="goal-tree">
              {view.drivers.map((d) => (
                <li key={d.id} class="card">
                  <h3>{d.title[language]}</h3>
                  {d.explanation[language] && <p>{d.explanation[language]}</p>}
                </li>
              ))}
            </ul>
            <GoalList title={t('inform.why.organisation')} goals={view.organisationGoals} />
            <GoalList title={t('inform.why.department')} goals={view.departmentGoals} />
            <MyGoals view={view} onChange={reload} />
            <h2>{t('inform.why.expect')}</h2>
            <div class="card stack">
              {(['micro', 'macro', 'classroom'] as const).map((kind) =>
                view.expectations.trainings[kind].length > 0 ? (
                  <p key={kind}>
                    <strong>{t(`inform.kind.${kind}`)}:</strong> {view.expectations.trainings[kind].map((x) => x.title).join(' · ')}
                  </p>
                ) : null,
              )}
              {view.expectations.competencies.job.length > 0 && (
                <p>
                  <strong>{t('inform.why.competencies.job')}:</strong> {view.expectations.competencies.job.join(', ')}
                </p>
              )}
              {view.expectations.competencies.market.length > 0 && (
                <p>
                  <strong>{t('inform.why.competencies.market')}:</strong> {view.expectations.competencies.market.join(', ')}
                </p>
              )}
            </div>
          </>
        )}
      </section>
    </AppShell>
  );
}

function GoalList({ title, goals }: { title: string; goals: GoalWithItems[] }) {
  const { t, language } = useInformText();
  return (
    <>
      <h2>{title}</h2>
      {goals.length === 0 ? (
        <p class="hint">{t('inform.why.noGoals')}</p>
      ) : (
        <ul class="goal-tree">
          {goals.map((g) => (
            <li key={g.id} class="card stack">
              <h3>{g.title[language]}</h3>
              {g.items.length > 0 && (
                <p>
                  {t('inform.why.serves')}:{' '}
                  {g.items.map((item, index) => (
                    <span key={item.id}>
                      {index > 0 && ' · '}
                      <a href={`/training/${item.id}`} lang={item.language}>
                        {item.title}
                      </a>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function MyGoals({ view, onChange }: { view: WhyWeLearn; onChange: () => void }) {
  const { t, language } = useInformText();
  const [title, setTitle] = useState('');
  const [parentId, setParentId] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [failed, setFailed] = useState(false);
  const parents = [...view.organisationGoals, ...view.departmentGoals];
  const parentTitle = (id: string | null) => parents.find((p) => p.id === id)?.title[language];

  async function run(action: () => Promise<unknown>) {
    try {
      setFailed(false);
      await action();
      onChange();
    } catch {
      setFailed(true);
    }
  }

  async function add(event: SubmitEvent) {
    event.preventDefault();
    await run(async () => {
      await call(createMyGoalContract, { body: { title, parentId: parentId || null, agreedWithManager: agreed } });
      setTitle('');
    });
  }

  return (
    <>
      <h2>{t('inform.why.mine')}</h2>
      <ul class="goal-tree">
        {view.myGoals.map((g) => (
          <li key={g.id} class="card goal-actions">
            <label class="choice">
              <input type="checkbox" checked={g.reached} onChange={(e) => void run(() => call(updateMyGoalContract, { params: { id: g.id }, body: { reached: e.currentTarget.checked } }))} />
              {g.title[language]} {g.reached && <span class="tag">{t('inform.why.reached')}</span>}
            </label>
            {parentTitle(g.parentId) && <p class="hint">{t('inform.why.servesGoal', { goal: parentTitle(g.parentId) ?? '' })}</p>}
            {/* Whether it was agreed with the manager is the person's own note: the manager is not shown their goals. */}
            <label class="choice choice-quiet">
              <input type="checkbox" checked={g.agreedWithManager} onChange={(e) => void run(() => call(updateMyGoalContract, { params: { id: g.id }, body: { agreedWithManager: e.currentTarget.checked } }))} />
              {t('inform.why.agreed')}
              <span class="visually-hidden">: {g.title[language]}</span>
            </label>
            <button type="button" class="button button-secondary" onClick={() => void run(() => call(deleteMyGoalContract, { params: { id: g.id } }))}>
              {t('inform.why.remove')}
              <span class="visually-hidden">: {g.title[language]}</span>
            </button>
          </li>
        ))}
      </ul>
      <form class="card stack" onSubmit={add} aria-labelledby="add-goal-title">
        <h3 id="add-goal-title">{t('inform.why.addGoal')}</h3>
        <div class="field">
          <label for="goal-title">{t('inform.why.goalTitle')}</label>
          <input id="goal-title" required maxLength={160} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="goal-parent">{t('inform.why.goalParent')}</label>
          <select id="goal-parent" value={parentId} onChange={(e) => setParentId(e.currentTarget.value)}>
            <option value="">{t('inform.why.goalNoParent')}</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title[language]}
              </option>
            ))}
          </select>
        </div>
        <label class="choice">
          <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.currentTarget.checked)} />
          {t('inform.why.agreed')}
        </label>
        {failed && (
          <p class="error-text" role="alert">
            {t('common.error')}
          </p>
        )}
        <button type="submit" class="button button-primary" disabled={title.trim() === ''}>
          {t('inform.why.addGoal')}
        </button>
      </form>
    </>
  );
}
