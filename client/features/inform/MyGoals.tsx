import { useState } from 'preact/hooks';
import { createMyGoalContract, deleteMyGoalContract, updateMyGoalContract } from '../../../shared/contracts/strategy';
import type { GoalWithItems, WhyWeLearn } from '../../../shared/schemas/strategy';
import { call } from '../../app/api';
import { useInformText } from './offer-parts';

/** A comma-separated list as typed (competencies), without blanks. */
const splitList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The person's own goals: add one (which goal it serves, its competencies,
 * whether it was agreed with the manager), change it, mark it reached or
 * remove it; each with the trainings that teach one of its competencies.
 */
export function MyGoals({ view, onChange }: { view: WhyWeLearn; onChange: () => void }) {
  const { t, language } = useInformText();
  const [title, setTitle] = useState('');
  const [parentId, setParentId] = useState('');
  const [competencies, setCompetencies] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
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
      await call(createMyGoalContract, { body: { title, parentId: parentId || null, competencies: splitList(competencies), agreedWithManager: agreed } });
      setTitle('');
      setCompetencies('');
    });
  }

  return (
    <>
      <h2>{t('inform.why.mine')}</h2>
      <ul class="goal-tree">
        {view.myGoals.map((g) =>
          editing === g.id ? (
            <li key={g.id} class="card">
              <GoalEdit goal={g} onDone={() => setEditing(null)} run={run} />
            </li>
          ) : (
            <li key={g.id} class="card goal-actions">
              <label class="choice">
                <input type="checkbox" checked={g.reached} onChange={(e) => void run(() => call(updateMyGoalContract, { params: { id: g.id }, body: { reached: e.currentTarget.checked } }))} />
                {g.title[language]} {g.reached && <span class="tag">{t('inform.why.reached')}</span>}
              </label>
              {parentTitle(g.parentId) && <p class="hint">{t('inform.why.servesGoal', { goal: parentTitle(g.parentId) ?? '' })}</p>}
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
              {/* Whether it was agreed with the manager is the person's own note: the manager is not shown their goals. */}
              <label class="choice choice-quiet">
                <input type="checkbox" checked={g.agreedWithManager} onChange={(e) => void run(() => call(updateMyGoalContract, { params: { id: g.id }, body: { agreedWithManager: e.currentTarget.checked } }))} />
                {t('inform.why.agreed')}
                <span class="visually-hidden">: {g.title[language]}</span>
              </label>
              <button type="button" class="button button-secondary" onClick={() => setEditing(g.id)}>
                {t('inform.why.edit')}
                <span class="visually-hidden">: {g.title[language]}</span>
              </button>
              <button type="button" class="button button-secondary" onClick={() => void run(() => call(deleteMyGoalContract, { params: { id: g.id } }))}>
                {t('inform.why.remove')}
                <span class="visually-hidden">: {g.title[language]}</span>
              </button>
            </li>
          ),
        )}
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
        <div class="field">
          <label for="goal-competencies">{t('inform.why.goalCompetencies')}</label>
          <input id="goal-competencies" value={competencies} onInput={(e) => setCompetencies(e.currentTarget.value)} />
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

/** Changing one own goal in place: its words and competencies. */
function GoalEdit({ goal, onDone, run }: { goal: GoalWithItems; onDone: () => void; run: (action: () => Promise<unknown>) => Promise<void> }) {
  const { t, language } = useInformText();
  const [title, setTitle] = useState(goal.title[language]);
  const [competencies, setCompetencies] = useState(goal.competencies.join(', '));
  async function save(event: SubmitEvent) {
    event.preventDefault();
    await run(() => call(updateMyGoalContract, { params: { id: goal.id }, body: { title, competencies: splitList(competencies) } }));
    onDone();
  }
  return (
    <form class="stack" onSubmit={save} aria-label={t('inform.why.editing', { goal: goal.title[language] })}>
      <div class="field">
        <label for={`edit-goal-${goal.id}`}>{t('inform.why.goalTitle')}</label>
        <input id={`edit-goal-${goal.id}`} required maxLength={160} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`edit-goal-competencies-${goal.id}`}>{t('inform.why.goalCompetencies')}</label>
        <input id={`edit-goal-competencies-${goal.id}`} value={competencies} onInput={(e) => setCompetencies(e.currentTarget.value)} />
      </div>
      <div class="goal-actions">
        <button type="submit" class="button button-primary" disabled={title.trim() === ''}>
          {t('inform.why.save')}
        </button>
        <button type="button" class="button button-secondary" onClick={onDone}>
          {t('inform.why.cancel')}
        </button>
      </div>
    </form>
  );
}
