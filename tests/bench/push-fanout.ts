import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { generate } from 'selfsigned';
import webpush from 'web-push';
import { loadConfig } from '../../server/config';
import { connectDatabase } from '../../server/db/connect';
import type { Database } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { loadDemoOrganisation } from '../../server/demo/demo-organisation';
import { fanOut } from '../../server/features/push/fan-out';
import { pushSenderFor } from '../../server/features/push/push-service';
import { subscriptionPages } from '../../server/features/push/push.repository';
import { runDueJobs } from '../../server/jobs/reminder-scheduler';
import { quietLogger } from './bench-server';
import { startChildServer } from './child-process';
import type { Bench } from './figures';

const REMINDERS = 10_000;
/** Due at once through the scheduler: the budget is for 100,000 in a minute, on one core. */
const SCHEDULED = 100_000;
/** Rows per INSERT while seeding: well under SQLite's bound-parameter limit. */
const SEED_CHUNK = 500;
const ENCRYPT_SECONDS = 3;
/** A Tuesday, 10:00 in Amsterdam: inside the demo organisation's working hours. */
const NOW = new Date('2026-12-01T09:00:00Z');
const MB = 1024 * 1024;

interface DeviceKeys {
  p256dh: string;
  auth: string;
}

/** A real browser-style key pair: every message still gets its own ECDH and AES-GCM, as for distinct devices. */
function deviceKeys(): DeviceKeys {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}

/** People numbered `from` to `to` − 1, each with a learning moment, a reminder due now and one device at the local push service. */
async function seedReminders(db: Kysely<Database>, origin: string, keys: DeviceKeys, from: number, to: number): Promise<void> {
  const at = NOW.toISOString();
  const due = new Date(NOW.getTime() - 60_000).toISOString();
  const expires = new Date(NOW.getTime() + 3_600_000).toISOString();
  for (let start = from; start < to; start += SEED_CHUNK) {
    const ids = Array.from({ length: Math.min(SEED_CHUNK, to - start) }, () => randomUUID());
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('people')
        .values(
          ids.map((id, i) => ({
            id,
            email: `fanout${start + i}@bench.example`,
            name: `Fan-out ${start + i}`,
            role: 'employee' as const,
            language: 'nl' as const,
            time_zone: 'Europe/Amsterdam',
            department_id: null,
            team_id: null,
            manager_id: null,
            created_at: at,
            joined_at: at,
            left_at: null,
          })),
        )
        .execute();
      await trx
        .insertInto('learning_moments')
        .values(ids.map((id) => ({ person_id: id, weekdays: '[2]', start_time: '09:59', duration_minutes: 30, form: 'online' as const, topic: null, updated_at: at })))
        .execute();
      await trx
        .insertInto('reminder_jobs')
        .values(
          ids.map((id) => ({
            id: randomUUID(),
            person_id: id,
            occurrence_at: due,
            due_at: due,
            expires_at: expires,
            claimed_at: null,
            claimed_by: null,
            done_at: null,
            outcome: null,
            last_error: null,
          })),
        )
        .execute();
      await trx
        .insertInto('push_subscriptions')
        .values(ids.map((id, i) => ({ id: randomUUID(), person_id: id, endpoint: `${origin}/push/${start + i}`, ...keys, created_at: at, last_seen_at: at })))
        .execute();
    });
  }
}

/** web-push's own encryption of one message (no VAPID: nothing signed), as many times as fit in `seconds`. */
function encryptionAlone(endpoint: string, keys: DeviceKeys, payload: string, seconds: number): { perSecond: number; count: number } {
  const subscription = { endpoint, keys };
  for (let i = 0; i < 200; i += 1) webpush.generateRequestDetails(subscription, payload);
  const started = performance.now();
  let count = 0;
  while (performance.now() - started < seconds * 1000) {
    for (let i = 0; i < 50; i += 1) webpush.generateRequestDetails(subscription, payload);
    count += 50;
  }
  return { perSecond: count / ((performance.now() - started) / 1000), count };
}

