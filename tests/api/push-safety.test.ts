import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publicOnlyLookup } from '../../server/features/push/endpoint-policy';
import { fanOut } from '../../server/features/push/fan-out';
import { notifyPerson, type Notice } from '../../server/features/push/notify';
import { subscriptionPages } from '../../server/features/push/push.repository';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { startPushRig, subscribeDevice, TEST_VAPID_SUBJECT, type PushRig } from '../helpers/push';
import { addPerson, createTestContext, signedInClient, type TestContext } from '../helpers/test-app';

const notice: Notice = { kind: 'campaign_reveal', title: 'New', body: 'See', url: '/?source=push', tag: 'reveal', ttlSeconds: 60, urgency: 'normal' };

/** 65 bytes that look like an uncompressed P-256 key (0x04, x, y) but are no point on the curve. */
function offCurveKey(): string {
  return Buffer.concat([Buffer.from([4]), randomBytes(64)]).toString('base64url');
}

describe.each(testDatabases())('push subscriptions that cannot hurt anyone else ($name)', (kind) => {
  let ctx: TestContext;
  let rig: PushRig;

  beforeAll(async () => {
    ctx = await createTestContext(kind, { vapidSubject: TEST_VAPID_SUBJECT });
  });
  afterAll(() => ctx.close());
  beforeEach(async () => {
    rig = await startPushRig(ctx);
    await ctx.deps.db.deleteFrom('push_subscriptions').execute();
  });
  afterEach(() => rig.close());

  const learner = async () => {
    const person = await addPerson(ctx);
    return { person, client: await signedInClient(ctx, person.id) };
  };

  /** A device stored as it was before keys were checked at registration. */
  async function storeDirectly(personId: string, endpoint: string, p256dh: string) {
    const at = ctx.clock().toISOString();
    await ctx.deps.db
      .insertInto('push_subscriptions')
      .values({ id: randomUUID(), person_id: personId, endpoint, p256dh, auth: randomBytes(16).toString('base64url'), created_at: at, last_seen_at: at })
      .execute();
  }

  it('refuses a key that is no P-256 point, or a short auth secret, with 400 at registration', async () => {
    const { client } = await learner();
    const good = rig.service.subscribe();
    await expectApiError(await client.request('PUT', '/api/me/push-subscriptions', { endpoint: good.endpoint, keys: { ...good.keys, p256dh: offCurveKey() } }), 400, 'invalid_subscription');
    const shortAuth = randomBytes(12).toString('base64url');
    await expectApiError(await client.request('PUT', '/api/me/push-subscriptions', { endpoint: good.endpoint, keys: { ...good.keys, auth: shortAuth } }), 400, 'invalid_subscription');
    expect(await ctx.deps.db.selectFrom('push_subscriptions').select('id').execute()).toEqual([]);
  });

  it('gives every other device and person the message when one stored key is bad, and fails only that device', async () => {
    const first = await learner();
    const broken = await learner();
    const last = await learner();
    const firstPhone = await subscribeDevice(first.client, rig.service);
    await storeDirectly(broken.person.id, `${rig.service.origin}/push/broken`, offCurveKey());
    const brokenTablet = await subscribeDevice(broken.client, rig.service);
    const lastPhone = await subscribeDevice(last.client, rig.service);

    const fanned = await fanOut({ db: ctx.deps.db, sender: rig.sender }, subscriptionPages(ctx.deps.db, 2), '{}', { ttlSeconds: 60, urgency: 'normal' });
    expect(fanned).toEqual({ delivered: 3, gone: 0, failed: 1 });

    rig.service.deliveries.length = 0;
    const results = [];
    for (const { person } of [first, broken, last]) results.push(await notifyPerson({ db: ctx.deps.db, sender: rig.sender, log: ctx.deps.log }, person, notice, ctx.clock()));
    expect(results.map((r) => r.outcome)).toEqual(['pushed', 'pushed', 'pushed']);
    expect(results[1]?.devices.map((d) => d.status).sort()).toEqual(['delivered', 'failed']);
    const tokens = rig.service.deliveries.map((d) => d.token).sort();
    expect(tokens).toEqual([firstPhone, brokenTablet, lastPhone].map((s) => s.endpoint.split('/').pop()).sort());
  });

  it('keeps an endpoint with the person who registered it first until they remove it', async () => {
    const owner = await learner();
    const other = await learner();
    const device = await subscribeDevice(owner.client, rig.service);
    const body = { endpoint: device.endpoint, keys: device.keys };

    await expectApiError(await other.client.request('PUT', '/api/me/push-subscriptions', body), 409, 'endpoint_taken');
    const stored = await ctx.deps.db.selectFrom('push_subscriptions').select(['id', 'person_id']).where('endpoint', '=', device.endpoint).execute();
    expect(stored).toEqual([{ id: device.id, person_id: owner.person.id }]);
    expect((await owner.client.request('PUT', '/api/me/push-subscriptions', body)).status).toBe(200);

    expect((await owner.client.delete(`/api/me/push-subscriptions/${device.id}`)).status).toBe(200);
    expect((await other.client.request('PUT', '/api/me/push-subscriptions', body)).status).toBe(200);
  });
});

