import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrate';
import { createJourney, setJourneyStatus } from '../../server/features/journeys/journeys.service';
import { saveMomentSettings, defaultMomentSettings } from '../../server/features/moments/moment-settings';
import { POSTGRES_ADMIN_URL } from '../helpers/databases';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp-server';
import { MAIL_CONNECTIONS } from '../../server/mail/mailer';

const PEOPLE = 5_000;

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
 * Two server instances (two processes) run the journey engine on one
 * PostgreSQL database; one is killed with SIGKILL halfway. The mails are
 * counted at the SMTP server, the only place that sees what went out.
 */
describe.runIf(inject('postgresAvailable'))('a journey step on two instances, one killed halfway', () => {
  const name = `leerlust_journey_${randomBytes(5).toString('hex')}`;
  let db: DatabaseHandle;
  let smtp: TestSmtpServer;
  let url: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    await admin(`create database ${name}`);
    const u = new URL(POSTGRES_ADMIN_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    db = connectDatabase({ databaseUrl: url, sqliteFile: '', poolSize: 4 });
    await migrateToLatest(db.db);
    smtp = await startTestSmtpServer();
    const now = new Date();
    // Every hour of every day is working time here: the test runs on the wall clock.
    await saveMomentSettings(db.db, { ...defaultMomentSettings, workingDays: [1, 2, 3, 4, 5, 6, 7], workStart: '00:00', workEnd: '23:59', weeklyPushCap: 50 }, now);
    const at = new Date(now.getTime() - 3_600_000).toISOString();
    for (let start = 0; start < PEOPLE; start += 500) {
      await db.db
        .insertInto('people')
        .values(Array.from({ length: Math.min(500, PEOPLE - start) }, (_, i) => ({ id: randomUUID(), email: `p${start + i}@test.example`, name: `P ${start + i}`, role: 'employee' as const, language: 'en' as const, time_zone: 'UTC', created_at: at })))
        .execute();
    }
    const text = { subject: 'Hello {{firstName}}', hook: 'Hello {{firstName}}', body: 'Start here: {{itemLink}}' };
    const { id } = await createJourney(db.db, { name: 'Exactly once', trigger: { kind: 'date', at }, steps: [{ id: 'hello', kind: 'email', texts: { nl: text, en: text } }], goal: null, catchUpHours: 24, audience: { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] }, groupId: null }, now);
    await setJourneyStatus(db.db, id, 'active', now);
  }, 120_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await smtp?.close();
    await db?.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await admin(`drop database if exists ${name} with (force)`);
  });

  function worker(instance: string): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/tools/journey-worker.ts'], {
      env: { ...process.env, DATABASE_URL: url, SMTP_URL: smtp.url, INSTANCE: instance, LEASE_MS: '3000', LEERLUST_DEMO: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve(child);
      });
      child.on('exit', (code) => reject(new Error(`worker ${instance} exited with ${code}`)));
    });
  }

  it(`delivers the step to each of ${PEOPLE} people, none skipped, and a resend only as the same message`, async () => {
    const [a] = await Promise.all([worker('instance-a'), worker('instance-b')]);
    // Halfway: instance A dies without a word.
    const deadline = Date.now() + 150_000;
    while (smtp.messages.length < PEOPLE / 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    a.kill('SIGKILL');
    const receivedAtKill = smtp.messages.length;
    // B finishes, taking over A's claims once their lease ran out.
    for (;;) {
      const open = await db.db.selectFrom('journey_jobs').select((eb) => eb.fn.countAll<string | number>().as('n')).where('done_at', 'is', null).executeTakeFirstOrThrow();
      if (Number(open.n) === 0 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const recipients = smtp.messages.map((m) => [m.to].flat()[0]?.value[0]?.address ?? '');
    const ids = smtp.messages.map((m) => m.messageId ?? '');
    const jobs = await db.db.selectFrom('journey_jobs').select(['outcome', 'claimed_by']).execute();
    const duplicates = smtp.messages.length - new Set(recipients).size;
    console.log(`mails received: ${smtp.messages.length} (at the kill: ${receivedAtKill}), distinct people: ${new Set(recipients).size}, resends: ${duplicates}`);
    expect(receivedAtKill).toBeLessThan(PEOPLE);
    expect(jobs).toHaveLength(PEOPLE);
    expect(jobs.every((j) => j.outcome === 'sent')).toBe(true);
    // Every person got the step: none skipped.
    expect(new Set(recipients).size).toBe(PEOPLE);
    // A mail the killed instance had handed over but not yet recorded goes again, as the same message (same Message-ID), so it collapses into one;
    // at most one per mail lane (the pool's connections), however slow the database was at the kill.
    expect(new Set(ids).size).toBe(PEOPLE);
    expect(duplicates).toBeLessThanOrEqual(MAIL_CONNECTIONS);
  }, 240_000);
});
