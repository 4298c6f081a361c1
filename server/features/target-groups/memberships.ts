import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { savedGroupsIn, type AudienceFacts, type AudienceRule } from '../../../shared/domain/audience';
import { isInGroup } from '../../../shared/domain/target-group';
import { AppError } from '../../http/app-error';
import { audienceFactsOf } from '../people/audience-facts';
import type { PersonRow } from '../people/people.table';
import { peopleWithFacts } from './group-facts.repository';
import { groupRule, rulesOfRow } from './target-groups.service';

/*
 * Saved target groups where content is aimed at them: campaigns, teasers,
 * paths, competitions and journeys name groups by id (the audience leaf
 * saved_group), and who is in a group is decided here, with the group's
 * current rule and the facts it reads, just before the audience rule asks.
 * Only the groups a rule names are decided, so content aimed at no group
 * costs nothing extra. A group that no longer exists holds nobody.
 */

/** Of `groupIds`, the groups each person is in: `personIds`, or everyone still here when null. */
export async function savedGroupMemberships(db: Kysely<Database>, groupIds: readonly string[], now: Date, personIds: readonly string[] | null): Promise<Map<string, string[]>> {
  const memberships = new Map<string, string[]>();
  if (groupIds.length === 0) return memberships;
  const rows = await db.selectFrom('target_groups').select(['id', 'rules']).where('id', 'in', groupIds).execute();
  if (rows.length === 0) return memberships;
  const groups = rows.map((row) => ({ id: row.id, rule: groupRule(rulesOfRow(row)) }));
  for (const { person, facts } of await peopleWithFacts(db, groups.map((g) => g.rule), now, personIds)) {
    memberships.set(person.id, groups.filter((g) => isInGroup(g.rule, facts)).map((g) => g.id));
  }
  return memberships;
}

/** A person's audience facts for deciding `rules`, with the saved groups those rules name decided for them. */
export async function audienceFactsFor(db: Kysely<Database>, person: Pick<PersonRow, 'id' | 'role' | 'language' | 'department_id' | 'team_id'>, rules: readonly AudienceRule[], now: Date): Promise<AudienceFacts> {
  const named = savedGroupsIn(...rules);
  const groups = named.length === 0 ? [] : ((await savedGroupMemberships(db, named, now, [person.id])).get(person.id) ?? []);
  return audienceFactsOf(person, groups);
}

/** Everyone's audience facts for deciding `rules` at once (a kick-off push, a journey's tick): one pass over the groups. */
export async function audienceFactsOfEveryone<P extends Pick<PersonRow, 'id' | 'role' | 'language' | 'department_id' | 'team_id'>>(
  db: Kysely<Database>,
  people: readonly P[],
  rules: readonly AudienceRule[],
  now: Date,
): Promise<Map<string, AudienceFacts>> {
  const named = savedGroupsIn(...rules);
  const memberships = named.length === 0 ? new Map<string, string[]>() : await savedGroupMemberships(db, named, now, null);
  return new Map(people.map((p) => [p.id, audienceFactsOf(p, memberships.get(p.id) ?? [])]));
}

/** A target that names saved groups that do not exist is refused (422), as a campaign naming an unknown training is. */
export async function requireSavedGroups(db: Kysely<Database>, groupIds: readonly string[] | undefined): Promise<void> {
  const wanted = [...new Set(groupIds ?? [])];
  if (wanted.length === 0) return;
  const found = await db.selectFrom('target_groups').select('id').where('id', 'in', wanted).execute();
  const missing = wanted.filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0) throw new AppError(422, 'unknown_group', `No such target group: ${missing.join(', ')}`);
}
