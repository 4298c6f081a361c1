import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrate';
import { pushSenderFor } from '../../server/features/push/push-service';
import { vapidKeys } from '../../server/features/push/vapid';
import { createMemoryLogger } from '../../server/http/logger';
import { loadConfig } from '../../server/config';
import { planMissingReminders } from '../../server/jobs/reminder-plan';
import { runDueJobs } from '../../server/jobs/reminder-scheduler';
import { POSTGRES_ADMIN_URL } from '../helpers/databases';
import { TEST_VAPID_SUBJECT } from '../helpers/push';
import { startPushService, type FakePushService } from '../helpers/push-service';

// As many as a large hospital group: exactly once must hold at scale, not only for a handful.
const PEOPLE = 20_000;
const DUE = new Date('2026-03-03T09:00:00Z'); // Tuesday 10:00 in Amsterdam

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Two server instances = two connection pools on one PostgreSQL database,
 * each running the scheduler tick at the same moment. Deliveries are counted
 * at the push service, the only place that sees what really went out.
 */
describe.runIf(inject('postgresAvailable'))('two scheduler instances on one PostgreSQL database', () => {
  const name = `leerlust_sched_${randomBytes(5).toString('hex')}`;
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  let service: FakePushService;

  beforeAll(async () => {
    await admin(`create database ${name}`);
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    a = connectDatabase({ databaseUrl: url.toString(), sqliteFile: '', poolSize: 8 });
    b = connectDatabase({ databaseUrl: url.toString(), sqliteFile: '', poolSize: 8 });
    await migrateToLatest(a.db);
    const keys = await vapidKeys(a.db, loadConfig({}), DUE);
    service = await startPushService({ vapidPublicKey: keys.publicKey, clock: () => DUE });
    const at = '2026-03-01T00:00:00Z';
    for (let start = 0; start < PEOPLE; start += 500) {
      const batch = Array.from({ length: Math.min(500, PEOPLE - start) }, (_, i) => ({ id: randomUUID(), n: start + i }));
      await a.db
        .insertInto('people')
        .values(batch.map(({ id, n }) => ({ id, email: `p${n}@test.example`, name: `P ${n}`, role: 'employee' as const, language: 'en' as const, time_zone: 'Europe/Amsterdam', created_at: at })))
        .execute();
      await a.db
        .insertInto('learning_moments')
        .values(batch.map(({ id }) => ({ person_id: id, weekdays: '[2]', start_time: '10:00', duration_minutes: 30, form: 'online' as const, topic: null, updated_at: at })))
        .execute();
      await a.db
        .insertInto('push_subscriptions')
        .values(
          batch.map(({ id }) => {
            const device = service.subscribe();
            return { id: randomUUID(), person_id: id, endpoint: device.endpoint, p256dh: device.keys.p256dh, auth: device.keys.auth, created_at: at, last_seen_at: at };
          }),
        )
        .execute();
    }
    // Planned the day before, as a running server would have.
    await planMissingReminders(a.db, new Date('2026-03-02T09:00:00Z'));
  }, 120_000);

  afterAll(async () => {
    await service?.close();
    await a?.destroy();
    await b?.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await admin(`drop database if exists ${name} with (force)`);
  });

  it(`sends each of ${PEOPLE} due reminders exactly once`, async () => {
    const config = { ...loadConfig({ PUSH_TRUSTED_HOSTS: '127.0.0.1' }), vapidSubject: TEST_VAPID_SUBJECT };
    const log = createMemoryLogger();
    const senderA = await pushSenderFor(a.db, config, () => DUE, log);
    const senderB = await pushSenderFor(b.db, config, () => DUE, log);
    // Both plan (idempotently) and then both claim, at the same instant.
    const [ra, rb] = await Promise.all([
      runDueJobs({ db: a.db, dialect: 'postgres', sender: senderA, log, instanceId: 'instance-a' }, DUE),
      runDueJobs({ db: b.db, dialect: 'postgres', sender: senderB, log, instanceId: 'instance-b' }, DUE),
    ]);
    senderA.close();
    senderB.close();
    expect(service.rejections).toEqual([]);
    expect(service.deliveries).toHaveLength(PEOPLE);
    expect(new Set(service.deliveries.map((d) => d.token)).size).toBe(PEOPLE);
    expect(ra.claimed + rb.claimed).toBe(PEOPLE);
    // Both instances did part of the work: the claims really ran side by side.
    expect(ra.claimed).toBeGreaterThan(0);
    expect(rb.claimed).toBeGreaterThan(0);
    const jobs = await a.db.selectFrom('reminder_jobs').select(['outcome']).where('occurrence_at', '=', DUE.toISOString()).execute();
    expect(jobs).toHaveLength(PEOPLE);
    expect(jobs.every((j) => j.outcome === 'sent')).toBe(true);
    // A later tick by either instance sends nothing again.
    const again = await runDueJobs({ db: b.db, dialect: 'postgres', sender: senderB, log, instanceId: 'instance-b' }, new Date(DUE.getTime() + 60_000));
    expect(again.claimed).toBe(0);
  }, 180_000);
});
