import { existsSync } from 'node:fs';
import pg from 'pg';

/** Set by .ci/run: a missing PostgreSQL or Chromium fails the run instead of skipping. */
export const requireAll = process.env.LEERLUST_REQUIRE_ALL === '1';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath);
}

export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
