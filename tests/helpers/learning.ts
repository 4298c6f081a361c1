import { createHmac, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { PersonRow } from '../../server/features/people/people.table';
import type { Language } from '../../shared/schemas/common';
import type { LearningEvent } from '../../shared/schemas/events';
import type { LearningKind, MicroContent } from '../../shared/schemas/learning';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../shared/schemas/integrations';
import type { CreatePerson, Role } from '../../shared/schemas/people';
import type { SyncResult } from '../../shared/schemas/events';
import { addPerson, signedInClient, type TestClient, type TestContext } from './test-app';

/** The shared secret test contexts give the learning platform, for signed completion callbacks. */
export const TEST_PLATFORM_SECRET = 'test-platform-secret';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

/**
 * Three cards in `language`: a text card and two questions (`q1`, `q2`), each
 * with one correct option. Every text names its language, so a test can see
 * which one it got.
 */
export function testMicroContent(language: Language): MicroContent {
  const question = (id: string) => ({
    kind: 'question' as const,
    id,
    prompt: `Question ${id} (${language})`,
    options: [
      { text: `Right (${language})`, correct: true, feedback: 'Yes.' },
      { text: `Wrong (${language})`, correct: false, feedback: 'No.' },
    ],
  });
  return { cards: [{ kind: 'text', title: `Card 1 (${language})`, body: `Read this (${language}).` }, question('q1'), question('q2')] };
}

export interface TestItemSpec {
  /** Default micro. */
  kind?: LearningKind;
  /** The languages it has texts in; default English only. */
  languages?: readonly Language[];
  /** Empty (the default) means every role. */
  targetRoles?: readonly Role[];
  /** Empty (the default) means every department. */
  targetDepartmentIds?: readonly string[];
  /** Default: now (the context's clock); null for a draft. */
  publishedAt?: string | null;
  /** For a macro-training; default 3. */
  macroParts?: number;
  /** For a classroom training; default one session a week from now with 10 seats. */
  sessions?: readonly { startsAt?: string; seats?: number }[];
}

/**
 * A training written straight to the database (no API route creates one),
 * with a title and summary per language, cards for a micro-training and
 * sessions for a classroom training.
 *
 * @example const { id } = await addItem(ctx, { languages: ['nl', 'en'], targetRoles: ['manager'] })
 */
export async function addItem(ctx: TestContext, spec: TestItemSpec = {}): Promise<{ id: string; sessionIds: string[] }> {
  const kind = spec.kind ?? 'micro';
  const now = ctx.clock();
  const at = now.toISOString();
  const id = randomUUID();
  await ctx.deps.db
    .insertInto('learning_items')
    .values({
      id,
      kind,
      duration_minutes: 10,
      competencies: '[]',
      target_roles: JSON.stringify(spec.targetRoles ?? []),
      target_department_ids: JSON.stringify(spec.targetDepartmentIds ?? []),
      macro_url: kind === 'macro' ? 'https://learning.example/course' : null,
      macro_parts: kind === 'macro' ? (spec.macroParts ?? 3) : null,
      published_at: spec.publishedAt === undefined ? at : spec.publishedAt,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await ctx.deps.db
    .insertInto('learning_item_texts')
    .values(
      (spec.languages ?? ['en']).map((language) => ({
        item_id: id,
        language,
        title: `A ${kind} training (${language})`,
        summary: 'For tests.',
        micro_content: kind === 'micro' ? JSON.stringify(testMicroContent(language)) : null,
      })),
    )
    .execute();
  if (kind !== 'classroom') return { id, sessionIds: [] };
  const sessions = (spec.sessions ?? [{}]).map((session) => {
    const startsAt = session.startsAt ?? new Date(now.getTime() + 7 * DAY).toISOString();
    const endsAt = new Date(Date.parse(startsAt) + HOUR).toISOString();
    return { id: randomUUID(), item_id: id, starts_at: startsAt, ends_at: endsAt, place: 'Room 1', seats: session.seats ?? 10 };
  });
  await ctx.deps.db.insertInto('classroom_sessions').values(sessions).execute();
  return { id, sessionIds: sessions.map((s) => s.id) };
}

/** A published training for everyone, in English; a classroom training gets one session a week from now. */
export async function addLearningItem(ctx: TestContext, kind: LearningKind): Promise<{ id: string; sessionId: string | null }> {
  const { id, sessionIds } = await addItem(ctx, { kind });
  return { id, sessionId: sessionIds[0] ?? null };
}

/**
 * A teaser written straight to the database, pointing at `itemId` (or at
 * nothing), with a hook per language that names the language.
 */
export async function addTeaser(
  ctx: TestContext,
  spec: { itemId?: string | null; publishedAt?: string | null; languages?: readonly Language[] } = {},
): Promise<string> {
  const at = ctx.clock().toISOString();
  const id = randomUUID();
  await ctx.deps.db
    .insertInto('teasers')
    .values({ id, item_id: spec.itemId ?? null, published_at: spec.publishedAt === undefined ? at : spec.publishedAt, created_at: at })
    .execute();
  await ctx.deps.db
    .insertInto('teaser_texts')
    .values((spec.languages ?? ['en']).map((language) => ({ teaser_id: id, language, hook: `A hook (${language})`, call_to_action: 'Open' })))
    .execute();
  return id;
}

/** A new person (an employee in Amsterdam speaking English, unless `input` says otherwise) and a client signed in as them. */
export async function addLearner(ctx: TestContext, input: Partial<CreatePerson> = {}): Promise<{ person: PersonRow; client: TestClient }> {
  const person = await addPerson(ctx, input);
  return { person, client: await signedInClient(ctx, person.id) };
}

/** An event as a test writes it: what it is about; id, time and zone are filled in unless given. */
export type EventDraft = Pick<LearningEvent, 'kind'> & Partial<LearningEvent>;

/**
 * Sends events as the app's outbox does, each with a new id, happening now in
 * Amsterdam unless the draft says otherwise; expects a 200 and returns the answer.
 *
 * @example await sendEvents(ctx, client, [{ kind: 'training_completed', itemId }])
 */
export async function sendEvents(ctx: TestContext, client: TestClient, drafts: readonly EventDraft[]): Promise<SyncResult> {
  const events = drafts.map((draft) => ({ id: randomUUID(), occurredAt: ctx.clock().toISOString(), timeZone: 'Europe/Amsterdam', ...draft }));
  const response = await client.post('/api/events', { events });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as SyncResult;
}

/**
 * The headers that sign `rawBody` as the learning platform would, at the
 * context's current time, with the context's secret (or with `secret`).
 */
export function platformSignature(ctx: TestContext, rawBody: string, secret = ctx.deps.config.learningPlatformSecret): Record<string, string> {
  if (!secret) throw new Error('create the test context with { learningPlatformSecret: TEST_PLATFORM_SECRET }');
  const timestamp = String(Math.floor(ctx.clock().getTime() / 1000));
  const signature = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: `sha256=${signature}` };
}
