import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveMyMoment } from '../../server/features/moments/moments.service';
import { saveMomentSettings, defaultMomentSettings } from '../../server/features/moments/moment-settings';
import { runDueJobs, type SchedulerDeps } from '../../server/jobs/reminder-scheduler';
import { pushMessageSchema } from '../../shared/schemas/push';
import type { MomentSlotInput } from '../../shared/schemas/moments';
import { testDatabases } from '../helpers/databases';
import { addItem, addTeaser } from '../helpers/learning';
import { startPushRig, subscribeDevice, TEST_VAPID_SUBJECT, type PushRig } from '../helpers/push';
import { addPerson, createTestContext, signedInClient, type TestContext } from '../helpers/test-app';

const slot = (weekdays: number[], startTime: string, durationMinutes = 30): MomentSlotInput => ({ weekdays, startTime, durationMinutes, form: 'online', topic: null });
const MINUTE = 60_000;

describe.each(testDatabases())('reminder scheduler ($name)', (kind) => {
  let ctx: TestContext;
  let rig: PushRig;
  let deps: SchedulerDeps;

  beforeAll(async () => {
    ctx = await createTestContext(kind, { vapidSubject: TEST_VAPID_SUBJECT });
  });
  afterAll(() => ctx.close());
  beforeEach(async () => {
    rig = await startPushRig(ctx);
    deps = { db: ctx.deps.db, dialect: ctx.deps.dialect, sender: rig.sender, log: ctx.deps.log, instanceId: 'test-a' };
    await saveMomentSettings(ctx.deps.db, defaultMomentSettings, ctx.clock());
  });
  afterEach(() => rig.close());

  /** A person in `timeZone` with a device at the local push service and this learning moment. */
  async function personWithMoment(timeZone: string, moment: MomentSlotInput, at: string) {
    ctx.clock.set(at);
    const person = await addPerson(ctx, { timeZone });
    const device = await subscribeDevice(await signedInClient(ctx, person.id), rig.service);
    await saveMyMoment(ctx.deps.db, person, moment, ctx.clock());
    return { person, token: device.endpoint.split('/').pop() ?? '' };
  }

  const deliveriesTo = (token: string) => rig.service.deliveries.filter((d) => d.token === token);

  /** Ticks one minute before each instant (nothing may arrive) and at it (exactly one more must). */
  async function expectRemindersAt(token: string, instants: string[]) {
    for (const instant of instants) {
      const before = deliveriesTo(token).length;
      await runDueJobs(deps, new Date(Date.parse(instant) - MINUTE));
      expect(deliveriesTo(token).length, `nothing before ${instant}`).toBe(before);
      await runDueJobs(deps, new Date(instant));
      expect(deliveriesTo(token).length, `one at ${instant}`).toBe(before + 1);
    }
  }

  it('fires at the slot across the spring and autumn changes in Europe/Amsterdam', async () => {
    const { token } = await personWithMoment('Europe/Amsterdam', slot([1], '10:00'), '2026-03-20T12:00:00Z');
    // Monday 10:00: CET (UTC+1) on 23 March, CEST (UTC+2) after 29 March.
    await expectRemindersAt(token, ['2026-03-23T09:00:00Z', '2026-03-30T08:00:00Z']);
    const { token: autumn } = await personWithMoment('Europe/Amsterdam', slot([1], '10:00'), '2026-10-14T12:00:00Z');
    await expectRemindersAt(autumn, ['2026-10-19T08:00:00Z', '2026-10-26T09:00:00Z']);
  });

  it('fires at the slot across the changes in America/New_York (other dates, other offsets)', async () => {
    const { token } = await personWithMoment('America/New_York', slot([1, 3], '09:30'), '2026-03-03T12:00:00Z');
    // DST starts 8 March: EST (UTC-5) → EDT (UTC-4).
    await expectRemindersAt(token, ['2026-03-04T14:30:00Z', '2026-03-09T13:30:00Z', '2026-03-11T13:30:00Z']);
    const { token: autumn } = await personWithMoment('America/New_York', slot([1], '09:30'), '2026-10-28T12:00:00Z');
    // DST ends 1 November.
    await expectRemindersAt(autumn, ['2026-11-02T14:30:00Z']);
  });

  it('sends a personal teaser for the next micro-training meant for the person, with a deep link to it', async () => {
    ctx.clock.set('2026-05-01T08:00:00Z');
    const item = await addItem(ctx, { kind: 'micro' });
    await addTeaser(ctx, { itemId: item.id });
    const { token } = await personWithMoment('Europe/Amsterdam', slot([1], '11:00'), '2026-05-01T09:00:00Z');
    await runDueJobs(deps, new Date('2026-05-04T09:00:00Z'));
    const [delivery] = deliveriesTo(token);
    const message = pushMessageSchema.parse(JSON.parse(delivery?.payload ?? '{}'));
    expect(message).toMatchObject({ title: 'Time for your learning moment', body: 'A hook (en)', url: `/training/${item.id}?source=push`, tag: 'learning-moment' });
  });

  it('sends nothing outside working hours or on a day off', async () => {
    const evening = await personWithMoment('Europe/Amsterdam', slot([2], '19:00'), '2026-06-01T08:00:00Z');
    await saveMomentSettings(ctx.deps.db, { daysOff: ['2026-06-04'] }, ctx.clock());
    const holiday = await personWithMoment('Europe/Amsterdam', slot([4], '10:00'), '2026-06-01T08:00:00Z');
    const result = await runDueJobs(deps, new Date('2026-06-02T17:00:00Z'));
    expect(result.outcomes).toMatchObject({ quiet: 1 });
    await runDueJobs(deps, new Date('2026-06-04T08:00:00Z'));
    expect(deliveriesTo(evening.token)).toHaveLength(0);
    expect(deliveriesTo(holiday.token)).toHaveLength(0);
    // The next week's Thursday is a working day again.
    await runDueJobs(deps, new Date('2026-06-11T08:00:00Z'));
    expect(deliveriesTo(holiday.token)).toHaveLength(1);
  });

  it('holds the weekly cap: past it the reminder waits in the in-app inbox', async () => {
    await saveMomentSettings(ctx.deps.db, { weeklyPushCap: 2 }, ctx.clock());
    const { person, token } = await personWithMoment('Europe/Amsterdam', slot([1, 3, 5], '10:00'), '2026-09-04T12:00:00Z');
    for (const at of ['2026-09-07T08:00:00Z', '2026-09-09T08:00:00Z', '2026-09-11T08:00:00Z']) await runDueJobs(deps, new Date(at));
    expect(deliveriesTo(token)).toHaveLength(2);
    const inbox = await ctx.deps.db.selectFrom('notifications').select('kind').where('person_id', '=', person.id).where('pushed_at', 'is', null).execute();
    expect(inbox).toEqual([{ kind: 'moment_reminder' }]);
    await runDueJobs(deps, new Date('2026-09-14T08:00:00Z'));
    expect(deliveriesTo(token)).toHaveLength(3);
  });

  it('sends nothing to people who left, and plans nothing more for them', async () => {
    const { person, token } = await personWithMoment('Europe/Amsterdam', slot([2], '10:00'), '2026-04-01T12:00:00Z');
    await ctx.deps.db.updateTable('people').set({ left_at: '2026-04-02T00:00:00Z' }).where('id', '=', person.id).execute();
    await runDueJobs(deps, new Date('2026-04-07T08:00:00Z'));
    await runDueJobs(deps, new Date('2026-04-14T08:00:00Z'));
    expect(deliveriesTo(token)).toHaveLength(0);
    const pending = await ctx.deps.db.selectFrom('reminder_jobs').select('id').where('person_id', '=', person.id).where('done_at', 'is', null).execute();
    expect(pending).toEqual([]);
  });

  it('after a restart: sends a missed reminder still within its window, drops and logs one past it, never repeats one', async () => {
    const late = await personWithMoment('Europe/Amsterdam', slot([3], '10:00', 30), '2026-04-20T12:00:00Z');
    const tooLate = await personWithMoment('Europe/Amsterdam', slot([3], '09:00', 30), '2026-04-20T12:00:00Z');
    // "Down" from before 09:00 until 10:20 local: the 10:00 moment is still on, the 09:00 one is over.
    const restarted: SchedulerDeps = { ...deps, instanceId: 'after-restart' };
    const result = await runDueJobs(restarted, new Date('2026-04-22T08:20:00Z'));
    expect(result.outcomes).toMatchObject({ sent: 1, dropped: 1 });
    expect(deliveriesTo(late.token)).toHaveLength(1);
    expect(deliveriesTo(tooLate.token)).toHaveLength(0);
    expect((ctx.deps.log as { lines?: string[] }).lines?.some((line) => line.includes('reminder dropped'))).toBe(true);
    await runDueJobs(restarted, new Date('2026-04-22T08:21:00Z'));
    await runDueJobs({ ...deps, instanceId: 'third-start' }, new Date('2026-04-22T08:25:00Z'));
    expect(deliveriesTo(late.token)).toHaveLength(1);
  });

  it('moves the pending reminder when the person changes their slot', async () => {
    const { person, token } = await personWithMoment('Europe/Amsterdam', slot([2], '10:00'), '2026-02-02T12:00:00Z');
    await saveMyMoment(ctx.deps.db, person, slot([4], '14:00'), ctx.clock());
    await runDueJobs(deps, new Date('2026-02-03T09:00:00Z'));
    expect(deliveriesTo(token)).toHaveLength(0);
    await runDueJobs(deps, new Date('2026-02-05T13:00:00Z'));
    expect(deliveriesTo(token)).toHaveLength(1);
  });
});
