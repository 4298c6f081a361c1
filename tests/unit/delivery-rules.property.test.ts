import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canUnsubscribe, deliveryDecision, nextAllowedMoment, nextWeekStart, retryDelayMs, sentThisWeek } from '../../shared/domain/delivery-rules';
import { isWithinWorkingTime, type WorkingTime } from '../../shared/domain/moment-schedule';

const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'UTC'];
const rules: WorkingTime = { workingDays: [1, 2, 3, 4, 5], workStart: '08:00', workEnd: '18:00', daysOff: [] };
// Around the 2026 spring and autumn changes in both hemispheres.
const instant = fc.integer({ min: Date.UTC(2026, 2, 20), max: Date.UTC(2026, 10, 10) }).map((ms) => new Date(ms));
const zone = fc.constantFrom(...ZONES);
const workingTime = fc.record({
  workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
  workStart: fc.constantFrom('00:00', '02:30', '07:00', '08:00', '09:15'),
  workEnd: fc.constantFrom('03:00', '12:00', '17:30', '18:00', '23:59'),
  daysOff: fc.constant([] as string[]),
});

describe('delivery rules', () => {
  it('the next allowed moment is in working time, not before the due moment, and no allowed minute lies between', () => {
    fc.assert(
      fc.property(instant, zone, workingTime, (from, timeZone, wt) => {
        const next = nextAllowedMoment(from, timeZone, wt);
        if (wt.workEnd <= wt.workStart) {
          expect(next).toBeNull();
          return;
        }
        expect(next).not.toBeNull();
        if (!next) return;
        expect(next.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(isWithinWorkingTime(next, timeZone, wt)).toBe(true);
        // Sampled every 15 minutes: nothing allowed was skipped.
        for (let t = Math.ceil(from.getTime() / 900_000) * 900_000; t < next.getTime(); t += 900_000) expect(isWithinWorkingTime(new Date(t), timeZone, wt)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('a message is sent only inside working time and under the budget; otherwise it waits for a moment that allows it', () => {
    fc.assert(
      fc.property(instant, zone, fc.array(fc.integer({ min: 0, max: 14 * 86_400_000 }), { maxLength: 8 }), fc.integer({ min: 0, max: 6 }), (now, timeZone, ago, budget) => {
        const sentAt = ago.map((ms) => new Date(now.getTime() - ms));
        const decision = deliveryDecision({ timeZone, leftAt: null, erased: false, unsubscribedTopics: [] }, { now, rules, weeklyBudget: budget, sentAt, topic: 'journeys' });
        const used = sentThisWeek(sentAt, now, timeZone);
        if (decision.kind === 'send') {
          expect(used).toBeLessThan(budget);
          expect(isWithinWorkingTime(now, timeZone, rules)).toBe(true);
        } else if (decision.kind === 'wait') {
          expect(decision.until.getTime()).toBeGreaterThan(now.getTime() - 1);
          expect(isWithinWorkingTime(decision.until, timeZone, rules)).toBe(true);
          if (decision.reason === 'budget') {
            expect(used).toBeGreaterThanOrEqual(budget);
            expect(decision.until.getTime()).toBeGreaterThanOrEqual(nextWeekStart(now, timeZone).getTime());
          }
        } else throw new Error('nobody here left');
      }),
      { numRuns: 200 },
    );
  });

  it('nobody who left, erased or unsubscribed gets anything, except that mandatory training cannot be switched off', () => {
    fc.assert(
      fc.property(instant, fc.boolean(), fc.boolean(), fc.constantFrom('journeys', 'team-email', 'mandatory-training') , (now, left, erased, topic) => {
        const decision = deliveryDecision(
          { timeZone: 'Europe/Amsterdam', leftAt: left ? now.toISOString() : null, erased, unsubscribedTopics: [topic] },
          { now, rules, weeklyBudget: 100, sentAt: [], topic },
        );
        if (left || erased || canUnsubscribe(topic)) expect(decision.kind).toBe('never');
        else expect(decision.kind).not.toBe('never');
      }),
    );
  });

  it('weeks are counted in the person’s own zone: the same instant is last week in New York and this week in Amsterdam', () => {
    const sunday = new Date('2026-03-29T22:00:00Z'); // Sunday 18:00 in New York, Monday 00:00 in Amsterdam
    expect(sentThisWeek([sunday], new Date('2026-03-30T12:00:00Z'), 'America/New_York')).toBe(0);
    expect(sentThisWeek([sunday], new Date('2026-03-30T12:00:00Z'), 'Europe/Amsterdam')).toBe(1);
    expect(sentThisWeek([new Date('2026-03-29T21:00:00Z')], new Date('2026-03-30T12:00:00Z'), 'Europe/Amsterdam')).toBe(0);
  });

  it('retry delays grow and stay bounded', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), (n) => retryDelayMs(n + 1) >= retryDelayMs(n)));
    expect(retryDelayMs(50)).toBe(6 * 3_600_000);
  });
});
