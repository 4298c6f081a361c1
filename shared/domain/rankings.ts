import { withholdSmallGroup } from './group-privacy';
import { toInstant } from './local-date';
import { wallClockAt, zonedToInstant } from './zoned-time';

/** A time span [start, end): instants as ISO-8601 strings. */
export interface Period {
  readonly start: string;
  readonly end: string;
}

/** Points a person earned at an instant (one learning event). */
export interface PointsEarned {
  readonly personId: string;
  readonly at: string;
  readonly points: number;
}

export interface Standing {
  personId: string;
  /** 1-based place; every place is held by one person (see rankPeople for the tie-breaks). */
  position: number;
  points: number;
  /** When the person's running total in the period first reached `points`. */
  reachedAt: string;
}

const ms = (at: string) => toInstant(at).getTime();

/** Whether an instant falls in [start, end). */
export function inPeriod(at: string, period: Period): boolean {
  const t = ms(at);
  return t >= ms(period.start) && t < ms(period.end);
}

/**
 * People ranked by points earned in the period, most first. People without
 * points in the period are not ranked (they did not take part).
 *
 * Ties: whoever reached their score first ranks higher — the moment their
 * running total first equalled their final total (points are never negative,
 * so that is their last scoring event). Two people reaching the same score at
 * the very same millisecond are ordered by person id, so the outcome never
 * depends on the order the events come in.
 *
 * @example rankPeople([{ personId: 'a', at: '2026-03-02T10:00:00Z', points: 10 }], { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' })
 * // [{ personId: 'a', position: 1, points: 10, reachedAt: '2026-03-02T10:00:00.000Z' }]
 */
export function rankPeople(events: readonly PointsEarned[], period: Period): Standing[] {
  const totals = new Map<string, { points: number; reachedMs: number }>();
  for (const event of events) {
    if (event.points <= 0 || !inPeriod(event.at, period)) continue;
    const current = totals.get(event.personId) ?? { points: 0, reachedMs: -Infinity };
    totals.set(event.personId, { points: current.points + event.points, reachedMs: Math.max(current.reachedMs, ms(event.at)) });
  }
  return [...totals]
    .sort(([idA, a], [idB, b]) => b.points - a.points || a.reachedMs - b.reachedMs || (idA < idB ? -1 : idA > idB ? 1 : 0))
    .map(([personId, { points, reachedMs }], index) => ({ personId, position: index + 1, points, reachedAt: new Date(reachedMs).toISOString() }));
}

/** The first `n` standings: the winners of a top-learners competition. */
export function topLearners(standings: readonly Standing[], n: number): Standing[] {
  return standings.slice(0, Math.max(0, n));
}

/** A team or department and who is in it. */
export interface Group {
  readonly id: string;
  readonly name: string;
  readonly memberIds: readonly string[];
}

export interface GroupStanding {
  groupId: string;
  name: string;
  members: number;
  /** Members who earned points in the period; null when the group is too small to show. */
  activeMembers: number | null;
  /** Period points divided by active members (rounded); null when too small or nobody was active. */
  pointsPerActiveMember: number | null;
  /** 1-based, among groups with a figure; null for the others. */
  position: number | null;
}

/**
 * Teams or departments ranked by points per active member in the period, so a
 * large group does not win by size and non-learners do not drag a group down.
 * Groups under MIN_GROUP_SIZE get no figures at all: an aggregate of three
 * people says too much about each of them. Ties share a position.
 */
export function rankGroups(groups: readonly Group[], events: readonly PointsEarned[], period: Period): GroupStanding[] {
  const pointsByPerson = new Map<string, number>();
  for (const event of events) {
    if (event.points > 0 && inPeriod(event.at, period)) pointsByPerson.set(event.personId, (pointsByPerson.get(event.personId) ?? 0) + event.points);
  }
  const rows = groups.map((group) => {
    const members = group.memberIds.length;
    const earned = group.memberIds.map((id) => pointsByPerson.get(id) ?? 0).filter((p) => p > 0);
    const active = withholdSmallGroup(earned.length, members);
    const total = earned.reduce((a, b) => a + b, 0);
    return {
      groupId: group.id,
      name: group.name,
      members,
      activeMembers: active,
      pointsPerActiveMember: active ? Math.round(total / active) : null,
      position: null as number | null,
    };
  });
  const ranked = rows.filter((r) => r.pointsPerActiveMember !== null).sort((a, b) => (b.pointsPerActiveMember ?? 0) - (a.pointsPerActiveMember ?? 0));
  ranked.forEach((row, i) => {
    const previous = ranked[i - 1];
    row.position = previous && previous.pointsPerActiveMember === row.pointsPerActiveMember ? previous.position : i + 1;
  });
  const byName = (a: GroupStanding, b: GroupStanding) => a.name.localeCompare(b.name);
  return [...ranked, ...rows.filter((r) => r.pointsPerActiveMember === null).sort(byName)];
}

/**
 * A calendar month (YYYY-MM) in a zone, as a period; leaderboards run per
 * month so that people who join late still have a chance.
 *
 * @example monthPeriod('2026-03', 'Europe/Amsterdam') // { start: '2026-02-28T23:00:00.000Z', end: '2026-03-31T22:00:00.000Z' }
 */
export function monthPeriod(month: string, timeZone: string): Period {
  const [year = 0, m = 0] = month.split('-').map(Number);
  const startOf = (y: number, mm: number) => zonedToInstant({ year: y, month: mm, day: 1, minutes: 0 }, timeZone).toISOString();
  return { start: startOf(year, m), end: m === 12 ? startOf(year + 1, 1) : startOf(year, m + 1) };
}

/** The month (YYYY-MM) an instant falls in, in a zone. */
export function monthOf(at: string | Date, timeZone: string): string {
  const { year, month } = wallClockAt(toInstant(at), timeZone);
  return `${year}-${String(month).padStart(2, '0')}`;
}
