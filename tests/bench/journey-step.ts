import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../../server/config';
import { connectDatabase } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrate';
import { createJourney, setJourneyStatus } from '../../server/features/journeys/journeys.service';
import { composeJourneyMail } from '../../server/features/journeys/journey-mail';
import { saveMomentSettings, defaultMomentSettings } from '../../server/features/moments/moment-settings';
import { pushSenderFor } from '../../server/features/push/push-service';
import { createMailer } from '../../server/mail/mailer';
import { runJourneys } from '../../server/jobs/journey-scheduler';
import { renderMessage } from '../../shared/domain/journey';
import { quietLogger } from './bench-server';
import type { Bench } from './figures';

const PEOPLE = 10_000;
/** A Tuesday, 10:00 in Amsterdam: inside working hours. */
const NOW = new Date('2026-12-01T09:00:00Z');
const MB = 1024 * 1024;
const TEXT = { subject: 'Welkom, {{firstName}}', hook: 'Welkom bij Leerlust, {{firstName}}!', body: 'Begin hier: {{itemLink}}\nJe volgende leermoment: {{nextMoment}}' };

/** A local SMTP server that takes every message and counts it (reading, not parsing, the data). */
async function countingSmtp() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received: () => received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Samples the heap while `work` runs; the peak above the level before it. */
async function withPeakHeap<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  try {
    const result = await work();
    return { result, peakMb: (Math.max(peak, process.memoryUsage().heapUsed) - before) / MB };
  } finally {
    clearInterval(timer);
  }
}

/**
 * A journey's e-mail step for 10,000 people to a local SMTP server, through
 * the whole engine (entering, claiming, the delivery rules, rendering,
 * unsubscribe tokens, the ledger), beside nodemailer sending the same
 * number of comparable messages in a bare loop over the same pooled
 * transport, in the same run. And the engine's peak heap: it works in
 * claimed batches, it never loads everyone at once.
 */
export const journeyStep: Bench = {
  name: 'journey step e-mail (10,000 people)',
  timeoutMs: 600_000,
  async run({ log }) {
    const dir = mkdtempSync(join(tmpdir(), 'leerlust-journey-bench-'));
    const smtp = await countingSmtp();
    const database = connectDatabase({ sqliteFile: join(dir, 'bench.sqlite') });
    try {
      const db = database.db;
      await migrateToLatest(db);
      await saveMomentSettings(db, { ...defaultMomentSettings, weeklyPushCap: 50 }, NOW);
      log(`seeding ${PEOPLE} people…`);
      const at = new Date(NOW.getTime() - 86_400_000).toISOString();
      for (let start = 0; start < PEOPLE; start += 500) {
        await db
          .insertInto('people')
          .values(
            Array.from({ length: Math.min(500, PEOPLE - start) }, (_, i) => ({
              id: randomUUID(),
              email: `j${start + i}@bench.example`,
              name: `Journey ${start + i}`,
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
      }
      const { id } = await createJourney(
        db,
        { name: 'Bench', trigger: { kind: 'date', at }, steps: [{ id: 'welcome', kind: 'email', texts: { nl: TEXT, en: TEXT } }], goal: null, catchUpHours: 24, audience: { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] }, groupId: null },
        NOW,
      );
      await setJourneyStatus(db, id, 'active', NOW);

      // Bare nodemailer: the same number of rendered messages, the same pool, the same 200 at a time.
      log('bare nodemailer loop…');
      const bare = nodemailer.createTransport({ url: smtp.url, pool: true, maxConnections: 5, maxMessages: Infinity });
      const mail = composeJourneyMail(renderMessage(TEXT, { firstName: 'Journey', wiifm: '', nextMoment: 'dinsdag', itemLink: 'http://localhost:3000/api/j/abcdefghijkl' }), 'nl', 'http://localhost:3000/mail-preferences/x');
      const bareStart = performance.now();
      for (let start = 0; start < PEOPLE; start += 200) {
        await Promise.all(Array.from({ length: Math.min(200, PEOPLE - start) }, (_, i) => bare.sendMail({ from: 'Leerlust <leerlust@localhost>', to: `j${start + i}@bench.example`, ...mail })));
      }
      const bareSeconds = (performance.now() - bareStart) / 1000;
      bare.close();
      const bareReceived = smtp.received();

      log('journey engine…');
      const config = { ...loadConfig({}), publicUrl: 'http://localhost:3000' };
      const mailer = createMailer(smtp.url, config.mailFrom, quietLogger);
      const sender = await pushSenderFor(db, config, () => NOW, quietLogger);
      const engineStart = performance.now();
      const { result, peakMb } = await withPeakHeap(() => runJourneys({ db, dialect: 'sqlite', mailer, sender, log: quietLogger, publicUrl: config.publicUrl, instanceId: 'bench' }, NOW));
      const engineSeconds = (performance.now() - engineStart) / 1000;
      mailer.close();
      sender.close();
      const engineReceived = smtp.received() - bareReceived;
      const engineRate = engineReceived / engineSeconds;
      const bareRate = bareReceived / bareSeconds;
      return {
        figures: [
          { id: 'journey.email.per_second', label: 'journey step: e-mails per second', value: engineRate, unit: '/s', decimals: 0 },
          { id: 'journey.email.bare_per_second', label: 'bare nodemailer loop: e-mails per second', value: bareRate, unit: '/s', decimals: 0 },
          { id: 'journey.email.ratio', label: 'journey step ÷ bare nodemailer', value: engineRate / bareRate, unit: '×', budget: { min: 0.5 }, decimals: 2 },
          { id: 'journey.email.peak_heap', label: 'journey sender: peak heap above start', value: peakMb, unit: 'MB', budget: { max: 150 }, decimals: 1 },
        ],
        notes: [`entered ${result.entered}, claimed ${result.claimed}, outcomes ${JSON.stringify(result.outcomes)}; SMTP received ${engineReceived} (engine) and ${bareReceived} (bare)`],
      };
    } finally {
      await database.destroy();
      await smtp.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
