import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { listItemsContract } from '../../../../shared/contracts/authoring';
import { orgStructureContract } from '../../../../shared/contracts/org';
import { adminPathsContract } from '../../../../shared/contracts/paths';
import {
  countTargetGroupContract,
  createTargetGroupContract,
  deleteTargetGroupContract,
  listTargetGroupsContract,
  replaceTargetGroupContract,
  targetGroupMembersContract,
} from '../../../../shared/contracts/target-groups';
import { pickLanguage } from '../../../../shared/domain/localized';
import { MOTIVATIONS } from '../../../../shared/schemas/intake';
import { NEEDS } from '../../../../shared/schemas/strategy';
import type { GroupConditionInput, GroupCount, TargetGroup } from '../../../../shared/schemas/target-groups';
import { call } from '../../../app/api';
import { useFeatureText } from '../../../app/i18n';
import { SaveStatus, SelectField, TextField, type SaveState } from '../fields';
import { useFormErrors } from '../form-errors';
import { Checks } from '../TargetGroupsFields';
import { useAdminData } from '../use-admin';
import { CONDITION_ORDER, targetGroupsText } from './target-groups-text';

type Kind = GroupConditionInput['kind'];
type Option = { id: string; label: string };

/** A new condition of a kind, with an empty (or the first sensible) value. */
function blank(kind: Kind): GroupConditionInput {
  switch (kind) {
    case 'department':
    case 'team':
    case 'completed_item':
    case 'completed_path':
      return { kind, ids: [] };
    case 'role':
      return { kind, roles: ['employee'] };
    case 'language':
      return { kind, languages: ['nl'] };
    case 'joined':
    case 'installed':
    case 'reminders':
      return { kind, value: true };
    case 'intake_need':
      return { kind, needs: [] };
    case 'intake_motivation':
      return { kind, motivations: [] };
    case 'active_within':
    case 'inactive_for':
    case 'streak_at_least':
      return { kind, weeks: 4 };
    case 'registered_session':
      return { kind, itemIds: [] };
  }
}

function useText() {
  return useFeatureText(targetGroupsText);
}

