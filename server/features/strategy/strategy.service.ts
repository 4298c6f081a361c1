import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { pickLanguage } from '../../../shared/domain/localized';
import type { Language } from '../../../shared/schemas/common';
import { roleSchema, type Role } from '../../../shared/schemas/people';
import type { AdminStrategy, Driver, PutDrivers, StrategyCompleteness } from '../../../shared/schemas/strategy';
import { recordAudit } from '../audit/audit.service';
import type { ItemWithTexts } from '../learning/learning.repository';
import { parseList, stringListSchema } from '../learning/targeting';
import type { PersonRow } from '../people/people.table';
import { publishedItems } from '../teasers/visible-items';
import { rowsToGoals, rowToDriver } from './strategy.mapper';
import { listDrivers, listRoleCompetencies, listSharedGoals, replaceDrivers, upsertRoleCompetencies } from './strategy.repository';
import { wiifmCells, type WiifmCell } from './wiifm.service';

export type RoleExpectation = AdminStrategy['roles'][number];

/**
 * What someone in `role` can expect, generated from the real offer: the
 * published trainings meant for the role (or for everyone), by kind, and
 * the competencies L&D says matter for it.
 */
export function roleExpectation(role: Role, items: Iterable<ItemWithTexts>, competencies: { job: string; market: string } | undefined, language: Language): RoleExpectation {
  const trainings: RoleExpectation['trainings'] = { micro: [], macro: [], classroom: [] };
  for (const entry of items) {
    const roles = parseList(entry.item.target_roles, stringListSchema);
    const title = pickLanguage(entry.texts, language)?.text.title;
    if (title && (roles.length === 0 || roles.includes(role))) trainings[entry.item.kind].push({ id: entry.item.id, title });
  }
  for (const list of Object.values(trainings)) list.sort((a, b) => a.title.localeCompare(b.title));
  return {
    role,
    trainings,
    competencies: { job: parseList(competencies?.job ?? '[]', stringListSchema), market: parseList(competencies?.market ?? '[]', stringListSchema) },
  };
}

/** How far the strategy is written: what the workspace shows as still to do. */
export function strategyCompleteness(strategy: Omit<AdminStrategy, 'completeness'>): StrategyCompleteness {
  const departmentsWithGoals = new Set(strategy.goals.flatMap((g) => (g.level === 'department' && g.departmentId ? [g.departmentId] : [])));
  return {
    drivers: strategy.drivers.length,
    organisationGoals: strategy.goals.filter((g) => g.level === 'organisation').length,
    departmentGoals: strategy.goals.filter((g) => g.level === 'department').length,
    departmentsWithoutGoals: strategy.departments.filter((d) => !departmentsWithGoals.has(d.id)).length,
    wiifmFilled: strategy.wiifm.filter((c: WiifmCell) => c.message).length,
    // A location counts nobody, but people pass where posters hang: its empty cells are left to write too.
    wiifmEmpty: strategy.wiifm.filter((c: WiifmCell) => !c.message && (c.people === null || c.people > 0)).length,
    rolesWithoutCompetencies: strategy.roles.filter((r) => r.competencies.job.length + r.competencies.market.length === 0).length,
  };
}

export async function adminStrategy(db: Kysely<Database>, admin: PersonRow, now: Date): Promise<AdminStrategy> {
  const [drivers, goals, departments, wiifm, competencies, items] = await Promise.all([
    listDrivers(db),
    listSharedGoals(db),
    db.selectFrom('departments').select(['id', 'name']).orderBy('name').execute(),
    wiifmCells(db),
    listRoleCompetencies(db),
    publishedItems(db, now),
  ]);
  const byRole = new Map(competencies.map((c) => [c.role, c]));
  const strategy = {
    drivers: drivers.map(rowToDriver),
    goals: rowsToGoals(goals),
    departments,
    wiifm,
    roles: roleSchema.options.map((role) => roleExpectation(role, items.values(), byRole.get(role), admin.language)),
  };
  return { ...strategy, completeness: strategyCompleteness(strategy) };
}

export async function saveDrivers(db: Kysely<Database>, admin: PersonRow, input: PutDrivers, now: Date): Promise<Driver[]> {
  const rows = input.drivers.map((d, position) => ({
    id: randomUUID(),
    kind: d.kind,
    title_nl: d.title.nl,
    title_en: d.title.en,
    explanation_nl: d.explanation.nl,
    explanation_en: d.explanation.en,
    position,
  }));
  await db.transaction().execute(async (trx) => {
    await replaceDrivers(trx, rows);
    await recordAudit(trx, { actorId: admin.id, action: 'strategy.drivers', entityType: 'strategy', entityId: 'drivers', detail: { count: rows.length } }, now);
  });
  return rows.map(rowToDriver);
}

export async function saveRoleCompetencies(db: Kysely<Database>, admin: PersonRow, role: Role, input: { job: string[]; market: string[] }, now: Date) {
  const job = JSON.stringify(input.job);
  const market = JSON.stringify(input.market);
  await db.transaction().execute(async (trx) => {
    await upsertRoleCompetencies(trx, role, job, market);
    await recordAudit(trx, { actorId: admin.id, action: 'strategy.role_competencies', entityType: 'role', entityId: role }, now);
  });
  return roleExpectation(role, (await publishedItems(db, now)).values(), { job, market }, admin.language);
}
