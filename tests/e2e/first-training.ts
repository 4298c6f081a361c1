import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import type { E2eEnvironment } from './harness';

/**
 * Records a finished micro-training for the person signed in to `context`,
 * through the app's own sync route, as a phone's outbox would: the install
 * offer waits for a first finished training, so screens that show it need one.
 */
export async function finishFirstTraining(env: E2eEnvironment, context: BrowserContext): Promise<void> {
  const item = await env.server.database.db.selectFrom('learning_items').select('id').where('kind', '=', 'micro').orderBy('id').executeTakeFirstOrThrow();
  const csrf = (await context.cookies()).find((c) => c.name === 'leerlust_csrf')?.value ?? '';
  const event = { id: randomUUID(), kind: 'training_completed', occurredAt: new Date().toISOString(), timeZone: 'Europe/Amsterdam', itemId: item.id };
  const response = await context.request.post('/api/events', { data: { events: [event] }, headers: { 'x-csrf-token': csrf } });
  if (!response.ok()) throw new Error(`finishing a training failed: ${response.status()} ${await response.text()}`);
}
