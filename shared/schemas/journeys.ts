import * as z from 'zod/mini';
import { idSchema, languageSchema, lineOfText, blockOfText } from './common';
import { targetGroupsSchema } from './audience';
import { named } from './registry';

/*
 * Drip journeys as the workspace edits them. The shape is checked here; what
 * makes a journey unsendable as a whole (a loop, a missing text, an unknown
 * placeholder, a negative wait) is shared/domain/journey.ts's
 * journeyProblems, answered as 422 with the problems listed.
 */

const stepId = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, 'Step ids are 1–40 lowercase letters, digits or dashes'));

export const messageTextSchema = z.strictObject({
  subject: z.optional(lineOfText(0, 200)),
  hook: lineOfText(0, 400),
  body: blockOfText(0, 5000),
});

export const journeyTriggerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('joined') }),
  z.strictObject({ kind: z.literal('campaign_kickoff'), campaignId: idSchema }),
  z.strictObject({ kind: z.literal('completed_item'), itemId: idSchema }),
  z.strictObject({ kind: z.literal('inactive_weeks'), weeks: z.int().check(z.minimum(1), z.maximum(52)) }),
  z.strictObject({ kind: z.literal('date'), at: z.iso.datetime() }),
  z.strictObject({ kind: z.literal('entered_group'), groupId: idSchema }),
]);

const branchConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('joined') }),
  z.strictObject({ kind: z.literal('completed_item'), itemId: idSchema }),
  z.strictObject({ kind: z.literal('opened_previous') }),
]);

export const journeyStepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id: stepId, kind: z.literal('wait_days'), days: z.int().check(z.maximum(365)) }),
  z.strictObject({ id: stepId, kind: z.literal('wait_until'), weekday: z.int(), time: z.string().check(z.maxLength(5)) }),
  z.strictObject({
    id: stepId,
    kind: z.enum(['email', 'push', 'in_app']),
    texts: z.strictObject({ nl: z.optional(messageTextSchema), en: z.optional(messageTextSchema) }),
    itemId: z.optional(z.nullable(idSchema)),
    /** An app path the link leads to instead of an item, e.g. a story's /s/<code>. */
    link: z.optional(z.nullable(z.string().check(z.maxLength(200), z.regex(/^\/[A-Za-z0-9/_?=&.-]*$/, 'A link is a path in the app, such as /s/abc123')))),
  }),
  z.strictObject({ id: stepId, kind: z.literal('branch'), condition: branchConditionSchema, then: z.nullable(stepId), otherwise: z.nullable(stepId) }),
]);

export const journeyGoalSchema = z.nullable(
  z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('completed_item'), itemId: idSchema }), z.strictObject({ kind: z.literal('joined') })]),
);

export const journeyInputSchema = named(
  'JourneyInput',
  z.strictObject({
    name: lineOfText(1, 120),
    trigger: journeyTriggerSchema,
    steps: z.array(journeyStepSchema).check(z.maxLength(40)),
    goal: journeyGoalSchema,
    /** How many hours late a step may still go out after every instance was down. */
    catchUpHours: z._default(z.int().check(z.minimum(0), z.maximum(24 * 14)), 24),
    audience: z._default(targetGroupsSchema, { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] }),
    /** A saved target group the journey is for; when set, the group's rules decide who may enter (and `audience` must then be empty). */
    groupId: z._default(z.nullable(idSchema), null),
  }),
);
export type JourneyInput = z.infer<typeof journeyInputSchema>;

export const journeyStatusSchema = z.enum(['draft', 'active', 'paused']);

export const journeySchema = named(
  'Journey',
  z.object({
    id: idSchema,
    name: z.string(),
    status: journeyStatusSchema,
    trigger: journeyTriggerSchema,
    steps: z.array(journeyStepSchema),
    goal: journeyGoalSchema,
    catchUpHours: z.int(),
    audience: targetGroupsSchema,
    /** The saved target group the journey is for, or null (then `audience` decides). */
    groupId: z.nullable(idSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
    activatedAt: z.nullable(z.string()),
  }),
);
export type Journey = z.infer<typeof journeySchema>;

export const journeyListSchema = named('JourneyList', z.object({ journeys: z.array(journeySchema) }));
export const journeyStatusInputSchema = named('JourneyStatusInput', z.strictObject({ status: journeyStatusSchema }));

export const renderedMessageSchema = z.object({ stepId: z.string(), kind: z.enum(['email', 'push', 'in_app']), language: languageSchema, subject: z.string(), hook: z.string(), body: z.string() });
export const journeyPreviewSchema = named(
  'JourneyPreview',
  z.object({
    messages: z.array(renderedMessageSchema),
    /** What one sample person (you) receives when, branches taking their "no" side. */
    timeline: z.array(z.object({ stepId: z.string(), kind: z.string(), at: z.string() })),
    /** The sample person's time zone, in which the timeline's moments are read. */
    timeZone: z.string(),
  }),
);
export type JourneyPreview = z.infer<typeof journeyPreviewSchema>;

export const testSendInputSchema = named('JourneyTestSendInput', z.strictObject({ stepId: stepId, language: languageSchema }));

const stepFigures = z.object({
  stepId: z.string(),
  kind: z.string(),
  sent: z.int(),
  delivered: z.int(),
  bounced: z.int(),
  clicked: z.int(),
  skippedLate: z.int(),
  waiting: z.int(),
});
export const journeyFiguresSchema = named(
  'JourneyFigures',
  z.object({
    entered: z.int(),
    goalReached: z.int(),
    exited: z.int(),
    unsubscribed: z.int(),
    sentPerChannel: z.object({ email: z.int(), push: z.int(), in_app: z.int() }),
    steps: z.array(stepFigures),
  }),
);
export type JourneyFigures = z.infer<typeof journeyFiguresSchema>;
