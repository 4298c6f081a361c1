import type { TargetGroups } from '../../../shared/schemas/audience';
import type { Language } from '../../../shared/schemas/common';
import { orgStructureContract } from '../../../shared/contracts/org';
import { listTargetGroupsContract } from '../../../shared/contracts/target-groups';
import type { Role } from '../../../shared/schemas/people';
import { useAdminData, useAdminText } from './use-admin';

const ROLES: Role[] = ['employee', 'manager', 'admin'];
const LANGUAGES: Language[] = ['nl', 'en'];

/** A toggle list of ids: ticked ones are in `value`. */
export function Checks({ legend, options, value, onChange }: { legend: string; options: Array<{ id: string; label: string }>; value: readonly string[]; onChange: (next: string[]) => void }) {
  return (
    <fieldset class="admin-fieldset">
      <legend>{legend}</legend>
      <div class="admin-checks admin-checks-wrap">
        {options.map((o) => (
          <label key={o.id} class="admin-check">
            <input type="checkbox" checked={value.includes(o.id)} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked ? [...value, o.id] : value.filter((v) => v !== o.id))} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Who something reaches: saved target groups (in at least one of those
 * ticked), then departments, teams, roles and languages, each narrowing when
 * ticked (the rule of shared/domain/audience.ts). Campaigns, paths and
 * teasers outside a campaign pick them the same way.
 */
export function TargetGroupsFields({ value, onChange, children }: { value: TargetGroups; onChange: (next: TargetGroups) => void; children?: preact.ComponentChildren }) {
  const { t } = useAdminText();
  const org = useAdminData(orgStructureContract);
  const saved = useAdminData(listTargetGroupsContract);
  const { departments, teams } = org.state.status === 'ready' ? org.state.data : { departments: [], teams: [] };
  const groups = saved.state.status === 'ready' ? saved.state.data.groups : [];
  return (
    <fieldset class="admin-fieldset">
      <legend>{t('admin.campaign.target')}</legend>
      {groups.length > 0 && (
        <Checks legend={t('admin.target.savedGroups')} options={groups.map((g) => ({ id: g.id, label: g.name }))} value={value.groupIds} onChange={(groupIds) => onChange({ ...value, groupIds })} />
      )}
      <Checks legend={t('admin.campaign.departments')} options={departments.map((d) => ({ id: d.id, label: d.name }))} value={value.departmentIds} onChange={(departmentIds) => onChange({ ...value, departmentIds })} />
      <Checks legend={t('admin.campaign.teams')} options={teams.map((d) => ({ id: d.id, label: d.name }))} value={value.teamIds} onChange={(teamIds) => onChange({ ...value, teamIds })} />
      <Checks legend={t('admin.target.roles')} options={ROLES.map((r) => ({ id: r, label: t(`admin.role.${r}`) }))} value={value.roles} onChange={(roles) => onChange({ ...value, roles: roles as Role[] })} />
      <Checks legend={t('admin.languages')} options={LANGUAGES.map((l) => ({ id: l, label: t(`admin.lang.${l}`) }))} value={value.languages} onChange={(languages) => onChange({ ...value, languages: languages as Language[] })} />
      {children}
    </fieldset>
  );
}
