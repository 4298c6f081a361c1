import { randomUUID } from 'node:crypto';
import { createCompetition } from '../../server/features/competitions/competitions.service';
import { createPrize } from '../../server/features/prizes/prizes.service';
import type { CreateCompetition, PrizeKind } from '../../shared/schemas/rewards';
import type { TestContext } from './test-app';

const DAY = 86_400_000;

/** A prize written through the service, 10 in stock unless told. */
export async function addPrize(ctx: TestContext, input: { kind?: PrizeKind; name?: string; stock?: number } = {}) {
  return createPrize(ctx.deps.db, { kind: input.kind ?? 'voucher', name: input.name ?? 'Gift voucher', description: 'A voucher', stock: input.stock ?? 10 }, ctx.clock());
}

/**
 * A competition around the context's clock: by default running from 10 days
 * ago until 20 days from now; `ended` moves it to the past.
 */
export async function addCompetition(ctx: TestContext, input: Partial<CreateCompetition> & { ended?: boolean } = {}) {
  const now = ctx.clock().getTime();
  const prizeId = input.prizeId ?? (await addPrize(ctx)).id;
  const { ended, ...rest } = input;
  return createCompetition(
    ctx.deps.db,
    {
      rule: 'top_learners',
      title: `Competition ${randomUUID().slice(0, 6)}`,
      prizeId,
      startsAt: new Date(now - (ended ? 40 : 10) * DAY).toISOString(),
      endsAt: new Date(now + (ended ? -1 : 20) * DAY).toISOString(),
      targetDepartmentIds: [],
      targetTeamIds: [],
      targetRoles: [],
      targetLanguages: [],
      targetGroupIds: [],
      winners: 1,
      ticketsPerWeek: 1,
      ticketCap: 10,
      milestoneWeeks: 10,
      ...rest,
    },
    ctx.clock(),
  );
}

/** An award written straight to the database, for access tests; `claimed` marks it claimed. */
export async function addAward(ctx: TestContext, personId: string, options: { claimed?: boolean } = {}) {
  const competition = await addCompetition(ctx, { ended: true });
  const id = randomUUID();
  const at = ctx.clock().toISOString();
  await ctx.deps.db
    .insertInto('awards')
    .values({ id, competition_id: competition.id, person_id: personId, prize_id: competition.prize.id, position: 1, awarded_at: at, seen_at: null, claimed_at: options.claimed ? at : null, handed_over_at: null })
    .execute();
  // Settled, so reading rewards does not settle it again over this hand-made award.
  await ctx.deps.db.updateTable('competitions').set({ settled_at: at }).where('id', '=', competition.id).execute();
  return id;
}

/** A recognition of `personId` by `managerId`, written straight to the database. */
export async function addRecognition(ctx: TestContext, personId: string, managerId: string, campaignId: string | null = null) {
  const id = randomUUID();
  await ctx.deps.db
    .insertInto('recognitions')
    .values({ id, person_id: personId, manager_id: managerId, manager_name: 'A Manager', message: 'Helps everyone learn', campaign_id: campaignId, share_with_team: 0, decided_at: null, created_at: ctx.clock().toISOString() })
    .execute();
  return id;
}

/**
 * Learning written straight to the database: `points` earned at `at` (a
 * finished training, which counts for the streak and raffle weeks too).
 */
export async function addPoints(ctx: TestContext, personId: string, at: string, points: number) {
  await ctx.deps.db
    .insertInto('learning_events')
    .values({
      id: randomUUID(),
      person_id: personId,
      kind: 'training_completed',
      item_id: null,
      teaser_id: null,
      question_id: null,
      correct: null,
      part: null,
      award_key: null,
      occurred_at: new Date(at).toISOString(),
      time_zone: 'Europe/Amsterdam',
      received_at: new Date(at).toISOString(),
      points,
    })
    .execute();
}

/** `n` ISO-week steps back from `from`, one learning moment in each (oldest first). */
export function weeklyMoments(from: Date, n: number): string[] {
  return Array.from({ length: n }, (_, i) => new Date(from.getTime() - (n - 1 - i) * 7 * DAY).toISOString());
}
