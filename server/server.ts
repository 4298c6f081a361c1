import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app';
import { createAppHooks } from './app-hooks';
import { tellsSettled } from './features/push/tell';
import type { AppConfig } from './config';
import { connectDatabase, type DatabaseHandle } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { loadDemoOrganisation } from './demo/demo-organisation';
import type { Clock, Logger } from './http/app-env';
import { createMailer } from './mail/mailer';
import { onCampaignRevealed, startRevealWatcher } from './features/campaigns/reveal';
import { revealPush } from './features/campaigns/reveal-push';
import { pushSenderFor } from './features/push/push-service';

export interface RunningServer {
  url: string;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export function sqliteFileIn(dataDir: string): string {
  return join(dataDir, 'leerlust.sqlite');
}

/**
 * Starts Leerlust: connects, migrates, loads the demo organisation into an
 * empty database (unless turned off) and listens. Used by main.ts and by
 * end-to-end tests, which pass port 0 and their own clock.
 */
export async function startServer(config: AppConfig, log: Logger, clock: Clock = () => new Date()): Promise<RunningServer> {
  const database = connectDatabase({ databaseUrl: config.databaseUrl, sqliteFile: sqliteFileIn(config.dataDir) });
  await migrateToLatest(database.db);
  if (config.loadDemo) await loadDemoOrganisation(database.db, clock(), log);
  const mailer = createMailer(config.smtpUrl, config.mailFrom, log, { dkim: config.dkim });
  const app = createApp({ db: database.db, dialect: database.dialect, config, mailer, clock, log, hooks: createAppHooks() }, { clientDir: config.clientDir });
  const server = await listen(app.fetch, config.port);
  // Campaign reveals happen at the kick-off moment, checked every 30 s; those who opted in get a push.
  const revealSender = await pushSenderFor(database.db, config, clock, log);
  const stopRevealPush = onCampaignRevealed(revealPush({ db: database.db, sender: revealSender, log }, clock));
  const stopReveals = startRevealWatcher(database.db, clock, log);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://localhost:${port}`,
    database,
    async close() {
      stopReveals();
      stopRevealPush();
      revealSender.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await tellsSettled();
      mailer.close();
      await database.destroy();
    },
  };
}

/** Serves `fetch` on `port` (0: any free port) as production does; tests that need a real socket use it too. */
export function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port }, () => resolve(server));
    server.once('error', reject);
  });
}