/** Peak RSS and heap while `work` runs, sampled every 20 ms, beside the values just before. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; before: NodeJS.MemoryUsage; peakRss: number; peakHeap: number }> {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const timer = setInterval(sample, 20);
  try {
    const result = await work();
    sample();
    return { result, before, peakRss, peakHeap };
  } finally {
    clearInterval(timer);
  }
}

function receivedBy(origin: string, agent: https.Agent): Promise<number> {
  return new Promise((done, fail) => {
    https
      .get(`${origin}/count`, { agent }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => done((JSON.parse(body) as { received: number }).received));
      })
      .on('error', fail);
  });
}

/** The reminder as a device receives it: one JSON document of the usual size. */
function reminderPayload(): string {
  return JSON.stringify({
    id: randomUUID(),
    kind: 'moment_reminder',
    title: 'Tijd voor je leermoment',
    body: 'Drie minuten over veilig tillen: zo spaar je je rug.',
    url: `/training/${randomUUID()}?source=push`,
    tag: 'learning-moment',
    badgeCount: 0,
  });
}

interface Timed<T> {
  result: T;
  seconds: number;
  /** CPU time of this process meanwhile (user + system): what a loaded machine does not inflate as it does the wall time. */
  cpuSeconds: number;
  heapGrowthMb: number;
  peakRssMb: number;
}

async function measured<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const { result, before, peakRss, peakHeap } = await withPeakMemory(work);
  const cpu = process.cpuUsage(cpuBefore);
  return { result, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, heapGrowthMb: (peakHeap - before.heapUsed) / MB, peakRssMb: peakRss / MB };
}

/**
 * The sender under load: 10,000 reminders to as many devices, read from the
 * database a page at a time (subscriptionPages) and pushed through the real
 * sender (web-push encryption per message, one VAPID token per origin,
 * keep-alive HTTPS, bounded in flight) to a push service in another process
 * on loopback, its self-signed certificate made now and trusted only by the
 * sender's own https.Agent. Beside it, in the same run, web-push's encryption
 * alone in a tight loop: the ratio says how much of the encryption's pace the
 * whole send keeps. Then 100,000 due reminders through the real scheduler
 * (claim, personal teaser, store, push, plan the next), for the full picture.
 */
