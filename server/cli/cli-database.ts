import type { AppConfig } from '../config';
import { connectDatabase, isPostgresUrl, type DatabaseHandle } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { sqliteFileIn } from '../server';
import { cliConfig, type CliEnv } from './cli-env';

/** Which database the configuration points at, for humans; never shows a password. */
export function describeDatabase(config: AppConfig): string {
  if (!isPostgresUrl(config.databaseUrl)) return `SQLite database ${sqliteFileIn(config.dataDir)}`;
  const url = new URL(config.databaseUrl);
  if (url.password) url.password = '***';
  return `PostgreSQL database ${url.toString()}`;
}

/**
 * Opens the configured database for one command and closes it afterwards.
 * Migrates first (unless told not to), so the CLI works on a fresh data
 * folder and never writes to an out-of-date schema.
 */
export async function withDatabase<T>(
  cli: CliEnv,
  run: (handle: DatabaseHandle, config: AppConfig) => Promise<T>,
  options: { migrate: boolean } = { migrate: true },
): Promise<T> {
  const config = cliConfig(cli);
  cli.io.err(`Using the ${describeDatabase(config)}`);
  // One connection is plenty for a command; the server keeps its own pool.
  const handle = connectDatabase({ databaseUrl: config.databaseUrl, sqliteFile: sqliteFileIn(config.dataDir), poolSize: 2 });
  try {
    if (options.migrate) {
      const ran = await migrateToLatest(handle.db);
      if (ran.length > 0) cli.io.err(`Migrated the database: ${ran.join(', ')}`);
    }
    return await run(handle, config);
  } finally {
    await handle.destroy();
  }
}
