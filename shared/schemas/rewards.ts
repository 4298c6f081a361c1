import * as z from 'zod/mini';
import { blockOfText, idSchema, languageSchema, lineOfText, webUrl } from './common';
import { roleSchema } from './people';
import { named } from './registry';

export const prizeKindSchema = named('PrizeKind', z.enum(['voucher', 'clothing', 'training', 'other']));
export type PrizeKind = z.infer<typeof prizeKindSchema>;

export const prizeSchema = named(
  'Prize',
  z.object({ id: idSchema, kind: prizeKindSchema, name: z.string(), description: z.string(), imageUrl: z.nullable(z.string()), stock: z.int() }),
);
export type Prize = z.infer<typeof prizeSchema>;
export const prizeListSchema = named('PrizeList', z.object({ prizes: z.array(prizeSchema) }));

const imageUrlSchema = z.nullable(webUrl(500));
const stockSchema = z.int().check(z.minimum(0), z.maximum(100_000));

export const createPrizeSchema = named(
  'CreatePrize',
  z.strictObject({
    kind: prizeKindSchema,
    name: lineOfText(1, 80),
    description: blockOfText(0, 1000),
    imageUrl: z.optional(imageUrlSchema),
    stock: stockSchema,
  }),
);
export type CreatePrize = z.infer<typeof createPrizeSchema>;

export const updatePrizeSchema = named(
  'UpdatePrize',
  z.strictObject({
    name: z.optional(lineOfText(1, 80)),
    description: z.optional(blockOfText(0, 1000)),
    imageUrl: z.optional(imageUrlSchema),
    stock: z.optional(stockSchema),
  }),
);
export type UpdatePrize = z.infer<typeof updatePrizeSchema>;

export const competitionRuleSchema = named('CompetitionRule', z.enum(['top_learners', 'raffle', 'milestone']));
export type CompetitionRule = z.infer<typeof competitionRuleSchema>;

/** upcoming → running → ended (waiting for the winners to be fixed or drawn) → settled. Milestones award while running. */
export const competitionStatusSchema = named('CompetitionStatus', z.enum(['upcoming', 'running', 'ended', 'settled']));
export type CompetitionStatus = z.infer<typeof competitionStatusSchema>;

const instant = z.iso.datetime({ offset: true });

export const createCompetitionSchema = named(
  'CreateCompetition',
  z.strictObject({
    rule: competitionRuleSchema,
    title: lineOfText(1, 100),
    prizeId: idSchema,
    startsAt: instant,
    endsAt: instant,
    /** Target groups, as campaigns have them: a person is eligible when they match every non-empty list. All empty: everyone except admins. */
    targetDepartmentIds: z._default(z.array(idSchema).check(z.maxLength(100)), []),
    targetTeamIds: z._default(z.array(idSchema).check(z.maxLength(100)), []),
    targetRoles: z._default(z.array(roleSchema).check(z.maxLength(3)), []),
    targetLanguages: z._default(z.array(languageSchema).check(z.maxLength(2)), []),
    /** Saved target groups: a person in at least one of them (and matching the lists above). */
    targetGroupIds: z._default(z.array(idSchema).check(z.maxLength(20)), []),
    /** Top learners: how many win. Raffle: how many prizes are drawn. */
    winners: z._default(z.int().check(z.minimum(1), z.maximum(100)), 1),
    ticketsPerWeek: z._default(z.int().check(z.minimum(1), z.maximum(10)), 1),
    ticketCap: z._default(z.int().check(z.minimum(1), z.maximum(100)), 10),
    milestoneWeeks: z._default(z.int().check(z.minimum(1), z.maximum(52)), 10),
  }),
);
export type CreateCompetition = z.infer<typeof createCompetitionSchema>;

