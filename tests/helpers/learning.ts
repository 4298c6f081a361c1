import { createHmac, randomUUID } from 'node:crypto';
import { demoItems } from '../../server/demo/demo-learning';
import type { LearningKind, MicroContent } from '../../shared/schemas/learning';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../shared/schemas/integrations';
import type { TestContext } from './test-app';

/** The shared secret test contexts give the learning platform, for signed completion callbacks. */
export const TEST_PLATFORM_SECRET = 'test-platform-secret';

/** The cards of a real micro-training: the demo organisation's first one. */
function demoMicroContent(): MicroContent {
  const content = demoItems.find((item) => item.kind === 'micro')?.texts.en?.micro;
  if (!content) throw new Error('the demo offer has no English micro-training to borrow cards from');
  return content;
}

const DAY = 24 * 60 * 60_000;

/**
 * A published training for everyone, in English, written straight to the
 * database; a classroom training gets one session a week from now.
 */
export async function addLearningItem(ctx: TestContext, kind: LearningKind): Promise<{ id: string; sessionId: string | null }> {
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
      target_roles: '[]',
      target_department_ids: '[]',
      macro_url: kind === 'macro' ? 'https://learning.example/course' : null,
      macro_parts: kind === 'macro' ? 3 : null,
      published_at: at,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await ctx.deps.db
    .insertInto('learning_item_texts')
    .values({
      item_id: id,
      language: 'en',
      title: `A ${kind} training`,
      summary: 'For tests.',
      micro_content: kind === 'micro' ? JSON.stringify(demoMicroContent()) : null,
    })
    .execute();
  if (kind !== 'classroom') return { id, sessionId: null };
  const sessionId = randomUUID();
  const startsAt = new Date(now.getTime() + 7 * DAY);
  await ctx.deps.db
    .insertInto('classroom_sessions')
    .values({ id: sessionId, item_id: id, starts_at: startsAt.toISOString(), ends_at: new Date(startsAt.getTime() + 3_600_000).toISOString(), place: 'Room 1', seats: 10 })
    .execute();
  return { id, sessionId };
}

/** The headers that sign `rawBody` as the learning platform would, at the context's current time. */
export function platformSignature(ctx: TestContext, rawBody: string): Record<string, string> {
  const secret = ctx.deps.config.learningPlatformSecret;
  if (!secret) throw new Error('create the test context with { learningPlatformSecret: TEST_PLATFORM_SECRET }');
  const timestamp = String(Math.floor(ctx.clock().getTime() / 1000));
  const signature = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: `sha256=${signature}` };
}
