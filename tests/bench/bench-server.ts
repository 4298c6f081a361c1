import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config';
import type { Logger } from '../../server/http/app-env';
import { createLogger } from '../../server/http/logger';
import { startServer, type RunningServer } from '../../server/server';
import { freePort } from '../helpers/free-port';
import { DEMO_EMPLOYEE, issueInviteToken } from './sign-in';

export interface BenchServer {
  /** http://localhost:PORT — a plain-HTTP localhost address, so the cookies are not Secure. */
  url: string;
  running: RunningServer;
  /** A fresh invite token for the demo employee. */
  inviteToken(email?: string): Promise<string>;
  close(): Promise<void>;
}

/** Errors still reach stderr; the per-start chatter (demo loaded…) would only clutter the table. */
export const quietLogger: Logger = createLogger((line, isError) => {
  if (isError) process.stderr.write(`${line}\n`);
});

/**
 * The real server, as `npm start` runs it: a fresh SQLite file in a temp
 * DATA_DIR, the demo organisation loaded, the production build served.
 */
export async function startBenchServer(clientDir: string): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'leerlust-bench-'));
  try {
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const config = { ...loadConfig({}), port, dataDir, publicUrl: url, clientDir, loadDemo: true, smtpUrl: undefined };
    const running = await startServer(config, quietLogger);
    return {
      url,
      running,
      inviteToken: (email = DEMO_EMPLOYEE) => issueInviteToken(running.database.db, url, email),
      async close() {
        await running.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
