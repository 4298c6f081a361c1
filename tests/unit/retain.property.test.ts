import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../shared/domain/csv-cell';
import { disclosure, MIN_RESPONSES_FOR_COMMENTS, netPromoterScore } from '../../shared/domain/evaluation-disclosure';
import { EVALUATION_GAP_DAYS, nextEvaluation, type Participation } from '../../shared/domain/evaluation-eligibility';
import { summariseQuestion } from '../../shared/domain/evaluation-results';
import { MIN_GROUP_SIZE } from '../../shared/domain/group-privacy';
import { ideaVisible } from '../../shared/domain/idea-visibility';
import { storyAuthor } from '../../shared/domain/story-author';
import { STORY_DISPLAYS } from '../../shared/schemas/stories';
import { AMBASSADOR_HEAD_START_DAYS, IDEA_STATUSES } from '../../shared/schemas/ideas';
import type { EvaluationQuestion } from '../../shared/schemas/evaluations';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T09:00:00Z');

describe('evaluation disclosure', () => {
  it('never shows scores under 5, comments under 10, or anything that leaves 1 to 4 responses to subtraction', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), (filtered, extra) => {
        const total = filtered + extra;
        const shown = disclosure(filtered, total);
        if (shown.scores) expect(filtered).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
        if (shown.comments) expect(filtered).toBeGreaterThanOrEqual(MIN_RESPONSES_FOR_COMMENTS);
        if (shown.comments) expect(shown.scores).toBe(true);
        if (extra > 0 && extra < MIN_GROUP_SIZE) expect(shown).toEqual({ scores: false, comments: false });
        if (filtered >= MIN_RESPONSES_FOR_COMMENTS && (extra === 0 || extra >= MIN_GROUP_SIZE)) expect(shown).toEqual({ scores: true, comments: true });
      }),
    );
  });

  it('gives an NPS between −100 and 100', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (values) => {
      const nps = netPromoterScore(values) ?? Number.NaN;
      expect(nps).toBeGreaterThanOrEqual(-100);
      expect(nps).toBeLessThanOrEqual(100);
    }));
  });

  it('shows a month of a trend only when that month may be shown on its own', () => {
    const question: EvaluationQuestion = { id: 'q', kind: 'likert', text: { nl: 'V', en: 'Q' }, options: [] };
    const response = fc.record({ answeredOn: fc.constantFrom('2026-01-15', '2026-02-15', '2026-03-15'), answers: fc.constant([{ questionId: 'q', value: 3 }]) });
    fc.assert(
      fc.property(fc.array(response, { maxLength: 30 }), fc.nat(10), (responses, extra) => {
        const result = summariseQuestion(question, responses, responses.length + extra, 'en');
        for (const period of result.trend) {
          const inPeriod = responses.filter((r) => r.answeredOn.startsWith(period.period)).length;
          if (period.score !== null) expect(disclosure(inPeriod, responses.length + extra).scores && disclosure(responses.length, responses.length + extra).scores).toBe(true);
        }
        if (!disclosure(responses.length, responses.length + extra).scores) expect(result.distribution).toBeNull();
      }),
    );
  });
});

describe('one evaluation per 30 days', () => {
  const participation = fc.record({
    evaluationId: fc.constantFrom('a', 'b', 'c'),
    round: fc.constantFrom(0, 1),
    shownAt: fc.integer({ min: NOW - 90 * DAY, max: NOW }).map((t) => new Date(t).toISOString()),
    dismissedAt: fc.constant(null),
    remindedAt: fc.constant(null),
    respondedOn: fc.constantFrom(null, '2026-05-01'),
  });
  it('starts a new evaluation only when none was shown in the last 30 days', () => {
    fc.assert(
      fc.property(fc.uniqueArray(participation, { selector: (p) => `${p.evaluationId}-${p.round}` }), fc.subarray(['a', 'b', 'c', 'd']), (participations: Participation[], due) => {
        const next = nextEvaluation(due.map((evaluationId) => ({ evaluationId, round: 0 })), participations, new Date(NOW));
        if (next?.isNew) {
          for (const p of participations) expect(NOW - Date.parse(p.shownAt)).toBeGreaterThanOrEqual(EVALUATION_GAP_DAYS * DAY);
        }
        // Never one already answered.
        if (next) expect(participations.some((p) => p.evaluationId === next.evaluationId && p.round === next.round && p.respondedOn !== null)).toBe(false);
      }),
    );
  });
});

describe('csv cells', () => {
  it('never begin with a character a spreadsheet runs, and read back as the text given', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
        expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false);
        expect(unquoted).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      }),
    );
    expect(csvText([['=1+1', 2]])).toBe("'=1+1,2\r\n");
  });
});

describe('story author', () => {
  it('shows nothing of an author who chose to be anonymous, and at most the first name otherwise', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STORY_DISPLAYS), fc.stringMatching(/^[A-Z][a-z]+ [A-Z][a-z]+$/), fc.option(fc.string(), { nil: null }), (display, name, department) => {
        const shown = storyAuthor(display, name, department);
        if (display === 'anonymous') expect(shown).toEqual({ name: null, department: null });
        if (display === 'first_name_department') expect(shown.name).toBe(name.split(' ')[0]);
        if (display === 'full_name') expect(shown).toEqual({ name, department: null });
      }),
    );
  });
});

describe('ideas ambassadors see first', () => {
  it('are always shown to their author and to ambassadors, and to everyone once old enough or answered', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDEA_STATUSES), fc.integer({ min: 0, max: 10 * DAY }), fc.boolean(), fc.boolean(), (status, age, isAuthor, seesNewFirst) => {
        const visible = ideaVisible({ status, createdAt: new Date(NOW - age).toISOString() }, { isAuthor, seesNewFirst }, new Date(NOW));
        if (isAuthor || seesNewFirst || status !== 'new' || age >= AMBASSADOR_HEAD_START_DAYS * DAY) expect(visible).toBe(true);
        else expect(visible).toBe(false);
      }),
    );
  });
});
