import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/database';
import type { ImportProblem } from '../../../../shared/schemas/people';
import { listDepartments, listTeams } from '../../org/org.repository';
import { importProblem } from './import-problems';

/**
 * Departments and teams by name, as far as known: those in the database
 * plus those a command is about to create. Names match without regard to
 * case ("zorg" is "Zorg"), so a typed name never splits a department in two.
 */
export interface OrgIndex {
  /** lower-cased name → the department's name as stored (or as first written). */
  departments: Map<string, string>;
  /** lower-cased team name → every department with a team of that name. */
  teams: Map<string, Array<{ department: string; team: string }>>;
}

/** Where a person goes, by the names as stored; null when not given. */
export interface Placement {
  department: string | null;
  team: string | null;
}

const key = (name: string) => name.trim().toLowerCase();

export async function loadOrgIndex(db: Kysely<Database>): Promise<OrgIndex> {
  const [departments, teams] = await Promise.all([listDepartments(db), listTeams(db)]);
  const index: OrgIndex = { departments: new Map(), teams: new Map() };
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  for (const d of departments) addToIndex(index, { department: d.name, team: null });
  for (const t of teams) addToIndex(index, { department: departmentName.get(t.department_id) ?? '', team: t.name });
  return index;
}

/** Makes a placement known, so later rows naming the same department or team reuse it. */
export function addToIndex(index: OrgIndex, placement: Placement): void {
  if (placement.department === null) return;
  if (!index.departments.has(key(placement.department))) index.departments.set(key(placement.department), placement.department);
  if (placement.team === null) return;
  const known = index.teams.get(key(placement.team)) ?? [];
  if (!known.some((t) => key(t.department) === key(placement.department ?? ''))) {
    index.teams.set(key(placement.team), [...known, { department: placement.department, team: placement.team }]);
  }
}

/**
 * Reads a department and team name. A team without its department is
 * found by name if exactly one department has it; a new team needs its
 * department, since every team belongs to one.
 */
export function placeByName(index: OrgIndex, department?: string, team?: string): Placement | { problem: ImportProblem } {
  if (department !== undefined) {
    const storedDepartment = index.departments.get(key(department)) ?? department;
    if (team === undefined) return { department: storedDepartment, team: null };
    const storedTeam = index.teams.get(key(team))?.find((t) => key(t.department) === key(storedDepartment));
    return { department: storedDepartment, team: storedTeam?.team ?? team };
  }
  if (team === undefined) return { department: null, team: null };
  const candidates = index.teams.get(key(team)) ?? [];
  const [only] = candidates;
  if (candidates.length === 1 && only) return { department: only.department, team: only.team };
  if (candidates.length === 0) return { problem: importProblem('team_unknown', { team }) };
  const departments = candidates.map((c) => c.department).sort().join(', ');
  return { problem: importProblem('team_ambiguous', { team, departments }) };
}

/** Ids for a placement, creating the department and team if they are new; says what it created. */
export async function ensurePlacement(
  db: Kysely<Database>,
  placement: Placement,
  now: Date,
): Promise<{ departmentId: string | null; teamId: string | null; created: string[] }> {
  if (placement.department === null) return { departmentId: null, teamId: null, created: [] };
  const created: string[] = [];
  const at = now.toISOString();
  let departmentId = (await db.selectFrom('departments').select('id').where('name', '=', placement.department).executeTakeFirst())?.id;
  if (!departmentId) {
    departmentId = randomUUID();
    await db.insertInto('departments').values({ id: departmentId, name: placement.department, created_at: at }).execute();
    created.push(`department "${placement.department}"`);
  }
  if (placement.team === null) return { departmentId, teamId: null, created };
  let teamId = (
    await db.selectFrom('teams').select('id').where('department_id', '=', departmentId).where('name', '=', placement.team).executeTakeFirst()
  )?.id;
  if (!teamId) {
    teamId = randomUUID();
    await db.insertInto('teams').values({ id: teamId, department_id: departmentId, name: placement.team, created_at: at }).execute();
    created.push(`team "${placement.team}" in ${placement.department}`);
  }
  return { departmentId, teamId, created };
}
