import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isInAudience, savedGroupsIn } from '../../../shared/domain/audience';
import type { TargetGroups } from '../../../shared/schemas/audience';
import { storedAudience } from '../teasers/catalogue';
import { audienceFactsOf } from '../people/audience-facts';
import type { PersonRow } from '../people/people.table';
import { membersOf } from '../target-groups/target-groups.service';
import type { JourneyRow } from './journeys.table';
import { savedGroupMemberships } from '../target-groups/memberships';

/*
 * Who a journey is for. A journey for a saved target group (`group_id`) lets
 * in whom the group's rules hold, decided by isInGroup over each person's
 * group facts (activity, streak, completions, …): the same decision
 * campaigns and competitions make for that group. Those facts are loaded
 * once per tick per journey (membersOf), never per person. A journey for no
 * group keeps the campaign targeting of shared/domain/audience.ts
 * (departments, teams, roles, languages).
 *
 * A group that no longer exists holds nobody: a damaged reference must
 * never widen a reach.
 */

/** Whether one person may enter the journey, as decided for this tick. */
export type JourneyAudience = (person: Pick<PersonRow, 'id' | 'role' | 'language' | 'department_id' | 'team_id'>) => boolean;

/**
 * The audience of a stored journey at `now`: its saved group's current
 * members, or its departments/teams/roles/languages (a damaged value reaches
 * nobody).
 *
 * @example const holds = await journeyAudience(db, journey, now); people.filter(holds)
 */
export async function journeyAudience(db: Kysely<Database>, journey: Pick<JourneyRow, 'audience' | 'group_id'>, now: Date): Promise<JourneyAudience> {
  if (journey.group_id !== null) {
    const members = await groupMemberIds(db, journey.group_id, now);
    return (person) => members.has(person.id);
  }
  const rule = storedAudience(journey.audience);
  const memberships = await savedGroupMemberships(db, savedGroupsIn(rule), now, null);
  return (person) => isInAudience(rule, audienceFactsOf(person, memberships.get(person.id) ?? []));
}

/** The ids of the people in a saved group now (none for a group that does not exist). */
export async function groupMemberIds(db: Kysely<Database>, groupId: string, now: Date): Promise<Set<string>> {
  return new Set((await membersOf(db, groupId, now)).map((m) => m.person.id));
}

export function storedJourneyAudience(groups: TargetGroups): string {
  return JSON.stringify(groups);
}