export const competitionSchema = named(
  'Competition',
  z.object({
    id: idSchema,
    rule: competitionRuleSchema,
    title: z.string(),
    prize: prizeSchema,
    startsAt: z.string(),
    endsAt: z.string(),
    status: competitionStatusSchema,
    targetDepartmentIds: z.array(idSchema),
    targetTeamIds: z.array(idSchema),
    targetRoles: z.array(roleSchema),
    targetLanguages: z.array(languageSchema),
    targetGroupIds: z.array(idSchema),
    winners: z.int(),
    ticketsPerWeek: z.int(),
    ticketCap: z.int(),
    milestoneWeeks: z.int(),
    /** Raffle: SHA-256 of the secret seed, published when the raffle opens. */
    commitment: z.nullable(z.string()),
    settledAt: z.nullable(z.string()),
  }),
);
export type Competition = z.infer<typeof competitionSchema>;
export const competitionListSchema = named('CompetitionList', z.object({ competitions: z.array(competitionSchema) }));

/** Where the person stands in one competition: only their own figures. */
export const myStandingSchema = named(
  'MyStanding',
  z.object({
    eligible: z.boolean(),
    /** Top learners: points earned in the period, and place (null without points). */
    points: z.optional(z.int()),
    position: z.optional(z.nullable(z.int())),
    /** Raffle: tickets earned so far (capped) and the person's own pseudonymous holder code. */
    tickets: z.optional(z.int()),
    holderCode: z.optional(z.string()),
    /** Milestone: weeks in a row so far and whether it was reached; prizes left. */
    weeksInARow: z.optional(z.int()),
    reached: z.optional(z.boolean()),
    stockLeft: z.optional(z.int()),
  }),
);

export const awardSchema = named(
  'Award',
  z.object({
    id: idSchema,
    competitionId: idSchema,
    competitionTitle: z.string(),
    prize: prizeSchema,
    position: z.int(),
    awardedAt: z.string(),
    claimedAt: z.nullable(z.string()),
    handedOverAt: z.nullable(z.string()),
  }),
);
export type Award = z.infer<typeof awardSchema>;

export const myRewardsSchema = named(
  'MyRewards',
  z.object({
    competitions: z.array(
      z.object({
        id: idSchema,
        rule: competitionRuleSchema,
        title: z.string(),
        status: competitionStatusSchema,
        startsAt: z.string(),
        endsAt: z.string(),
        winners: z.int(),
        ticketCap: z.int(),
        milestoneWeeks: z.int(),
        prize: prizeSchema,
        commitment: z.nullable(z.string()),
        mine: myStandingSchema,
      }),
    ),
    awards: z.array(awardSchema),
  }),
);
export type MyRewards = z.infer<typeof myRewardsSchema>;

export const ticketHolderSchema = named('TicketHolder', z.object({ holder: z.string(), tickets: z.int() }));

/** Everything needed to check a raffle: before the draw only the commitment. */
export const publishedDrawSchema = named(
  'PublishedDraw',
  z.object({
    competitionId: idSchema,
    title: z.string(),
    commitment: z.string(),
    prizes: z.int(),
    drawnAt: z.nullable(z.string()),
    seed: z.nullable(z.string()),
    tickets: z.nullable(z.array(ticketHolderSchema)),
    winners: z.nullable(z.array(z.string())),
    /** The asking person's own holder code, so they can find themselves in the list. */
    myHolderCode: z.nullable(z.string()),
  }),
);
export type PublishedDrawView = z.infer<typeof publishedDrawSchema>;

/** An award as the admin hands it over. */
export const adminAwardSchema = named(
  'AdminAward',
  z.object({ ...awardSchema.shape, personId: idSchema, personName: z.string() }),
);
export const adminAwardListSchema = named('AdminAwardList', z.object({ awards: z.array(adminAwardSchema) }));

/** What rewards store about a person, as it appears in their data export (spread into PersonalDataExport). */
export const rewardsExportShape = {
  leaderboardOptIn: z.nullable(z.object({ optedInAt: z.string() })),
  awards: z.array(
    z.object({
      competitionId: idSchema,
      competitionTitle: z.string(),
      prizeName: z.string(),
      position: z.int(),
      awardedAt: z.string(),
      claimedAt: z.nullable(z.string()),
      handedOverAt: z.nullable(z.string()),
    }),
  ),
  roleModelRecognitions: z.array(z.object({ managerName: z.string(), message: z.string(), shared: z.boolean(), createdAt: z.string(), campaignId: z.nullable(z.string()) })),
};
