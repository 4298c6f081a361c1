import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createGoalContract, deleteGoalContract, updateGoalContract } from '../../../shared/contracts/strategy';
import type { Language } from '../../../shared/schemas/common';
import type { AdminStrategy, Goal } from '../../../shared/schemas/strategy';
import { call } from '../../app/api';
import { Checks } from './TargetGroupsFields';
import { SaveStatus, SelectField, TextField, type SaveState } from './fields';
import { useFormErrors } from './form-errors';
import { noteSaved, takeSavedNote } from './save-notice';
import { splitList, strategyRefusal, useStrategyText } from './strategy-fields';
import { useUnsavedGuard } from './use-unsaved-guard';
import { useAdminText } from './use-admin';

const LANGUAGES: Language[] = ['nl', 'en'];
/** What a save or delete changed, for the screen's list (so the new goal's own address finds it at once). */
export type GoalChange = { saved: Goal } | { removed: string };
type SharedLevel = 'organisation' | 'department';

/** The server's field path → the input that shows it. */
const fieldOf = (path: string) => (/^title\.(nl|en)/.exec(path) ? `goal-title-${path.slice(6, 8)}` : path.startsWith('competencies') ? 'goal-competencies' : undefined);

/** The trainings a goal can name: every published one, as the role overviews list them. */
export function publishedTrainings(strategy: AdminStrategy) {
  const all = strategy.roles.flatMap((r) => [...r.trainings.micro, ...r.trainings.macro, ...r.trainings.classroom]);
  return [...new Map(all.map((x) => [x.id, x])).values()].sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * Writes one organisation or department goal (/admin/strategy/goals/<id>
 * or /new): its level, the department, which goal it serves (a department
 * goal must serve one), its title in both languages, competencies and the
 * trainings that serve it. The server refuses a loop or a lower parent.
 */
export function GoalEditor({ goal, strategy, onChange }: { goal: Goal | null; strategy: AdminStrategy; onChange: (change: GoalChange) => void }) {
  const { t, language } = useStrategyText();
  const admin = useAdminText();
  const { route } = useLocation();
  const errors = useFormErrors(fieldOf);
  const [level, setLevel] = useState<SharedLevel>(goal?.level === 'department' ? 'department' : 'organisation');
  const [departmentId, setDepartmentId] = useState(goal?.departmentId ?? strategy.departments[0]?.id ?? '');
  const [parentId, setParentId] = useState(goal?.parentId ?? '');
  const [title, setTitle] = useState<Record<Language, string>>(goal?.title ?? { nl: '', en: '' });
  const [competencies, setCompetencies] = useState(goal?.competencies.join(', ') ?? '');
  const [itemIds, setItemIds] = useState<string[]>(goal?.itemIds ?? []);
  const [status, setStatus] = useState<SaveState>(() => (goal && takeSavedNote(`/admin/strategy/goals/${goal.id}`) ? { kind: 'saved' } : { kind: 'idle' }));

  const body = { level, title, competencies: splitList(competencies), itemIds, parentId: parentId || null, departmentId: level === 'department' ? departmentId : null };
  const [savedBody, setSavedBody] = useState(() => JSON.stringify(body));
  useUnsavedGuard(JSON.stringify(body) !== savedBody, admin.t('admin.unsaved'));

  // A goal serves one of its own level or higher; never itself (the server also refuses longer loops).
  const parents = strategy.goals.filter((g) => g.id !== goal?.id && (g.level === 'organisation' || level === 'department'));
  const report = (e: unknown) => {
    const refusal = strategyRefusal(e);
    return refusal ? t(`strategy.refused.${refusal}`) : errors.report(e);
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const saved = goal ? await call(updateGoalContract, { params: { id: goal.id }, body }) : await call(createGoalContract, { body });
      errors.clear();
      setSavedBody(JSON.stringify(body));
      setStatus({ kind: 'saved' });
      onChange({ saved });
      if (!goal) {
        noteSaved(`/admin/strategy/goals/${saved.id}`);
        route(`/admin/strategy/goals/${saved.id}`, true);
      }
    } catch (e) {
      setStatus({ kind: 'error', message: report(e) });
    }
  }

  async function remove() {
    if (!goal) return;
    try {
      await call(deleteGoalContract, { params: { id: goal.id } });
      setSavedBody(JSON.stringify(body));
      onChange({ removed: goal.id });
      route('/admin/strategy');
    } catch (e) {
      setStatus({ kind: 'error', message: report(e) });
    }
  }

  return (
    <form class="card section stack admin-narrow" onSubmit={save} aria-labelledby="goal-editor-title">
      <a href="/admin/strategy">{t('strategy.back')}</a>
      <h2 id="goal-editor-title">{t(goal ? 'strategy.goal.edit' : 'strategy.goal.new')}</h2>
      <SelectField
        id="goal-level"
        label={t('strategy.goal.level')}
        value={level}
        onChange={(v) => setLevel(v === 'department' ? 'department' : 'organisation')}
        options={[
          { value: 'organisation', label: t('strategy.goal.organisation') },
          { value: 'department', label: t('strategy.goal.department') },
        ]}
      />
      {level === 'department' && (
        <SelectField id="goal-department" label={t('strategy.goal.departmentOf')} value={departmentId} onChange={setDepartmentId} options={strategy.departments.map((d) => ({ value: d.id, label: d.name }))} />
      )}
      <SelectField
        id="goal-parent"
        label={t(level === 'department' ? 'strategy.goal.parentRequired' : 'strategy.goal.parent')}
        value={parentId}
        onChange={setParentId}
        empty={t('strategy.goal.noParent')}
        options={parents.map((g) => ({ value: g.id, label: g.title[language] }))}
      />
      {LANGUAGES.map((l) => (
        <TextField key={l} id={`goal-title-${l}`} required error={errors.errorOf(`goal-title-${l}`)} label={t('strategy.goal.title', { language: admin.t(`admin.lang.${l}`) })} value={title[l]} onInput={(v) => setTitle({ ...title, [l]: v })} />
      ))}
      <TextField id="goal-competencies" error={errors.errorOf('goal-competencies')} label={t('strategy.goal.competencies')} value={competencies} onInput={setCompetencies} />
      <Checks legend={t('strategy.goal.items')} options={publishedTrainings(strategy).map((x) => ({ id: x.id, label: x.title }))} value={itemIds} onChange={setItemIds} />
      <div class="admin-actions">
        <button type="submit" class="button button-primary" disabled={status.kind === 'saving'}>
          {admin.t('admin.save')}
        </button>
        {goal && (
          <button type="button" class="button button-danger" onClick={() => void remove()}>
            {admin.t('admin.delete')}
          </button>
        )}
      </div>
      <SaveStatus status={status} />
    </form>
  );
}
