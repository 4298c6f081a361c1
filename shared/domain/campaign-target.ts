/** Who a campaign is for: each list narrows it; an empty list means "everyone" on that count. */
export interface TargetGroups {
  departmentIds: readonly string[];
  teamIds: readonly string[];
  roles: readonly string[];
  languages: readonly string[];
  locations: readonly string[];
}

/**
 * Whether a person belongs to a campaign's target groups. People have no
 * location in Leerlust yet, so locations (where the posters hang) do not
 * narrow who is told.
 *
 * @example isInTarget({ departmentIds: [], teamIds: [], roles: ['employee'], languages: [], locations: [] }, { role: 'manager', … }) // false
 */
export function isInTarget(
  target: TargetGroups,
  person: { role: string; language: string; department_id: string | null; team_id: string | null },
): boolean {
  const fits = (list: readonly string[], value: string | null) => list.length === 0 || (value !== null && list.includes(value));
  return fits(target.departmentIds, person.department_id) && fits(target.teamIds, person.team_id) && fits(target.roles, person.role) && fits(target.languages, person.language);
}
