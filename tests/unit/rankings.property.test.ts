import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE } from '../../shared/domain/group-privacy';
import { monthOf, monthPeriod, rankGroups, rankPeople, topLearners, type PointsEarned } from '../../shared/domain/rankings';

const period = { start: '2026-03-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z' };
const periodMs = { start: Date.parse(period.start), end: Date.parse(period.end) };
const people = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];

/** Events mostly inside the period, some just outside; few distinct instants, so ties happen. */
const event: fc.Arbitrary<PointsEarned> = fc.record({
  personId: fc.constantFrom(...people),
  at: fc.integer({ min: periodMs.start - 3 * 86_400_000, max: periodMs.end + 3 * 86_400_000 }).map((ms) => new Date(ms - (ms % 3_600_000)).toISOString()),
  points: fc.constantFrom(0, 1, 2, 10),
});
const events = fc.array(event, { maxLength: 60 });
const inside = (e: PointsEarned) => Date.parse(e.at) >= periodMs.start && Date.parse(e.at) < periodMs.end;

describe('rankPeople', () => {
  it('ranks by points in the period, then by who reached their score first, then by id', () => {
    fc.assert(fc.property(events, (list) => {
      const ranked = rankPeople(list, period);
      ranked.forEach((s, i) => {
        expect(s.position).toBe(i + 1);
        const next = ranked[i + 1];
        if (!next) return;
        expect(s.points).toBeGreaterThanOrEqual(next.points);
        if (s.points === next.points) {
          expect(Date.parse(s.reachedAt)).toBeLessThanOrEqual(Date.parse(next.reachedAt));
          if (s.reachedAt === next.reachedAt) expect(s.personId < next.personId).toBe(true);
        }
      });
    }));
  });

  it('gives each person exactly their period points, and the moment their running total first reached it', () => {
    fc.assert(fc.property(events, (list) => {
      for (const standing of rankPeople(list, period)) {
        const own = list.filter((e) => e.personId === standing.personId && inside(e)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
        expect(standing.points).toBe(own.reduce((sum, e) => sum + e.points, 0));
        let running = 0;
        const reached = own.find((e) => (running += e.points) === standing.points);
        expect(standing.reachedAt).toBe(new Date(reached?.at ?? 0).toISOString());
      }
    }));
  });

  it('ranks exactly those who earned points in the period', () => {
    fc.assert(fc.property(events, (list) => {
      const expected = new Set(list.filter((e) => inside(e) && e.points > 0).map((e) => e.personId));
      expect(new Set(rankPeople(list, period).map((s) => s.personId))).toEqual(expected);
    }));
  });

  it('does not depend on the order events come in', () => {
    fc.assert(fc.property(events.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length }))), ([list, shuffled]) => {
      expect(rankPeople(shuffled, period)).toEqual(rankPeople(list, period));
    }));
  });

  it('breaks a tie in favour of the one who got there first', () => {
    const tie = [
      { personId: 'late', at: '2026-03-10T09:00:00Z', points: 10 },
      { personId: 'early', at: '2026-03-05T09:00:00Z', points: 10 },
    ];
    expect(topLearners(rankPeople(tie, period), 1).map((s) => s.personId)).toEqual(['early']);
  });

  it('topLearners takes the first n, never more than ranked', () => {
    fc.assert(fc.property(events, fc.integer({ min: 0, max: 10 }), (list, n) => {
      const ranked = rankPeople(list, period);
      expect(topLearners(ranked, n)).toEqual(ranked.slice(0, n));
    }));
  });
});

describe('rankGroups', () => {
  const group = fc.record({ id: fc.uuid(), name: fc.string({ minLength: 1, maxLength: 5 }), memberIds: fc.subarray(people) });

  it('never shows a figure for a group under the minimum size, and ranks the others by points per active member', () => {
    fc.assert(fc.property(fc.array(group, { maxLength: 5 }), events, (groups, list) => {
      const rows = rankGroups(groups, list, period);
      expect(rows).toHaveLength(groups.length);
      for (const row of rows) {
        if (row.members < MIN_GROUP_SIZE) expect([row.activeMembers, row.pointsPerActiveMember, row.position]).toEqual([null, null, null]);
      }
      const shown = rows.filter((r) => r.position !== null);
      shown.forEach((row, i) => {
        const next = shown[i + 1];
        if (next) expect(row.pointsPerActiveMember ?? 0).toBeGreaterThanOrEqual(next.pointsPerActiveMember ?? 0);
      });
    }));
  });

  it('averages period points over the members who learned', () => {
    const members = ['a', 'b', 'c', 'd', 'e'];
    const list = [
      { personId: 'a', at: '2026-03-02T09:00:00Z', points: 10 },
      { personId: 'b', at: '2026-03-02T09:00:00Z', points: 20 },
      { personId: 'c', at: '2026-02-02T09:00:00Z', points: 500 },
    ];
    expect(rankGroups([{ id: 'g', name: 'G', memberIds: members }], list, period)[0]).toMatchObject({ activeMembers: 2, pointsPerActiveMember: 15, position: 1 });
  });
});

describe('monthPeriod', () => {
  it('runs from local midnight on the 1st to local midnight on the next 1st, across DST and year ends', () => {
    expect(monthPeriod('2026-03', 'Europe/Amsterdam')).toEqual({ start: '2026-02-28T23:00:00.000Z', end: '2026-03-31T22:00:00.000Z' });
    expect(monthPeriod('2026-12', 'Europe/Amsterdam')).toEqual({ start: '2026-11-30T23:00:00.000Z', end: '2026-12-31T23:00:00.000Z' });
    expect(monthPeriod('2026-10', 'America/New_York')).toEqual({ start: '2026-10-01T04:00:00.000Z', end: '2026-11-01T04:00:00.000Z' });
  });

  it('contains every instant of the month it names, and months tile without gaps', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2029, 0, 1) }), fc.constantFrom('Europe/Amsterdam', 'America/St_Johns', 'Pacific/Auckland', 'UTC'), (ms, zone) => {
      const at = new Date(ms).toISOString();
      const period = monthPeriod(monthOf(at, zone), zone);
      expect(Date.parse(period.start)).toBeLessThanOrEqual(ms);
      expect(Date.parse(period.end)).toBeGreaterThan(ms);
      expect(monthOf(period.end, zone)).not.toBe(monthOf(at, zone));
    }));
  });
});