describe.each(testDatabases())('push endpoints only on public https hosts ($name)', (kind) => {
  let ctx: TestContext;
  let rig: PushRig;

  // No trusted hosts: as in production, where the loopback test push service is just another private address.
  beforeAll(async () => {
    ctx = await createTestContext(kind, { vapidSubject: TEST_VAPID_SUBJECT, pushTrustedHosts: [] });
  });
  afterAll(() => ctx.close());
  beforeEach(async () => {
    rig = await startPushRig(ctx);
  });
  afterEach(() => rig.close());

  it.each([
    'http://push.example.com/send/1',
    'https://127.0.0.1/send/1',
    'https://10.1.2.3/send/1',
    'https://192.168.1.10/send/1',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/send/1',
    'https://[fd00:ec2::254]/send/1',
    'https://[::ffff:127.0.0.1]/send/1',
    'https://localhost/send/1',
    'https://metadata.google.internal/computeMetadata/v1',
    'https://intranet/send/1',
  ])('refuses %s at registration with 400', async (endpoint) => {
    const person = await addPerson(ctx);
    const client = await signedInClient(ctx, person.id);
    const { keys } = rig.service.subscribe();
    await expectApiError(await client.request('PUT', '/api/me/push-subscriptions', { endpoint, keys }), 400, 'invalid_subscription');
  });

  it('accepts a public https endpoint', async () => {
    const person = await addPerson(ctx);
    const client = await signedInClient(ctx, person.id);
    const { keys } = rig.service.subscribe();
    expect((await client.request('PUT', '/api/me/push-subscriptions', { endpoint: 'https://fcm.googleapis.com/fcm/send/abc', keys })).status).toBe(200);
  });

  it('sends nothing to a private address at send time (a device stored before the check, or the test service itself)', async () => {
    const device = rig.service.subscribe();
    const outcome = await rig.sender.send(device, '{}', { ttlSeconds: 60, urgency: 'normal' });
    expect(outcome).toMatchObject({ status: 'failed', httpStatus: null, attempts: 0 });
    expect(rig.service.requestCount).toBe(0);
  });

  it('refuses a name that resolves to a private address when connecting, unless the host is trusted', async () => {
    const resolve = (trusted: string[]) =>
      new Promise<{ error: NodeJS.ErrnoException | null; address: string }>((done) =>
        publicOnlyLookup(trusted)('localhost', {}, (error, address) => done({ error, address: String(address) })),
      );
    expect((await resolve([])).error?.code).toBe('ENOTPUBLIC');
    expect(await resolve(['localhost'])).toMatchObject({ error: null, address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) });
  });
});