export const pushFanout: Bench = {
  name: 'push fan-out',
  timeoutMs: 900_000,
  async run({ log }) {
    const tls = await generate([{ name: 'commonName', value: 'localhost' }], { keyType: 'ec', curve: 'P-256', algorithm: 'sha256' });
    const receiver = await startChildServer<{ origin: string }>(resolve('tests/bench/servers/push-receiver.ts'), {
      BENCH_TLS_KEY: tls.private,
      BENCH_TLS_CERT: tls.cert,
    });
    const { origin } = receiver.info;
    const agent = new https.Agent({ ca: tls.cert, keepAlive: true, maxSockets: 32 });
    const dataDir = mkdtempSync(join(tmpdir(), 'leerlust-bench-push-'));
    const database = connectDatabase({ sqliteFile: join(dataDir, 'leerlust.sqlite') });
    try {
      await migrateToLatest(database.db);
      await loadDemoOrganisation(database.db, NOW, quietLogger);
      const keys = deviceKeys();
      log(`push fan-out: seeding ${REMINDERS.toLocaleString('en')} people with a due reminder and a device`);
      await seedReminders(database.db, origin, keys, 0, REMINDERS);
      // The bench's push service listens on loopback.
      const config = { ...loadConfig({ PUSH_TRUSTED_HOSTS: '127.0.0.1' }), vapidSubject: 'mailto:bench@leerlust.example' };
      const payload = reminderPayload();

      log('push fan-out: sender, subscriptions streamed from the database');
      const sender = await pushSenderFor(database.db, config, () => NOW, quietLogger, { httpsAgent: agent });
      const fan = await measured(() =>
        fanOut({ db: database.db, sender }, subscriptionPages(database.db), payload, { ttlSeconds: 3600, urgency: 'normal', topic: 'learning-moment' }),
      );
      sender.close();
      if (fan.result.delivered !== REMINDERS) throw new Error(`fan-out delivered ${JSON.stringify(fan.result)} of ${REMINDERS}`);

      log(`push fan-out: web-push encryption alone for ${ENCRYPT_SECONDS} s`);
      const alone = encryptionAlone(`${origin}/push/alone`, keys, payload, ENCRYPT_SECONDS);

      log(`push fan-out: ${(SCHEDULED - REMINDERS).toLocaleString('en')} more people, then all ${SCHEDULED.toLocaleString('en')} reminders through the scheduler`);
      await seedReminders(database.db, origin, keys, REMINDERS, SCHEDULED);
      const schedulerSender = await pushSenderFor(database.db, config, () => NOW, quietLogger, { httpsAgent: agent });
      const scheduled = await measured(() => runDueJobs({ db: database.db, dialect: 'sqlite', sender: schedulerSender, log: quietLogger, instanceId: 'bench' }, NOW));
      schedulerSender.close();
      const sentByScheduler = scheduled.result.outcomes.sent ?? 0;
      const received = await receivedBy(origin, agent);
      if (sentByScheduler !== SCHEDULED || received !== REMINDERS + SCHEDULED) {
        throw new Error(`scheduler sent ${sentByScheduler}, receiver took ${received} of ${REMINDERS + SCHEDULED}: ${JSON.stringify(scheduled.result.outcomes)}`);
      }

      const rate = REMINDERS / fan.seconds;
      return {
        figures: [
          { id: 'push.fanout.rate', label: `Push fan-out, ${REMINDERS.toLocaleString('en')} devices (HTTPS)`, value: rate, unit: 'msg/s', decimals: 0 },
          { id: 'push.encrypt.rate', label: 'web-push encryption alone', value: alone.perSecond, unit: 'msg/s', decimals: 0 },
          { id: 'push.fanout.ratio', label: 'Fan-out ÷ encryption alone', value: rate / alone.perSecond, unit: '×', budget: { min: 0.5 }, decimals: 2 },
          { id: 'push.fanout.jwt', label: 'VAPID JWTs signed (1 origin)', value: sender.signatures, unit: '', budget: { max: 1 }, decimals: 0 },
          { id: 'push.fanout.heap', label: 'Sender heap growth at peak', value: fan.heapGrowthMb, unit: 'MB', decimals: 1 },
          { id: 'push.fanout.rss', label: 'Sender RSS at peak', value: fan.peakRssMb, unit: 'MB', decimals: 0 },
          { id: 'push.scheduler.seconds', label: `${SCHEDULED.toLocaleString('en')} due reminders via the scheduler`, value: scheduled.seconds, unit: 's', budget: { max: 60 }, decimals: 1 },
          { id: 'push.scheduler.cpu', label: `  of which CPU time of the scheduler's process`, value: scheduled.cpuSeconds, unit: 's', decimals: 1 },
          { id: 'push.scheduler.rate', label: 'Reminders via the scheduler', value: sentByScheduler / scheduled.seconds, unit: 'msg/s', decimals: 0 },
          { id: 'push.scheduler.heap', label: 'Scheduler heap growth at peak', value: scheduled.heapGrowthMb, unit: 'MB', decimals: 1 },
        ],
        notes: [
          `fan-out: ${JSON.stringify(fan.result)} in ${fan.seconds.toFixed(1)} s, subscriptions read and encrypted 500 at a time, at most 256 sends pending`,
          `encryption alone: ${alone.count.toLocaleString('en')} messages in ${ENCRYPT_SECONDS} s`,
          `scheduler: ${sentByScheduler.toLocaleString('en')} sent in ${scheduled.seconds.toFixed(1)} s (claims 200 at a time, works each batch in a few statements and two batches at once; per reminder it builds the personal teaser, stores the notice, checks the weekly cap and plans the next: ${schedulerSender.signatures} JWT)`,
          `push service received ${received.toLocaleString('en')} messages in all`,
        ],
      };
    } finally {
      agent.destroy();
      await database.destroy();
      await receiver.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
