import { useState } from 'preact/hooks';
import { adminStrategyContract, putDriversContract } from '../../../shared/contracts/strategy';
import { DRIVER_KINDS, type AdminStrategy, type DriverKind } from '../../../shared/schemas/strategy';
import type { Language } from '../../../shared/schemas/common';
import { call } from '../../app/api';
import { SaveStatus, TextField, type SaveState } from './fields';
import { useStrategyText } from './strategy-fields';
import { GoalEditor, type GoalChange } from './GoalEditor';
import { useFormErrors } from './form-errors';
import { useAdminData } from './use-admin';
import { IntakeSummaryPanel } from './IntakeSummaryPanel';
import { RoleExpectations, WiifmMatrix } from './WiifmMatrix';

const LANGUAGES: Language[] = ['nl', 'en'];

/** The workspace's "Strategie" tab: drivers, goals, WIIFM per target group, what to expect per role, the intake's aggregates. */
export function StrategyScreen({ id }: { id: string | null }) {
  const { t } = useStrategyText();
  const { state, reload, setData } = useAdminData(adminStrategyContract);
  if (state.status === 'loading') return <p>{t('common.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{state.message}</p>;
  const strategy = state.data;
  // The list takes the change at once; the figures (what is still to do) follow from the server.
  const changed = (change: GoalChange) => {
    const others = strategy.goals.filter((g) => g.id !== ('saved' in change ? change.saved.id : change.removed));
    setData({ ...strategy, goals: 'saved' in change ? [...others, change.saved] : others });
    reload();
  };
  // /admin/strategy/goals/new and /admin/strategy/goals/<id>: one goal's editor.
  const goalId = id?.startsWith('goals/') ? id.slice('goals/'.length) : null;
  if (goalId === 'new') return <GoalEditor goal={null} strategy={strategy} onChange={changed} />;
  if (goalId) {
    const goal = strategy.goals.find((g) => g.id === goalId);
    return goal ? <GoalEditor key={goal.id} goal={goal} strategy={strategy} onChange={changed} /> : <p class="error-text">{t('strategy.goal.gone')}</p>;
  }
  const { completeness: c } = state.data;
  return (
    <div class="stack strategy-screen">
      <section class="card section stack" aria-labelledby="strategy-title">
        <h2 id="strategy-title">{t('strategy.title')}</h2>
        <p class="hint">{t('strategy.intro')}</p>
        <h3>{t('strategy.todo')}</h3>
        <ul>
          <li>{t('strategy.todo.drivers', { n: c.drivers })}</li>
          <li>{t('strategy.todo.goals', { org: c.organisationGoals, dept: c.departmentGoals, missing: c.departmentsWithoutGoals })}</li>
          <li>{t('strategy.todo.wiifm', { filled: c.wiifmFilled, empty: c.wiifmEmpty })}</li>
          <li>{t('strategy.todo.roles', { n: c.rolesWithoutCompetencies })}</li>
        </ul>
      </section>
      <DriversEditor strategy={state.data} onSaved={reload} />
      <GoalsList strategy={state.data} />
      <WiifmMatrix strategy={state.data} onSaved={reload} />
      <RoleExpectations strategy={state.data} onSaved={reload} />
      <IntakeSummaryPanel />
    </div>
  );
}

type DriverDraft = { kind: DriverKind; title: Record<Language, string>; explanation: Record<Language, string> };

function DriversEditor({ strategy, onSaved }: { strategy: AdminStrategy; onSaved: () => void }) {
  // No field of these forms is refused on its own: a refusal is said in words.
  const errors = useFormErrors(() => undefined);
  const { t } = useStrategyText();
  const [drivers, setDrivers] = useState<DriverDraft[]>(strategy.drivers);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const change = (index: number, next: DriverDraft) => setDrivers(drivers.map((d, i) => (i === index ? next : d)));

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      await call(putDriversContract, { body: { drivers } });
      setStatus({ kind: 'saved' });
      onSaved();
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  return (
    <form class="card section stack" onSubmit={save} aria-labelledby="drivers-title">
      <h2 id="drivers-title">{t('strategy.drivers')}</h2>
      {drivers.map((driver, index) => (
        <fieldset key={index} class="admin-fieldset">
          <legend>
            {t('strategy.driver.kind')} {index + 1}
          </legend>
          <div class="field">
            <label for={`driver-kind-${index}`}>{t('strategy.driver.kind')}</label>
            <select id={`driver-kind-${index}`} value={driver.kind} onChange={(e) => change(index, { ...driver, kind: e.currentTarget.value as DriverKind })}>
              {DRIVER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`strategy.driver.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          {LANGUAGES.map((language) => (
            <div key={language} class="stack">
              <TextField id={`driver-title-${index}-${language}`} label={t('strategy.driver.title', { language })} value={driver.title[language]} onInput={(v) => change(index, { ...driver, title: { ...driver.title, [language]: v } })} />
              <TextField
                id={`driver-explanation-${index}-${language}`}
                multiline
                label={t('strategy.driver.explanation', { language })}
                value={driver.explanation[language]}
                onInput={(v) => change(index, { ...driver, explanation: { ...driver.explanation, [language]: v } })}
              />
            </div>
          ))}
          <button type="button" class="button button-secondary" onClick={() => setDrivers(drivers.filter((_, i) => i !== index))}>
            {t('strategy.remove')}
          </button>
        </fieldset>
      ))}
      <div class="goal-actions">
        <button type="button" class="button button-secondary" onClick={() => setDrivers([...drivers, { kind: 'own', title: { nl: '', en: '' }, explanation: { nl: '', en: '' } }])}>
          {t('strategy.driver.add')}
        </button>
        <button type="submit" class="button button-primary">
          {t('strategy.save')}
        </button>
        <SaveStatus status={status} />
      </div>
    </form>
  );
}

/** The goals as a tree: each under the goal it serves, each a link to its editor. */
function GoalsList({ strategy }: { strategy: AdminStrategy }) {
  const { t, language } = useStrategyText();
  const known = new Set(strategy.goals.map((g) => g.id));
  const department = (id: string | null) => strategy.departments.find((d) => d.id === id)?.name ?? '';
  const branch = (parentId: string | null): preact.JSX.Element | null => {
    const children = strategy.goals.filter((g) => (parentId === null ? !g.parentId || !known.has(g.parentId) : g.parentId === parentId));
    if (children.length === 0) return null;
    return (
      <ul class="goal-tree">
        {children.map((goal) => (
          <li key={goal.id}>
            <a href={`/admin/strategy/goals/${goal.id}`}>{goal.title[language]}</a>{' '}
            <span class="hint">
              {goal.level === 'department' ? `${t('strategy.goal.department')}: ${department(goal.departmentId)}` : t('strategy.goal.organisation')}
              {goal.itemIds.length > 0 && ` · ${t('strategy.goal.trainings', { n: goal.itemIds.length })}`}
            </span>
            {branch(goal.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section class="card section stack" aria-labelledby="goals-title">
      <div class="admin-toolbar">
        <h2 id="goals-title">{t('strategy.goals')}</h2>
        <a class="button button-primary" href="/admin/strategy/goals/new">
          {t('strategy.goal.new')}
        </a>
      </div>
      <p class="hint">{t('strategy.goals.intro')}</p>
      {strategy.goals.length === 0 ? <p>{t('strategy.goals.none')}</p> : branch(null)}
    </section>
  );
}
