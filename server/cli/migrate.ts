import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { withDatabase } from './cli-database';
import type { CliEnv } from './cli-env';

/**
 * Brings the schema up to date; returns the migrations that ran (none when
 * it already was). The server does this on start too; this is for deploys
 * that migrate before starting the new version.
 */
export async function runMigrations(db: Kysely<Database>): Promise<string[]> {
  return migrateToLatest(db);
}

export function registerMigrate(program: Command, cli: CliEnv): void {
  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      const ran = await withDatabase(cli, ({ db }) => runMigrations(db), { migrate: false });
      if (ran.length === 0) cli.io.out('The database is up to date; no migrations ran');
      for (const name of ran) cli.io.out(`Ran migration ${name}`);
    });
}
