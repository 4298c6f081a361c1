import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifyPerson, type Notice } from '../../server/features/push/notify';
import { fanOut } from '../../server/features/push/fan-out';
import { parseRetryAfter } from '../../server/features/push/push-sender';
import { subscriptionPages } from '../../server/features/push/push.repository';
import type { PersonRow } from '../../server/features/people/people.table';
import { pushMessageSchema } from '../../shared/schemas/push';
import { testDatabases } from '../helpers/databases';
import { startPushRig, subscribeDevice, TEST_VAPID_SUBJECT, type PushRig } from '../helpers/push';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

const notice: Notice = {
  kind: 'moment_reminder',
  title: 'Time for your learning moment',
  body: 'Three minutes on safe lifting',
  url: '/training/00000000-0000-4000-8000-000000000001?source=push',
  tag: 'learning-moment',
  ttlSeconds: 3600,
  urgency: 'normal',
};

describe.each(testDatabases())('web push to a local push service ($name)', (kind) => {
  let ctx: TestContext;
  let rig: PushRig;
  let person: PersonRow;
  let client: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind, { vapidSubject: TEST_VAPID_SUBJECT });
  });
  afterAll(() => ctx.close());
  beforeEach(async () => {
    rig = await startPushRig(ctx);
    person = await addPerson(ctx);
    client = await signedInClient(ctx, person.id);
  });
  afterEach(() => rig.close());

  const notify = () => notifyPerson({ db: ctx.deps.db, sender: rig.sender, log: ctx.deps.log }, person, notice, ctx.clock());

  it('delivers an encrypted payload with a valid VAPID token, TTL and urgency, to every device', async () => {
    const phone = await subscribeDevice(client, rig.service);
    const tablet = await subscribeDevice(client, rig.service);
    const result = await notify();
    expect(result.outcome).toBe('pushed');
    expect(rig.service.rejections).toEqual([]);
    expect(rig.service.deliveries.map((d) => d.token).sort()).toEqual([phone, tablet].map((s) => s.endpoint.split('/').pop()).sort());
    for (const delivery of rig.service.deliveries) {
      const message = pushMessageSchema.parse(JSON.parse(delivery.payload));
      expect(message).toMatchObject({ title: notice.title, body: notice.body, url: notice.url, tag: 'learning-moment', id: result.notificationId });
      expect(delivery.headers.ttl).toBe('3600');
      expect(delivery.headers.urgency).toBe('normal');
      expect(delivery.jwt.sub).toBe(TEST_VAPID_SUBJECT);
      expect(delivery.jwt.aud).toBe(rig.service.origin);
    }
  });

  it('lists a pushed message in the inbox as sent and already seen, and what waited for the app as unread', async () => {
    const device = await subscribeDevice(client, rig.service);
    const pushed = await notify();
    rig.service.answer(device, { status: 410 });
    const waiting = await notify();
    expect([pushed.outcome, waiting.outcome]).toEqual(['pushed', 'inbox']);
    const inbox = (await (await client.get('/api/me/inbox')).json()) as { items: Array<{ id: string; pushed: boolean; read: boolean }>; unread: number };
    expect(inbox.unread).toBe(1);
    const seen = Object.fromEntries(inbox.items.map((i) => [i.id, { pushed: i.pushed, read: i.read }]));
    expect(seen).toEqual({ [pushed.notificationId]: { pushed: true, read: true }, [waiting.notificationId]: { pushed: false, read: false } });
  });

  it('fans one message out to every stored device a page at a time, removing the dead ones', async () => {
    // Only this test's devices: earlier tests' rigs are closed.
    await ctx.deps.db.deleteFrom('push_subscriptions').execute();
    const devices = [];
    for (let i = 0; i < 7; i += 1) devices.push(await subscribeDevice(client, rig.service));
    const dead = devices[3];
    if (!dead) throw new Error('no device');
    rig.service.answer(dead, { status: 410 });
    const pageSizes: number[] = [];
    async function* pagesOfThree() {
      for await (const page of subscriptionPages(ctx.deps.db, 3)) {
        pageSizes.push(page.length);
        yield page;
      }
    }
    const payload = JSON.stringify({ title: 'Kick-off!', body: 'Het nieuwe leeraanbod is er.' });
    const result = await fanOut({ db: ctx.deps.db, sender: rig.sender }, pagesOfThree(), payload, { ttlSeconds: 60, urgency: 'normal' }, 2);
    expect(result).toEqual({ delivered: 6, gone: 1, failed: 0 });
    expect(pageSizes).toEqual([3, 3, 1]);
    expect(rig.service.deliveries.map((d) => d.payload)).toEqual(Array.from({ length: 6 }, () => payload));
    expect(rig.service.rejections).toEqual([]);
    expect(rig.sender.signatures).toBe(1);
    const left = await ctx.deps.db.selectFrom('push_subscriptions').select('id').where('person_id', '=', person.id).execute();
    expect(left.map((r) => r.id).sort()).toEqual(devices.filter((d) => d !== dead).map((d) => d.id).sort());
  });

  it('signs one VAPID JWT per push-service origin, not one per message', async () => {
    await subscribeDevice(client, rig.service);
    for (let i = 0; i < 3; i += 1) await notify();
    expect(rig.service.deliveries).toHaveLength(3);
    expect(rig.sender.signatures).toBe(1);
  });

  it.each([404, 410])('removes a subscription the push service answers %i for', async (status) => {
    const dead = await subscribeDevice(client, rig.service);
    const alive = await subscribeDevice(client, rig.service);
    rig.service.answer(dead, { status });
    const result = await notify();
    expect(result.devices.find((d) => d.subscriptionId === dead.id)?.status).toBe('gone');
    const left = await ctx.deps.db.selectFrom('push_subscriptions').select('id').where('person_id', '=', person.id).execute();
    expect(left.map((r) => r.id)).toEqual([alive.id]);
  });

  it('retries 429 honouring Retry-After, and 5xx with growing backoff', async () => {
    const device = await subscribeDevice(client, rig.service);
    rig.service.answer(device, { status: 429, retryAfter: '7' }, { status: 503 }, { status: 500 });
    const result = await notify();
    expect(result.outcome).toBe('pushed');
    expect(result.devices[0]?.attempts).toBe(4);
    expect(rig.delays).toEqual([7000, 2000, 4000]);
    expect(rig.service.deliveries).toHaveLength(1);
  });

  it('gives up after the last attempt and keeps the message in the in-app inbox', async () => {
    const device = await subscribeDevice(client, rig.service);
    rig.service.answer(device, { status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const result = await notify();
    expect(result.outcome).toBe('inbox');
    const inbox = (await (await client.get('/api/me/inbox')).json()) as { items: Array<{ id: string; url: string }>; unread: number };
    expect(inbox.items.map((i) => i.id)).toEqual([result.notificationId]);
    expect(inbox.unread).toBe(1);
    expect((await client.post('/api/me/inbox/read')).status).toBe(200);
    expect(((await (await client.get('/api/me/inbox')).json()) as { unread: number }).unread).toBe(0);
  });

  it('puts the reminder in the inbox when the person has no device', async () => {
    const result = await notify();
    expect(result.outcome).toBe('inbox');
    expect(((await (await client.get('/api/me/inbox')).json()) as { unread: number }).unread).toBe(1);
  });

  it('pushes at most the weekly cap (3 by default) across senders; the rest waits in the inbox', async () => {
    await subscribeDevice(client, rig.service);
    const outcomes = [];
    for (let i = 0; i < 4; i += 1) outcomes.push((await notifyPerson({ db: ctx.deps.db, sender: rig.sender, log: ctx.deps.log }, person, { ...notice, kind: i % 2 ? 'kickoff' : 'moment_reminder' }, ctx.clock())).outcome);
    expect(outcomes).toEqual(['pushed', 'pushed', 'pushed', 'capped']);
    expect(rig.service.deliveries).toHaveLength(3);
    // A new ISO week in the person's zone: pushes again.
    const nextWeek = new Date(ctx.clock().getTime() + 7 * 86_400_000);
    expect((await notifyPerson({ db: ctx.deps.db, sender: rig.sender, log: ctx.deps.log }, person, notice, nextWeek)).outcome).toBe('pushed');
  });

  it('puts on the app badge what waits in the inbox besides the pushed message', async () => {
    await notify();
    await notify();
    await subscribeDevice(client, rig.service);
    await notify();
    const [delivery] = rig.service.deliveries;
    expect(pushMessageSchema.parse(JSON.parse(delivery?.payload ?? '{}')).badgeCount).toBe(2);
  });

  it('keeps the weekly cap when several senders push to the same person at the same moment', async () => {
    await subscribeDevice(client, rig.service);
    const senders = Array.from({ length: 6 }, () => notify());
    const outcomes = (await Promise.all(senders)).map((r) => r.outcome).sort();
    expect(outcomes).toEqual(['capped', 'capped', 'capped', 'pushed', 'pushed', 'pushed']);
    expect(rig.service.deliveries).toHaveLength(3);
  });

  it('gives a push that no device took back to the week: it does not count towards the cap', async () => {
    const device = await subscribeDevice(client, rig.service);
    rig.service.answer(device, { status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    expect((await notify()).outcome).toBe('inbox');
    const outcomes = [];
    for (let i = 0; i < 3; i += 1) outcomes.push((await notify()).outcome);
    expect(outcomes).toEqual(['pushed', 'pushed', 'pushed']);
  });

  it('unsubscribes a device; an unknown or foreign id is 404', async () => {
    const device = await subscribeDevice(client, rig.service);
    const other = await signedInClient(ctx, (await addPerson(ctx)).id);
    expect((await other.delete(`/api/me/push-subscriptions/${device.id}`)).status).toBe(404);
    expect((await client.delete(`/api/me/push-subscriptions/${device.id}`)).status).toBe(200);
    expect((await notify()).outcome).toBe('inbox');
    expect(rig.service.deliveries).toHaveLength(0);
  });

  it('retires a device that has not opened the app for longer than the admin allows; re-sending the subscription keeps it', async () => {
    const idle = await subscribeDevice(client, rig.service);
    const active = await subscribeDevice(client, rig.service);
    ctx.clock.advance(61 * 86_400_000);
    await client.request('PUT', '/api/me/push-subscriptions', { endpoint: active.endpoint, keys: active.keys });
    const result = await notify();
    expect(result.devices.map((d) => d.subscriptionId)).toEqual([active.id]);
    const ids = (await ctx.deps.db.selectFrom('push_subscriptions').select('id').where('person_id', '=', person.id).execute()).map((r) => r.id);
    expect(ids).toEqual([active.id]);
    expect(ids).not.toContain(idle.id);
  });

  it('gives the VAPID public key that the push service checks against', async () => {
    const { publicKey } = (await (await client.get('/api/push/public-key')).json()) as { publicKey: string };
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65);
    await subscribeDevice(client, rig.service);
    await notify();
    expect(rig.service.deliveries[0]?.headers.authorization).toContain(`k=${publicKey}`);
  });
});

describe('Retry-After', () => {
  const now = new Date('2026-03-02T09:00:00Z');
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
