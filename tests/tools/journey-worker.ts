/**
 * One server instance's journey engine, as a process of its own, for the
 * exactly-once test (tests/api/journey-instances.test.ts): it ticks on the
 * wall clock against DATABASE_URL and mails to SMTP_URL until killed.
 */
import { loadConfig } from '../../server/config';
import { connectDatabase } from '../../server/db/connect';
import { createMemoryLogger } from '../../server/http/logger';
import { pushSenderFor } from '../../server/features/push/push-service';
import { createMailer } from '../../server/mail/mailer';
import { runJourneys } from '../../server/jobs/journey-scheduler';

const config = loadConfig(process.env);
const database = connectDatabase({ databaseUrl: config.databaseUrl, sqliteFile: '', poolSize: 4 });
const log = createMemoryLogger();
const mailer = createMailer(config.smtpUrl, config.mailFrom, log);
const sender = await pushSenderFor(database.db, config, () => new Date(), log);
const deps = { db: database.db, dialect: database.dialect, mailer, sender, log, publicUrl: 'http://localhost:3000', instanceId: process.env.INSTANCE ?? 'worker', leaseMs: Number(process.env.LEASE_MS ?? 3000) };
process.stdout.write('ready\n');
for (;;) {
  const result = await runJourneys(deps, new Date());
  if (result.claimed > 0) process.stdout.write(`${JSON.stringify(result.outcomes)}\n`);
  await new Promise((resolve) => setTimeout(resolve, 200));
}
