import { orgStructureContract } from '../../../shared/contracts/org';
import { listTargetGroupsContract } from '../../../shared/contracts/target-groups';
import { useFeatureText } from '../../app/i18n';
import { useApiData } from '../../ui/use-api-data';
import { targetGroupsText } from './target-groups-text';

/** One group of checkboxes named `name`: the form reads the ticked values with FormData.getAll(name). */
function CheckGroup({ legend, name, options }: { legend: string; name: string; options: readonly { value: string; label: string }[] }) {
  if (options.length === 0) return null;
  return (
    <fieldset class="target-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="target-check">
          <input type="checkbox" name={name} value={o.value} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

// No admins: they run competitions and never take part.
const roles = ['employee', 'manager'] as const;
const languages = ['nl', 'en'] as const;

/**
 * Who a competition is for, in the shape campaigns use: saved target groups
 * (in at least one), departments, teams, roles and languages. Nothing ticked
 * in a group: no narrowing on it.
 */
export function TargetGroupFields() {
  const { t } = useFeatureText(targetGroupsText);
  const org = useApiData(orgStructureContract);
  const saved = useApiData(listTargetGroupsContract);
  const { departments, teams } = org.state.status === 'ready' ? org.state.data : { departments: [], teams: [] };
  const groups = saved.state.status === 'ready' ? saved.state.data.groups : [];
  return (
    <fieldset class="target-groups">
      <legend>{t('adminRewards.target')}</legend>
      <CheckGroup legend={t('adminRewards.target.savedGroups')} name="targetGroupIds" options={groups.map((g) => ({ value: g.id, label: g.name }))} />
      <CheckGroup legend={t('adminRewards.target.departments')} name="targetDepartmentIds" options={departments.map((d) => ({ value: d.id, label: d.name }))} />
      <CheckGroup legend={t('adminRewards.target.teams')} name="targetTeamIds" options={teams.map((team) => ({ value: team.id, label: team.name }))} />
      <CheckGroup legend={t('adminRewards.target.roles')} name="targetRoles" options={roles.map((role) => ({ value: role, label: t(`adminRewards.target.role.${role}`) }))} />
      <CheckGroup legend={t('adminRewards.target.languages')} name="targetLanguages" options={languages.map((l) => ({ value: l, label: t(`adminRewards.target.language.${l}`) }))} />
    </fieldset>
  );
}
