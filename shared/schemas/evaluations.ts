import * as z from 'zod/mini';
import { blockOfText, identifier, idSchema, lineOfText } from './common';
import { named } from './registry';
import { listOf } from './strategy';

/*
 * Short evaluations (about five questions). Anonymous by construction: that
 * someone responded is kept apart from what they answered, answers carry no
 * person and only their day, and results show a score from 5 responses and
 * comments from 10 under every filter.
 */

export const MAX_QUESTIONS = 10;
export const SUGGESTED_QUESTIONS = 5;
export const QUESTION_KINDS = ['likert', 'nps', 'choice', 'text'] as const;
export const questionKindSchema = named('EvaluationQuestionKind', z.enum(QUESTION_KINDS));
export type QuestionKind = z.infer<typeof questionKindSchema>;

const twoLanguages = <S extends z.ZodMiniType>(schema: S) => z.strictObject({ nl: schema, en: schema });

export const evaluationQuestionSchema = named(
  'EvaluationQuestion',
  z.strictObject({
    id: identifier(40),
    kind: questionKindSchema,
    text: twoLanguages(lineOfText(3, 200)),
    /** The choices of a single-choice question (2 to 8); empty for other kinds. */
    options: z._default(listOf(twoLanguages(lineOfText(1, 80)), 0, 8), []),
  }),
);
export type EvaluationQuestion = z.infer<typeof evaluationQuestionSchema>;

/** When the card appears: after a training or a path, after N completed trainings, every N days, or some days after a campaign's kick-off. */
export const evaluationTriggerSchema = named(
  'EvaluationTrigger',
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('after_training'), itemId: idSchema }),
    z.strictObject({ kind: z.literal('after_path'), pathId: idSchema }),
    z.strictObject({ kind: z.literal('after_activities'), count: z.int().check(z.minimum(1), z.maximum(1000)) }),
    z.strictObject({ kind: z.literal('periodic'), everyDays: z.int().check(z.minimum(30), z.maximum(365)) }),
    z.strictObject({ kind: z.literal('campaign_milestone'), campaignId: idSchema, afterDays: z.int().check(z.minimum(0), z.maximum(365)) }),
  ]),
);
export type EvaluationTrigger = z.infer<typeof evaluationTriggerSchema>;

const questionsSchema = listOf(evaluationQuestionSchema, 1, MAX_QUESTIONS).check(
  z.refine((questions) => new Set(questions.map((q) => q.id)).size === questions.length, { error: 'Give every question its own id' }),
  z.refine((questions) => questions.every((q) => (q.kind === 'choice' ? q.options.length >= 2 : q.options.length === 0)), {
    error: 'A single-choice question has 2 to 8 options; other questions have none',
  }),
);

export const evaluationInputSchema = named(
  'EvaluationInput',
  z.strictObject({
    title: twoLanguages(lineOfText(3, 120)),
    questions: questionsSchema,
    trigger: evaluationTriggerSchema,
    /** Open: shown to people from now on; closed: no more responses. */
    status: z.enum(['draft', 'open', 'closed']),
  }),
);
export type EvaluationInput = z.infer<typeof evaluationInputSchema>;

export const adminEvaluationSchema = named(
  'AdminEvaluation',
  z.object({
    id: idSchema,
    title: z.object({ nl: z.string(), en: z.string() }),
    questions: z.array(evaluationQuestionSchema),
    trigger: evaluationTriggerSchema,
    status: z.enum(['draft', 'open', 'closed']),
    responses: z.int(),
    /** People who were shown it, responded or not. */
    reached: z.int(),
    createdAt: z.string(),
  }),
);
export type AdminEvaluation = z.infer<typeof adminEvaluationSchema>;
export const adminEvaluationListSchema = named('AdminEvaluationList', z.object({ evaluations: z.array(adminEvaluationSchema) }));

export const evaluationTemplatesSchema = named(
  'EvaluationTemplates',
  z.object({ templates: z.array(z.object({ topic: z.enum(['usability', 'offer', 'tips']), title: z.object({ nl: z.string(), en: z.string() }), questions: z.array(evaluationQuestionSchema) })) }),
);

/** The card a person sees: the evaluation in their language. */
export const myEvaluationSchema = named(
  'MyEvaluation',
  z.object({
    evaluation: z.nullable(
      z.object({
        id: idSchema,
        title: z.string(),
        questions: z.array(z.object({ id: z.string(), kind: questionKindSchema, text: z.string(), options: z.array(z.string()) })),
        /** Shown again after a reminder: the one second chance. */
        reminder: z.boolean(),
      }),
    ),
  }),
);
export type MyEvaluation = z.infer<typeof myEvaluationSchema>;

/** One answer: a number for a scale or a choice (the option's index), a text for a free-text question. */
export const evaluationAnswerSchema = z.union([
  z.strictObject({ questionId: identifier(40), value: z.int() }),
  z.strictObject({ questionId: identifier(40), text: blockOfText(1, 1000) }),
]);
export type EvaluationAnswer = z.infer<typeof evaluationAnswerSchema>;
export const evaluationResponseInputSchema = named('EvaluationResponseInput', z.strictObject({ answers: listOf(evaluationAnswerSchema, 0, MAX_QUESTIONS) }));

/** Filters for results; every one applies the same thresholds. */
export const evaluationFilterSchema = named(
  'EvaluationFilter',
  z.object({
    departmentId: z.optional(idSchema),
    teamId: z.optional(idSchema),
    role: z.optional(z.enum(['employee', 'manager', 'admin'])),
    itemId: z.optional(idSchema),
  }),
);
export type EvaluationFilter = z.infer<typeof evaluationFilterSchema>;

const periodSchema = z.object({ period: z.string(), responses: z.nullable(z.int()), score: z.nullable(z.number()) });

export const questionResultSchema = z.object({
  questionId: z.string(),
  kind: questionKindSchema,
  text: z.object({ nl: z.string(), en: z.string() }),
  /** Count per scale point or option; null when withheld. */
  distribution: z.nullable(z.array(z.object({ value: z.int(), label: z.string(), count: z.int() }))),
  /** The mean (Likert), the NPS (−100..100), or null (choice, text, withheld). */
  score: z.nullable(z.number()),
  /** Free-text comments, only from 10 responses; null when withheld. */
  comments: z.nullable(z.array(z.string())),
  /** Per month; a month under 5 responses shows nothing. */
  trend: z.array(periodSchema),
});

export const evaluationResultsSchema = named(
  'EvaluationResults',
  z.object({
    evaluationId: idSchema,
    filter: evaluationFilterSchema,
    /** How many responses fall under the filter; null when fewer than 5 (or when the rest would be fewer than 5). */
    responses: z.nullable(z.int()),
    withheld: z.boolean(),
    commentsWithheld: z.boolean(),
    questions: z.array(questionResultSchema),
  }),
);
export type EvaluationResults = z.infer<typeof evaluationResultsSchema>;

export const remindersSentSchema = named('RemindersSent', z.object({ reminded: z.int() }));

export const reactionInputSchema = named('TrainingReactionInput', z.strictObject({ useful: z.boolean() }));
export const reactionCountsSchema = named(
  'TrainingReactions',
  z.object({ trainings: z.array(z.object({ itemId: idSchema, title: z.string(), useful: z.int(), notUseful: z.int() })) }),
);
