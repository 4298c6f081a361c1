import { describe, expect, it } from 'vitest';
import { nextWeek, parseWeekKey, weekKey } from '../../shared/domain/iso-week';
import { countsForStreak, type Clock } from '../../shared/domain/learning-activity';
import { computeStreak } from '../../shared/domain/streak';
import { midweek } from './domain-helpers';

/** `count` consecutive week keys from `start`. */
function weeksFrom(start: string, count: number): string[] {
  const keys: string[] = [];
  for (let week = parseWeekKey(start); keys.length < count; week = nextWeek(week)) keys.push(weekKey(week));
  return keys;
}

const learnedIn = (keys: string[]) => keys.map((key) => midweek(key));
const during = (key: string): Clock => ({ now: midweek(key).at, timeZone: 'Europe/Amsterdam' });

describe('computeStreak', () => {
  it('is empty without activities', () => {
    expect(computeStreak([], during('2026-W10'))).toEqual({
      current: 0,
      longest: 0,
      freezesHeld: 0,
      frozenWeeks: [],
      currentWeekDone: false,
      currentWeek: '2026-W10',
      countedWeeks: 0,
    });
  });

  it('stays alive while the current week is open, and counts it once done', () => {
    const open = computeStreak(learnedIn(['2026-W08', '2026-W09']), during('2026-W10'));
    expect(open).toMatchObject({ current: 2, currentWeekDone: false, countedWeeks: 2 });
    const done = computeStreak(learnedIn(['2026-W08', '2026-W09', '2026-W10']), during('2026-W10'));
    expect(done).toMatchObject({ current: 3, currentWeekDone: true, countedWeeks: 3 });
  });

  it('is 0 when neither this week nor last week counted', () => {
    expect(computeStreak(learnedIn(['2026-W07', '2026-W08']), during('2026-W10'))).toMatchObject({ current: 0, longest: 2, countedWeeks: 2 });
  });

  it('earns a freeze every 4th week in a row, holding at most 2', () => {
    const freezesAfter = (weeks: number) => {
      const keys = weeksFrom('2026-W01', weeks + 1);
      return computeStreak(learnedIn(keys.slice(0, -1)), during(keys.at(-1) ?? '')).freezesHeld;
    };
    expect([3, 4, 7, 8, 12, 16].map(freezesAfter)).toEqual([0, 1, 1, 2, 2, 2]);
  });

  it('spends a freeze on a missed week between counted weeks; the frozen week adds nothing', () => {
    const streak = computeStreak(learnedIn([...weeksFrom('2026-W01', 4), '2026-W06']), during('2026-W06'));
    expect(streak).toMatchObject({ current: 5, longest: 5, freezesHeld: 0, frozenWeeks: ['2026-W05'], currentWeekDone: true });
  });

  it('spends a freeze on an ended week after the last counted one, never on the open current week', () => {
    const streak = computeStreak(learnedIn(weeksFrom('2026-W01', 4)), during('2026-W06'));
    expect(streak).toMatchObject({ current: 4, freezesHeld: 0, frozenWeeks: ['2026-W05'], currentWeekDone: false });
    const sameWeek = computeStreak(learnedIn(weeksFrom('2026-W01', 4)), during('2026-W05'));
    expect(sameWeek).toMatchObject({ current: 4, freezesHeld: 1, frozenWeeks: [] });
  });

  it('bridges a gap as long as the freezes held', () => {
    const streak = computeStreak(learnedIn([...weeksFrom('2026-W01', 8), '2026-W11']), during('2026-W11'));
    expect(streak).toMatchObject({ current: 9, freezesHeld: 0, frozenWeeks: ['2026-W09', '2026-W10'] });
  });

  it('breaks on a gap longer than the freezes held, and the new run starts without freezes', () => {
    const streak = computeStreak(learnedIn([...weeksFrom('2026-W01', 8), '2026-W12']), during('2026-W12'));
    expect(streak).toMatchObject({ current: 1, longest: 8, freezesHeld: 0, frozenWeeks: [], countedWeeks: 9 });
    const trailing = computeStreak(learnedIn(weeksFrom('2026-W01', 4)), during('2026-W07'));
    expect(trailing).toMatchObject({ current: 0, longest: 4, freezesHeld: 0, frozenWeeks: [] });
  });

  it('starts counting weeks in a row afresh after a frozen week', () => {
    const history = [...weeksFrom('2026-W01', 4), ...weeksFrom('2026-W06', 3)];
    expect(computeStreak(learnedIn(history), during('2026-W08')).freezesHeld).toBe(0);
    expect(computeStreak(learnedIn([...history, '2026-W09']), during('2026-W09')).freezesHeld).toBe(1);
  });

  it('runs through week 53 into the next year', () => {
    const keys = ['2026-W51', '2026-W52', '2026-W53', '2027-W01'];
    expect(computeStreak(learnedIn(keys), during('2027-W01'))).toMatchObject({ current: 4, frozenWeeks: [], currentWeek: '2027-W01' });
    expect(computeStreak(learnedIn(['2020-W52', '2020-W53', '2021-W01']), during('2021-W02'))).toMatchObject({ current: 3 });
  });

  it('keeps the streak of someone who flies from Amsterdam to New York', () => {
    const inAmsterdam = learnedIn(weeksFrom('2026-W01', 5));
    // Sunday 8 February 22:00 in New York: already Monday (W07) in Amsterdam and in UTC.
    const inNewYork = { at: '2026-02-09T03:00:00Z', timeZone: 'America/New_York' };
    const streak = computeStreak([...inAmsterdam, inNewYork], { now: '2026-02-09T17:00:00Z', timeZone: 'America/New_York' });
    expect(streak).toMatchObject({ current: 6, frozenWeeks: [], currentWeekDone: false, currentWeek: '2026-W07', freezesHeld: 1 });
  });

  it('ignores activities after now', () => {
    const clock = { now: '2026-03-04T12:00:00Z', timeZone: 'Europe/Amsterdam' };
    const ahead = [{ at: '2026-03-04T12:00:01Z', timeZone: 'Europe/Amsterdam' }, midweek('2026-W11')];
    expect(computeStreak(ahead, clock)).toMatchObject({ countedWeeks: 0, currentWeekDone: false });
  });

  it('puts an activity from a week that has not begun where the person is now into the current week', () => {
    // Monday 00:30 in Kiritimati (+14) while it is still Sunday 00:00 in Pago Pago (−11).
    const streak = computeStreak([{ at: '2026-01-04T10:30:00Z', timeZone: 'Pacific/Kiritimati' }], {
      now: '2026-01-04T11:00:00Z',
      timeZone: 'Pacific/Pago_Pago',
    });
    expect(streak).toMatchObject({ currentWeek: '2026-W01', currentWeekDone: true, current: 1, countedWeeks: 1 });
  });
});

describe('countsForStreak', () => {
  it('counts learning, not merely opening or starting', () => {
    expect(countsForStreak('training_completed')).toBe(true);
    expect(countsForStreak('question_answered')).toBe(true);
    expect(countsForStreak('macro_part_done')).toBe(true);
    expect(countsForStreak('teaser_opened')).toBe(false);
    expect(countsForStreak('training_started')).toBe(false);
    expect(countsForStreak('notification_opened')).toBe(false);
  });
});
