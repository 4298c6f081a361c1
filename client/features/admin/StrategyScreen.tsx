import { useState } from 'preact/hooks';
import { adminStrategyContract, createGoalContract, deleteGoalContract, putDriversContract } from '../../../shared/contracts/strategy';
import { DRIVER_KINDS, type AdminStrategy, type DriverKind } from '../../../shared/schemas/strategy';
import type { Language } from '../../../shared/schemas/common';
import { call } from '../../app/api';
import { SaveStatus, TextField, type SaveState } from './fields';
import { splitList, useStrategyText } from './strategy-fields';
import { useFormErrors } from './form-errors';
import { useAdminData } from './use-admin';
import { IntakeSummaryPanel } from './IntakeSummaryPanel';
import { RoleExpectations, WiifmMatrix } from './WiifmMatrix';

const LANGUAGES: Language[] = ['nl', 'en'];

/** The workspace's "Strategie" tab: drivers, goals, WIIFM per target group, what to expect per role, the intake's aggregates. */
export function StrategyScreen(_: { id: string | null }) {
  const { t } = useStrategyText();
  const { state, reload } = useAdminData(adminStrategyContract);
  if (state.status === 'loading') return <p>{t('common.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{state.message}</p>;
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
      <GoalsEditor strategy={state.data} onSaved={reload} />
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

function GoalsEditor({ strategy, onSaved }: { strategy: AdminStrategy; onSaved: () => void }) {
  // No field of these forms is refused on its own: a refusal is said in words.
  const errors = useFormErrors(() => undefined);
  const { t, language } = useStrategyText();
  const [level, setLevel] = useState<'organisation' | 'department'>('organisation');
  const [departmentId, setDepartmentId] = useState(strategy.departments[0]?.id ?? '');
  const [parentId, setParentId] = useState('');
  const [title, setTitle] = useState<Record<Language, string>>({ nl: '', en: '' });
  const [competencies, setCompetencies] = useState('');
  const [itemIds, setItemIds] = useState<string[]>([]);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const byId = new Map(strategy.goals.map((g) => [g.id, g]));
  const trainings = [...new Map(strategy.roles.flatMap((r) => [...r.trainings.micro, ...r.trainings.macro, ...r.trainings.classroom]).map((x) => [x.id, x])).values()];
  const department = (id: string | null) => strategy.departments.find((d) => d.id === id)?.name ?? '';

  async function add(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const body = { level, title, competencies: splitList(competencies), itemIds, parentId: parentId || null, ...(level === 'department' && { departmentId }) };
      await call(createGoalContract, { body });
      setStatus({ kind: 'saved' });
      setTitle({ nl: '', en: '' });
      onSaved();
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  async function remove(id: string) {
    await call(deleteGoalContract, { params: { id } }).catch(() => undefined);
    onSaved();
  }

  return (
    <section class="card section stack" aria-labelledby="goals-title">
      <h2 id="goals-title">{t('strategy.goals')}</h2>
      <ul class="goal-tree">
        {strategy.goals.map((goal) => (
          <li key={goal.id} class="goal-actions">
            <span>
              <strong>{goal.title[language]}</strong> — {goal.level === 'department' ? department(goal.departmentId) : t('strategy.goal.organisation')}
              {goal.parentId && byId.get(goal.parentId) && ` · ${t('strategy.goal.serves', { goal: byId.get(goal.parentId)?.title[language] ?? '' })}`}
            </span>
            <button type="button" class="button button-secondary" onClick={() => void remove(goal.id)}>
              {t('strategy.remove')}
              <span class="visually-hidden">: {goal.title[language]}</span>
            </button>
          </li>
        ))}
      </ul>
      <form class="stack" onSubmit={add} aria-label={t('strategy.goal.add')}>
        <div class="field">
          <label for="goal-level">{t('strategy.goal.level')}</label>
          <select id="goal-level" value={level} onChange={(e) => setLevel(e.currentTarget.value === 'department' ? 'department' : 'organisation')}>
            <option value="organisation">{t('strategy.goal.organisation')}</option>
            <option value="department">{t('strategy.goal.department')}</option>
          </select>
        </div>
        {level === 'department' && (
          <div class="field">
            <label for="goal-department">{t('strategy.goal.departmentOf')}</label>
            <select id="goal-department" value={departmentId} onChange={(e) => setDepartmentId(e.currentTarget.value)}>
              {strategy.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for="goal-parent-admin">{t('strategy.goal.parent')}</label>
          <select id="goal-parent-admin" value={parentId} onChange={(e) => setParentId(e.currentTarget.value)}>
            <option value="">{t('strategy.goal.noParent')}</option>
            {strategy.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title[language]}
              </option>
            ))}
          </select>
        </div>
        {LANGUAGES.map((l) => (
          <TextField key={l} id={`goal-title-${l}`} label={t('strategy.goal.title', { language: l })} value={title[l]} onInput={(v) => setTitle({ ...title, [l]: v })} />
        ))}
        <TextField id="goal-competencies" label={t('strategy.goal.competencies')} value={competencies} onInput={setCompetencies} />
        <div class="field">
          <label for="goal-items">{t('strategy.goal.items')}</label>
          <select id="goal-items" multiple onChange={(e) => setItemIds([...e.currentTarget.selectedOptions].map((o) => o.value))}>
            {trainings.map((x) => (
              <option key={x.id} value={x.id} selected={itemIds.includes(x.id)}>
                {x.title}
              </option>
            ))}
          </select>
        </div>
        <div class="goal-actions">
          <button type="submit" class="button button-primary">
            {t('strategy.goal.add')}
          </button>
          <SaveStatus status={status} />
        </div>
      </form>
    </section>
  );
}
