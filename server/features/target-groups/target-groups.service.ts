import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import { withholdSmallGroup } from '../../../shared/domain/group-privacy';
import { groupRuleOf, isInGroup, readsOnlyProfile, type GroupCondition, type GroupFacts, type GroupRule } from '../../../shared/domain/target-group';
import { groupRulesSchema, type GroupCount, type GroupMembers, type GroupRules, type TargetGroup, type TargetGroupInput } from '../../../shared/schemas/target-groups';
import { removeSource } from '../attribution/attribution.service';
import { parseJson } from '../../db/stored-json';
import { peopleWithFacts, type GroupPerson, type PersonWithFacts } from './group-facts.repository';
import { deleteGroupRow, findGroup, insertGroup, listChannelIdsOfGroup, listGroupRows, listJourneyNamesOfGroup, listTargetsNamingGroup, missingReferences, updateGroupRow } from './target-groups.repository';
import type { TargetGroupRow } from './target-groups.table';

/*
 * Saved target groups. A group stores its rules, never its members: who is
 * in it is decided when asked (isInGroup over everyone's facts), so the
 * count is live and a person who stops learning leaves "active in the last
 * 4 weeks" without anyone updating anything.
 *
 * Admins see who is in a group by name only when its rule reads nothing but
 * the profile; a rule over activity, intake answers, completions or
 * registrations shows a count, held back under 5 (learning activity and the
 * intake are L&D's to see only as totals over at least 5 people).
 */

/** A damaged stored rule holds nobody: it must never widen a reach. */
const NOBODY_RULES: GroupRules = { match: 'any', conditions: [] };

export function rulesOfRow(row: Pick<TargetGroupRow, 'rules'>): GroupRules {
  return parseJson(row.rules, groupRulesSchema, NOBODY_RULES);
}

/** The domain rule of stored or edited rules. */
export function groupRule(rules: GroupRules): GroupRule {
  return groupRuleOf(rules.match, rules.conditions as readonly GroupCondition[]);
}

/** The count as admins may see it. */
export function shownCount(rule: GroupRule, count: number): GroupCount {
  const membersVisible = readsOnlyProfile(rule);
  return { count: membersVisible ? count : withholdSmallGroup(count, count), membersVisible };
}

const countIn = (rule: GroupRule, people: readonly PersonWithFacts[]) => people.filter((p) => isInGroup(rule, p.facts)).length;

function toGroup(row: TargetGroupRow, people: readonly PersonWithFacts[]): TargetGroup {
  const rules = rulesOfRow(row);
  const rule = groupRule(rules);
  return { id: row.id, name: row.name, match: rules.match, conditions: rules.conditions, ...shownCount(rule, countIn(rule, people)), createdAt: row.created_at, updatedAt: row.updated_at };
}

async function checkReferences(db: Kysely<Database>, rules: GroupRules): Promise<void> {
  const missing = await missingReferences(db, rules.conditions);
  if (missing.length > 0) throw new AppError(422, 'unknown_reference', `The rules name what does not exist: ${missing.join(', ')}`);
}

export async function listGroups(db: Kysely<Database>, now: Date): Promise<TargetGroup[]> {
  const rows = await listGroupRows(db);
  const people = await peopleWithFacts(db, rows.map((r) => groupRule(rulesOfRow(r))), now);
  return rows.map((row) => toGroup(row, people));
}

export async function getGroup(db: Kysely<Database>, id: string, now: Date): Promise<TargetGroup> {
  const row = await findGroup(db, id);
  if (!row) throw notFound('Target group');
  return toGroup(row, await peopleWithFacts(db, [groupRule(rulesOfRow(row))], now));
}

export async function createGroup(db: Kysely<Database>, input: TargetGroupInput, now: Date): Promise<TargetGroup> {
  const { name, ...rules } = input;
  await checkReferences(db, rules);
  const id = randomUUID();
  await insertGroup(db, { id, name, rules: JSON.stringify(rules), created_at: now.toISOString(), updated_at: now.toISOString() });
  return getGroup(db, id, now);
}

export async function updateGroup(db: Kysely<Database>, id: string, input: TargetGroupInput, now: Date): Promise<TargetGroup> {
  if (!(await findGroup(db, id))) throw notFound('Target group');
  const { name, ...rules } = input;
  await checkReferences(db, rules);
  await updateGroupRow(db, id, { name, rules: JSON.stringify(rules), updated_at: now.toISOString() });
  return getGroup(db, id, now);
}

/**
 * The group goes, and with it its channels and their links (their visits and
 * first touches too). A group something is aimed at (a journey, a campaign, a
 * path, a teaser) stays: deleting it would quietly stop that reaching anyone,
 * so what uses it is named instead.
 */
export async function deleteGroup(db: Kysely<Database>, id: string): Promise<void> {
  if (!(await findGroup(db, id))) throw notFound('Target group');
  await db.transaction().execute(async (trx) => {
    const users = [...(await listJourneyNamesOfGroup(trx, id)), ...(await listTargetsNamingGroup(trx, id))];
    if (users.length > 0) throw new AppError(409, 'group_in_use', `This group is in use: ${[...new Set(users)].map((n) => `"${n}"`).join(', ')}. Choose another group for them first`);
    for (const channelId of await listChannelIdsOfGroup(trx, id)) await removeSource(trx, 'channel_link', channelId);
    await deleteGroupRow(trx, id);
  });
}

export async function countRules(db: Kysely<Database>, rules: GroupRules, now: Date): Promise<GroupCount> {
  await checkReferences(db, rules);
  const rule = groupRule(rules);
  return shownCount(rule, countIn(rule, await peopleWithFacts(db, [rule], now)));
}

export async function groupMembers(db: Kysely<Database>, id: string, now: Date): Promise<GroupMembers> {
  const row = await findGroup(db, id);
  if (!row) throw notFound('Target group');
  const rule = groupRule(rulesOfRow(row));
  if (!readsOnlyProfile(rule)) return { visible: false, members: [] };
  const members = (await peopleWithFacts(db, [rule], now)).filter((p) => isInGroup(rule, p.facts));
  return { visible: true, members: members.map(({ person }) => ({ id: person.id, name: person.name, departmentId: person.department_id, teamId: person.team_id, joined: person.joined_at !== null })) };
}

/**
 * The people in a saved group now, with their facts: what a journey, a
 * campaign or a competition asks when it reaches a group. Unknown group:
 * nobody.
 *
 * @example const people = await membersOf(db, groupId, now); // [{ person, facts }, …]
 */
export async function membersOf(db: Kysely<Database>, groupId: string, now: Date): Promise<PersonWithFacts[]> {
  const row = await findGroup(db, groupId);
  if (!row) return [];
  const rule = groupRule(rulesOfRow(row));
  return (await peopleWithFacts(db, [rule], now)).filter((p) => isInGroup(rule, p.facts));
}

export type { GroupFacts, GroupPerson, PersonWithFacts };
