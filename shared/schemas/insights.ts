import * as z from 'zod/mini';
import { named } from './registry';
import { idSchema } from './common';

export const planPhases = ['inform', 'activate', 'retain'] as const;
export const planPhaseSchema = named('PlanPhase', z.enum(planPhases));
export type PlanPhase = z.infer<typeof planPhaseSchema>;

/** Every point of the campaign planner's checklists (shared/domain/campaign-plan.ts says when each is done). */
export const planPointCodes = [
  'strategy',
  'wiifm',
  'expect',
  'intake',
  'target_groups',
  'channels',
  'posters',
  'kickoff',
  'teasers',
  'journey',
  'moment_default',
  'reward',
  'stories',
  'evaluation',
] as const;
export const planPointCodeSchema = named('PlanPointCode', z.enum(planPointCodes));
export type PlanPointCode = z.infer<typeof planPointCodeSchema>;

export const planPointSchema = named(
  'PlanPoint',
  z.object({
    code: planPointCodeSchema,
    /** not_available: the part that would do this is not built (yet); never counted as done. */
    status: z.enum(['done', 'open', 'not_available']),
    /** What is missing, named by the data itself (a group's name, a language code); the workspace words the point. */
    missing: z.array(z.string()),
    /** Where in the workspace it is fixed. */
    fix: z.string(),
  }),
);
export type PlanPoint = z.infer<typeof planPointSchema>;

export const campaignPlanSchema = named(
  'CampaignPlan',
  z.object({
    campaignId: idSchema,
    name: z.string(),
    phases: z.array(z.object({ phase: planPhaseSchema, points: z.array(planPointSchema) })),
    done: z.int(),
    open: z.int(),
  }),
);
export type CampaignPlan = z.infer<typeof campaignPlanSchema>;

export const funnelBreakdowns = ['channel', 'group', 'week', 'training'] as const;
export const funnelBreakdownSchema = named('FunnelBreakdown', z.enum(funnelBreakdowns));
export type FunnelBreakdown = z.infer<typeof funnelBreakdownSchema>;

/** The people stages, in funnel order, and the other figures a view may show. */
export const funnelColumns = ['reached', 'visits', 'joined', 'installed', 'reminders', 'firstTraining', 'active', 'retained', 'started', 'completed', 'rate', 'medianMinutes', 'reactionScore'] as const;
export const funnelColumnSchema = named('FunnelColumn', z.enum(funnelColumns));
export type FunnelColumn = z.infer<typeof funnelColumnSchema>;

const localDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD'));

export const funnelQuerySchema = named(
  'FunnelQuery',
  z.object({
    breakdown: z._default(funnelBreakdownSchema, 'channel'),
    /** The weeks shown (local dates, inclusive); by default the campaign's own run. At most two years. */
    from: z.optional(localDate),
    to: z.optional(localDate),
  }),
);
export type FunnelQuery = z.infer<typeof funnelQuerySchema>;

/** A figure withheld because fewer than 5 people stand behind it (or it would give such a figure away) is null. */
const cell = z.nullable(z.number());

export const funnelSchema = named(
  'Funnel',
  z.object({
    campaignId: idSchema,
    breakdown: funnelBreakdownSchema,
    from: z.string(),
    to: z.string(),
    /** The campaign's funnel: each stage's people (visits are scans and clicks, not people). */
    stages: z.array(z.object({ stage: funnelColumnSchema, value: cell })),
    /** Median days from joining to installing and to a first finished training; null under 5 people. */
    medianDays: z.object({ joinedToInstalled: cell, joinedToFirstTraining: cell }),
    columns: z.array(funnelColumnSchema),
    rows: z.array(
      z.object({
        key: z.string(),
        /** A poster's placement, a link's channel, a department, a week (YYYY-Www) or a training's title. */
        label: z.string(),
        kind: z.enum(['poster', 'channel_link', 'story', 'journey_step', 'direct', 'department', 'week', 'training']),
        cells: z.array(cell),
      }),
    ),
    /** Each column's total over the rows, where it adds up (null otherwise or withheld). */
    totals: z.array(cell),
    /** When the rollups were last brought up to date. */
    foldedAt: z.nullable(z.string()),
  }),
);
export type Funnel = z.infer<typeof funnelSchema>;

export const teamFunnelSchema = named(
  'TeamFunnel',
  z.object({
    teamId: z.nullable(idSchema),
    stages: z.array(z.object({ stage: funnelColumnSchema, value: cell })),
  }),
);
export type TeamFunnel = z.infer<typeof teamFunnelSchema>;
