import { expect } from 'vitest';
import type { StoryDisplay } from '../../shared/schemas/stories';
import { addItem } from './learning';
import { addPerson, signedInClient, TestClient, type TestContext } from './test-app';

/** A published micro-training and a story about it by `author`, approved by an admin unless `approve` is false. */
export async function addStory(ctx: TestContext, author: TestClient, options: { display?: StoryDisplay; approve?: boolean; itemId?: string; title?: string } = {}) {
  const itemId = options.itemId ?? (await addItem(ctx)).id;
  const body = { title: options.title ?? 'Lifting without back pain', body: 'After the three-minute training I lift clients with the new grip, and my back is fine.', itemId, display: options.display ?? 'full_name' };
  const written = await author.post('/api/me/stories', body);
  expect(written.status, await written.clone().text()).toBe(201);
  const { id } = (await written.json()) as { id: string };
  const row = await ctx.deps.db.selectFrom('stories').select('code').where('id', '=', id).executeTakeFirstOrThrow();
  if (options.approve !== false) {
    const admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
    expect((await admin.post(`/api/admin/stories/${id}/approve`)).status).toBe(200);
  }
  return { id, code: row.code, itemId };
}

/** Signs `email` (a person not yet joined) in through a magic link asked for with `via`, as the sign-in page does. */
export async function joinVia(ctx: TestContext, email: string, via: string): Promise<TestClient> {
  const browser = new TestClient(ctx.app);
  expect((await browser.post('/api/auth/magic-link', { email, via })).status).toBe(202);
  const link = ctx.sentMail.at(-1)?.text.match(/https?:\/\/\S+/)?.[0] ?? '';
  const fragment = new URLSearchParams(new URL(link).hash.slice(1));
  expect((await browser.post('/api/auth/session', { token: fragment.get('token'), via: fragment.get('via') })).status).toBe(200);
  return browser;
}

/** The inbox notices of one kind a person has. */
export async function noticesOf(ctx: TestContext, personId: string, kind: string) {
  return ctx.deps.db.selectFrom('notifications').select(['title', 'body']).where('person_id', '=', personId).where('kind', '=', kind).execute();
}
