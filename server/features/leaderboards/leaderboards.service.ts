import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { monthOf, monthPeriod, rankGroups, rankPeople, type Group } from '../../../shared/domain/rankings';
import type { Leaderboard } from '../../../shared/schemas/leaderboards';
import type { PersonRow } from '../people/people.table';
import { listBoardPeople, listGroupNames, listPointsBetween } from './leaderboards.repository';
import { ORGANISATION_TIME_ZONE } from '../../../shared/domain/organisation';


function groupsBy(people: readonly { id: string; key: string | null }[], names: readonly { id: string; name: string }[]): Group[] {
  return names
    .map((n) => ({ id: n.id, name: n.name, memberIds: people.filter((p) => p.key === n.id).map((p) => p.id) }))
    .filter((g) => g.memberIds.length > 0);
}

/**
 * A month's boards, the same for every role: teams and departments by points
 * per active member (figures only for groups of at least five), and people
 * only if they opted in — ranked among themselves, so the board says nothing
 * about anyone who did not. The viewer always sees their own points.
 */
export async function leaderboard(db: Kysely<Database>, viewer: PersonRow, month: string | undefined, now: Date): Promise<Leaderboard> {
  const chosen = month ?? monthOf(now, ORGANISATION_TIME_ZONE);
  const period = monthPeriod(chosen, ORGANISATION_TIME_ZONE);
  const [people, names, rows] = await Promise.all([listBoardPeople(db), listGroupNames(db), listPointsBetween(db, period.start, period.end)]);
  const events = rows.map((r) => ({ personId: r.person_id, at: r.occurred_at, points: r.points }));
  const optedIn = new Set(people.filter((p) => p.opted_in !== null).map((p) => p.id));
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const board = rankPeople(
    events.filter((e) => optedIn.has(e.personId)),
    period,
  );
  return {
    month: chosen,
    start: period.start,
    end: period.end,
    teams: rankGroups(groupsBy(people.map((p) => ({ id: p.id, key: p.team_id })), names.teams), events, period),
    departments: rankGroups(groupsBy(people.map((p) => ({ id: p.id, key: p.department_id })), names.departments), events, period),
    people: board.map((s) => ({ position: s.position, name: nameOf.get(s.personId) ?? '', points: s.points, isMe: s.personId === viewer.id })),
    me: {
      optedIn: optedIn.has(viewer.id),
      points: events.filter((e) => e.personId === viewer.id).reduce((sum, e) => sum + e.points, 0),
    },
  };
}