/** /admin/target-groups: the saved groups with their live counts; /new and /<id>: the editor. */
export function TargetGroupsScreen({ id }: { id: string | null }) {
  const { t } = useText();
  const { state, setData } = useAdminData(listTargetGroupsContract);
  if (state.status === 'loading') return <p>{t('tg.loading')}</p>;
  if (state.status === 'error') return <p class="error-text">{t('tg.error', { message: state.message })}</p>;
  const groups = state.data.groups;
  const saved = (group: TargetGroup | { removed: string }) => {
    const others = groups.filter((g) => g.id !== ('removed' in group ? group.removed : group.id));
    setData({ groups: 'removed' in group ? others : [...others, group].sort((a, b) => a.name.localeCompare(b.name)) });
  };
  if (id === 'new') return <GroupEditor group={null} onSaved={saved} />;
  if (id) {
    const group = groups.find((g) => g.id === id);
    return group ? <GroupEditor key={group.id} group={group} onSaved={saved} /> : <p class="error-text">{t('tg.error', { message: '404' })}</p>;
  }
  return (
    <section class="card section stack" aria-labelledby="tg-title">
      <div class="admin-toolbar">
        <h2 id="tg-title">{t('tg.title')}</h2>
        <a class="button button-primary" href="/admin/target-groups/new">
          {t('tg.new')}
        </a>
      </div>
      <p class="hint">{t('tg.intro')}</p>
      {groups.length === 0 && <p>{t('tg.none')}</p>}
      <ul class="admin-list">
        {groups.map((g) => (
          <li key={g.id}>
            <a href={`/admin/target-groups/${g.id}`}>{g.name}</a>
            <span class="hint"> · {g.count === null ? t('tg.countHidden') : t('tg.count', { count: g.count })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function GroupEditor({ group, onSaved }: { group: TargetGroup | null; onSaved: (g: TargetGroup | { removed: string }) => void }) {
  const { t, language } = useText();
  const { route } = useLocation();
  const [name, setName] = useState(group?.name ?? '');
  const [match, setMatch] = useState<'all' | 'any'>(group?.match ?? 'all');
  const [conditions, setConditions] = useState<GroupConditionInput[]>(group?.conditions ?? [blank('team')]);
  const [count, setCount] = useState<GroupCount | null>(group ? { count: group.count, membersVisible: group.membersVisible } : null);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const errors = useFormErrors((path) => (path === 'name' ? 'tg-name' : undefined));
  const org = useAdminData(orgStructureContract);
  const items = useAdminData(listItemsContract);
  const paths = useAdminData(adminPathsContract);
  const { departments, teams } = org.state.status === 'ready' ? org.state.data : { departments: [], teams: [] };
  const itemOptions: Option[] =
    items.state.status === 'ready' ? items.state.data.items.map((i) => ({ id: i.id, label: pickLanguage(i.texts, language)?.text.title ?? i.id })) : [];
  const classroomOptions: Option[] =
    items.state.status === 'ready'
      ? items.state.data.items.filter((i) => i.kind === 'classroom').map((i) => ({ id: i.id, label: pickLanguage(i.texts, language)?.text.title ?? i.id }))
      : [];
  const pathOptions: Option[] = paths.state.status === 'ready' ? paths.state.data.paths.map((p) => ({ id: p.id, label: p.title[language] })) : [];

  // The live count follows the rules as they are edited, a moment after the last change.
  const rules = JSON.stringify({ match, conditions });
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      call(countTargetGroupContract, { body: { match, conditions } })
        .then((c) => current && setCount(c))
        .catch(() => current && setCount(null));
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [rules]);

  const setAt = (i: number, next: GroupConditionInput) => setConditions(conditions.map((c, j) => (j === i ? next : c)));

  async function save(event: SubmitEvent) {
    event.preventDefault();
    setStatus({ kind: 'saving' });
    try {
      const body = { name, match, conditions };
      const saved = group ? await call(replaceTargetGroupContract, { params: { id: group.id }, body }) : await call(createTargetGroupContract, { body });
      onSaved(saved);
      setStatus({ kind: 'saved' });
      if (!group) route(`/admin/target-groups/${saved.id}`);
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  async function remove() {
    if (!group) return;
    try {
      await call(deleteTargetGroupContract, { params: { id: group.id } });
      onSaved({ removed: group.id });
      route('/admin/target-groups');
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }

  const kindOptions = CONDITION_ORDER.map((k) => ({ value: k, label: t(`tg.kind.${k}`) }));
  const yesNo = [
    { value: 'yes', label: t('tg.yes') },
    { value: 'no', label: t('tg.no') },
  ];

  function valueEditor(c: GroupConditionInput, i: number) {
    const legend = t(`tg.kind.${c.kind}`);
    switch (c.kind) {
      case 'department':
        return <Checks legend={legend} options={departments.map((d) => ({ id: d.id, label: d.name }))} value={c.ids} onChange={(ids) => setAt(i, { ...c, ids })} />;
      case 'team':
        return <Checks legend={legend} options={teams.map((d) => ({ id: d.id, label: d.name }))} value={c.ids} onChange={(ids) => setAt(i, { ...c, ids })} />;
      case 'role':
        return (
          <Checks
            legend={legend}
            options={(['employee', 'manager', 'admin'] as const).map((r) => ({ id: r, label: r }))}
            value={c.roles}
            onChange={(roles) => setAt(i, { ...c, roles: roles as typeof c.roles })}
          />
        );
      case 'language':
        return (
          <Checks
            legend={legend}
            options={[
              { id: 'nl', label: 'Nederlands' },
              { id: 'en', label: 'English' },
            ]}
            value={c.languages}
            onChange={(languages) => setAt(i, { ...c, languages: languages as typeof c.languages })}
          />
        );
      case 'joined':
      case 'installed':
      case 'reminders':
        return <SelectField id={`tg-value-${i}`} label={legend} value={c.value ? 'yes' : 'no'} options={yesNo} onChange={(v) => setAt(i, { ...c, value: v === 'yes' })} />;
      case 'intake_need':
        return (
          <Checks legend={legend} options={NEEDS.map((n) => ({ id: n, label: t(`tg.need.${n}`) }))} value={c.needs} onChange={(needs) => setAt(i, { ...c, needs: needs as typeof c.needs })} />
        );
      case 'intake_motivation':
        return (
          <Checks
            legend={legend}
            options={MOTIVATIONS.map((m) => ({ id: m, label: t(`tg.motivation.${m}`) }))}
            value={c.motivations}
            onChange={(motivations) => setAt(i, { ...c, motivations: motivations as typeof c.motivations })}
          />
        );
      case 'active_within':
      case 'inactive_for':
      case 'streak_at_least':
        return <TextField id={`tg-weeks-${i}`} type="number" label={t('tg.weeks')} value={String(c.weeks)} onInput={(v) => setAt(i, { ...c, weeks: Number(v) })} />;
      case 'completed_item':
        return <Checks legend={legend} options={itemOptions} value={c.ids} onChange={(ids) => setAt(i, { ...c, ids })} />;
      case 'completed_path':
        return <Checks legend={legend} options={pathOptions} value={c.ids} onChange={(ids) => setAt(i, { ...c, ids })} />;
      case 'registered_session':
        return <Checks legend={`${legend}: ${t('tg.anySession')}`} options={classroomOptions} value={c.itemIds} onChange={(itemIds) => setAt(i, { ...c, itemIds })} />;
    }
  }

  return (
    <section class="card section stack" aria-labelledby="tg-editor-title">
      <h2 id="tg-editor-title">{group ? group.name : t('tg.new')}</h2>
      <form class="stack" onSubmit={save} noValidate>
        <TextField id="tg-name" label={t('tg.name')} value={name} required onInput={setName} error={errors.errorOf('tg-name')} />
        <SelectField
          id="tg-match"
          label={t('tg.match')}
          value={match}
          options={[
            { value: 'all', label: t('tg.match.all') },
            { value: 'any', label: t('tg.match.any') },
          ]}
          onChange={(v) => setMatch(v === 'any' ? 'any' : 'all')}
        />
        <fieldset class="admin-fieldset stack">
          <legend>{t('tg.conditions')}</legend>
          <ol class="stack tg-conditions">
            {conditions.map((c, i) => (
              <li key={i} class="admin-fieldset stack">
                <SelectField id={`tg-kind-${i}`} label={t('tg.kind')} value={c.kind} options={kindOptions} onChange={(k) => setAt(i, blank(k as Kind))} />
                {valueEditor(c, i)}
                <label class="admin-check">
                  <input type="checkbox" checked={Boolean(c.not)} onChange={(e) => setAt(i, { ...c, not: (e.currentTarget as HTMLInputElement).checked })} />
                  {t('tg.not')}
                </label>
                <button type="button" class="button button-secondary" onClick={() => setConditions(conditions.filter((_, j) => j !== i))}>
                  {t('tg.remove')}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" class="button button-secondary" onClick={() => setConditions([...conditions, blank('team')])}>
            {t('tg.addCondition')}
          </button>
        </fieldset>
        <p class="tg-count" role="status" aria-live="polite">
          {count && (count.count === null ? t('tg.countLiveHidden') : t('tg.countLive', { count: count.count }))}
        </p>
        <div class="admin-actions">
          <button type="submit" class="button button-primary">
            {t('tg.save')}
          </button>
          {group && (
            <button type="button" class="button button-secondary" onClick={remove}>
              {t('tg.delete')}
            </button>
          )}
        </div>
        <SaveStatus status={status} />
      </form>
      {group && <Members group={group} />}
    </section>
  );
}

/** The names in a group whose rule reads only the profile; for any other rule, why not. */
function Members({ group }: { group: TargetGroup }) {
  const { t } = useText();
  const { state } = useAdminData(targetGroupMembersContract, { params: { id: group.id } }, { version: Date.parse(group.updatedAt) });
  return (
    <section class="stack" aria-labelledby="tg-members-title">
      <h3 id="tg-members-title">{t('tg.members')}</h3>
      {state.status === 'loading' && <p>{t('tg.loading')}</p>}
      {state.status === 'error' && <p class="error-text">{t('tg.error', { message: state.message })}</p>}
      {state.status === 'ready' && !state.data.visible && <p class="hint">{t('tg.members.hidden')}</p>}
      {state.status === 'ready' && state.data.visible && state.data.members.length === 0 && <p>{t('tg.members.none')}</p>}
      {state.status === 'ready' && state.data.visible && (
        <ul class="admin-list">
          {state.data.members.map((m) => (
            <li key={m.id}>
              {m.name}
              {!m.joined && <span class="hint"> · {t('tg.members.waiting')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
