import type { EvaluationAnswer, EvaluationQuestion, EvaluationResults } from '../schemas/evaluations';
import { disclosure, meanOf, netPromoterScore } from './evaluation-disclosure';

/** A stored response: its day and its answers, nothing about who gave it. */
export interface StoredResponse {
  answeredOn: string;
  answers: readonly EvaluationAnswer[];
}

type QuestionResult = EvaluationResults['questions'][number];

const scaleOf = (question: EvaluationQuestion): number[] => {
  if (question.kind === 'likert') return [1, 2, 3, 4, 5];
  if (question.kind === 'nps') return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  if (question.kind === 'choice') return question.options.map((_, i) => i);
  return [];
};

const valuesFor = (question: EvaluationQuestion, responses: readonly StoredResponse[]) =>
  responses.flatMap((r) => r.answers.flatMap((a) => (a.questionId === question.id && 'value' in a ? [a.value] : [])));

const scoreOf = (question: EvaluationQuestion, values: readonly number[]) =>
  question.kind === 'likert' ? meanOf(values) : question.kind === 'nps' ? netPromoterScore(values) : null;

/**
 * Whether an answer fits its question: a whole number on the question's
 * scale (1–5, 0–10, an option's index) or a text for a free-text question.
 */
export function answerFits(question: EvaluationQuestion, answer: EvaluationAnswer): boolean {
  if (question.kind === 'text') return 'text' in answer;
  return 'value' in answer && scaleOf(question).includes(answer.value);
}

/**
 * One question's results over the responses under a filter (`total`: all
 * responses of the evaluation): its distribution and score only when the
 * filtered responses may be shown, comments only from 10, and a trend per
 * month where each month follows the same rule against the same total.
 */
export function summariseQuestion(question: EvaluationQuestion, responses: readonly StoredResponse[], total: number, language: 'nl' | 'en'): QuestionResult {
  const shown = disclosure(responses.length, total);
  const values = valuesFor(question, responses);
  const byMonth = new Map<string, StoredResponse[]>();
  for (const r of responses) byMonth.set(r.answeredOn.slice(0, 7), [...(byMonth.get(r.answeredOn.slice(0, 7)) ?? []), r]);
  const trend = [...byMonth.keys()].sort().map((period) => {
    const inPeriod = byMonth.get(period) ?? [];
    const periodShown = shown.scores && disclosure(inPeriod.length, total).scores;
    return { period, responses: periodShown ? inPeriod.length : null, score: periodShown ? scoreOf(question, valuesFor(question, inPeriod)) : null };
  });
  const label = (value: number) => (question.kind === 'choice' ? (question.options[value]?.[language] ?? String(value)) : String(value));
  const comments = responses.flatMap((r) => r.answers.flatMap((a) => (a.questionId === question.id && 'text' in a ? [a.text] : [])));
  return {
    questionId: question.id,
    kind: question.kind,
    text: question.text,
    distribution: shown.scores && question.kind !== 'text' ? scaleOf(question).map((value) => ({ value, label: label(value), count: values.filter((v) => v === value).length })) : null,
    score: shown.scores ? scoreOf(question, values) : null,
    comments: question.kind === 'text' && shown.comments ? [...comments].sort() : null,
    trend: question.kind === 'text' ? [] : trend,
  };
}
