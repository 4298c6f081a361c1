import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillPlaceholders, journeyProblems, journeyTimeline, nextStepId, PLACEHOLDERS, type JourneyDefinition, type JourneyStep } from '../../shared/domain/journey';
import { isWithinWorkingTime } from '../../shared/domain/moment-schedule';

const rules = { workingDays: [1, 2, 3, 4, 5], workStart: '08:00', workEnd: '18:00', daysOff: [] };
const text = { nl: { subject: 'Hoi {{firstName}}', hook: 'Hoi', body: 'Tekst {{itemLink}}' }, en: { subject: 'Hi {{firstName}}', hook: 'Hi', body: 'Text {{itemLink}}' } };
const message = (id: string): JourneyStep => ({ id, kind: 'email', texts: text });

/** A random step list whose branches may jump anywhere (forward, backward, to themselves). */
const stepList = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n })), { minLength: n, maxLength: n }).map((shapes) =>
    shapes.map(([isBranch, a, b], i): JourneyStep =>
      isBranch ? { id: `s${i}`, kind: 'branch', condition: { kind: 'joined' }, then: `s${a}`, otherwise: b === n ? null : `s${b}` } : i % 2 ? { id: `s${i}`, kind: 'wait_days', days: 1 } : message(`s${i}`),
    ),
  ),
);
const def = (steps: readonly JourneyStep[]): JourneyDefinition => ({ trigger: { kind: 'joined' }, steps, goal: null, catchUpHours: 24 });

describe('journeys', () => {
  it('a journey is refused for a cycle exactly when following its steps can come back to one', () => {
    fc.assert(
      fc.property(stepList, (steps) => {
        const hasCycle = journeyProblems(def(steps)).some((p) => p.code === 'cycle');
        // Brute force: from each step, walk every path for at most steps.length hops.
        const loops = steps.some((start) => {
          let frontier = [start.id];
          for (let hop = 0; hop < steps.length; hop += 1) {
            frontier = frontier.flatMap((id) => [nextStepId(steps, id, true), nextStepId(steps, id, false)]).filter((x): x is string => x !== null);
            if (frontier.includes(start.id)) return true;
          }
          return false;
        });
        expect(hasCycle).toBe(loops);
      }),
    );
  });

  it('refuses negative waits, missing texts, unknown placeholders and long hooks; accepts a plain journey', () => {
    expect(journeyProblems(def([message('a'), { id: 'w', kind: 'wait_days', days: 2 }, message('b')]))).toEqual([]);
    expect(journeyProblems(def([{ id: 'w', kind: 'wait_days', days: -1 }])).map((p) => p.code)).toContain('negative_wait');
    expect(journeyProblems(def([{ id: 'm', kind: 'push', texts: { nl: text.nl } }])).map((p) => p.code)).toEqual(['missing_text']);
    expect(journeyProblems(def([{ id: 'm', kind: 'push', texts: { ...text, en: { hook: 'Hi {{lastName}}', body: 'x' } } }])).map((p) => p.code)).toEqual(['unknown_placeholder']);
    expect(journeyProblems(def([{ id: 'm', kind: 'push', texts: { ...text, en: { hook: 'x'.repeat(141), body: 'x' } } }])).map((p) => p.code)).toEqual(['hook_too_long']);
  });

  it('filling placeholders leaves none of the known ones behind and never touches the rest of the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 8 }).filter((s) => !s.includes('{')), fc.constantFrom(...PLACEHOLDERS.map((p) => `{{${p}}}`))), { maxLength: 10 }), (parts) => {
        const values = { firstName: 'A', wiifm: 'B', nextMoment: 'C', itemLink: 'D' };
        const filled = fillPlaceholders(parts.join(''), values);
        for (const p of PLACEHOLDERS) expect(filled).not.toContain(`{{${p}}}`);
        expect(filled).toBe(parts.map((part) => (part.startsWith('{{') ? values[part.slice(2, -2) as keyof typeof values] : part)).join(''));
      }),
    );
  });

  it('the timeline of a sample person lands every message in working time, in order, across the DST change', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2026, 2, 20), max: Date.UTC(2026, 3, 5) }), fc.constantFrom('Europe/Amsterdam', 'America/New_York'), fc.integer({ min: 0, max: 9 }), (ms, zone, days) => {
        const steps: JourneyStep[] = [message('a'), { id: 'w', kind: 'wait_days', days }, message('b'), { id: 'u', kind: 'wait_until', weekday: 1, time: '09:00' }, message('c')];
        const timeline = journeyTimeline(steps, new Date(ms), zone, rules);
        expect(timeline.map((t) => t.stepId)).toEqual(['a', 'w', 'b', 'u', 'c']);
        for (let i = 1; i < timeline.length; i += 1) expect(Date.parse(timeline[i]?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(timeline[i - 1]?.at ?? ''));
        for (const entry of timeline) expect(isWithinWorkingTime(new Date(entry.at), zone, rules)).toBe(true);
      }),
    );
  });
});
