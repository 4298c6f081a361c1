import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Command } from 'commander';
import { isPostgresUrl } from '../db/connect';
import { sqliteFileIn } from '../server';
import { cliConfig, userPath, type CliEnv } from './cli-env';
import { CliError } from './cli-error';
import { plural } from './plural';

export interface BackupResult {
  file: string;
  bytes: number;
  /** People in the copy: a quick sign that it holds what it should. */
  people: number;
}

/**
 * Copies a live SQLite database with SQLite's online backup API, on a
 * connection of its own, so the server can keep serving (WAL mode lets it
 * write meanwhile). The copy is written next to the target and renamed into
 * place only once it checks out, so a failed backup never leaves a broken
 * file where a good one is expected, nor replaces an older backup.
 *
 * @example await backupSqlite('data/leerlust.sqlite', '/backups/leerlust-2026-03-02.sqlite', { force: false })
 */
export async function backupSqlite(sourceFile: string, targetFile: string, options: { force?: boolean } = {}): Promise<BackupResult> {
  const source = resolve(sourceFile);
  const target = resolve(targetFile);
  if (!existsSync(source)) throw new CliError(`There is no database at ${source}; is DATA_DIR right?`);
  if ([source, `${source}-wal`, `${source}-shm`].includes(target)) throw new CliError('The backup cannot go over the database itself');
  if (existsSync(target) && !options.force) throw new CliError(`${target} already exists; pass --force to overwrite it`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  try {
    await copyDatabase(source, partial);
    const people = checkCopy(partial);
    renameSync(partial, target);
    return { file: target, bytes: statSync(target).size, people };
  } finally {
    rmSync(partial, { force: true });
  }
}

async function copyDatabase(source: string, destination: string): Promise<void> {
  const live = new SQLite(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    // Copy all pages in one step: the step reads one consistent snapshot, and small steps
    // would restart whenever the server writes in between, possibly forever on a busy day.
    await live.backup(destination, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } finally {
    live.close();
  }
}

/** Makes the copy a single self-contained file (no -wal beside it) and proves it readable. */
function checkCopy(file: string): number {
  const copy = new SQLite(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`The backup copy failed its integrity check: ${String(check)}`);
    const { n } = copy.prepare('select count(*) as n from people').get() as { n: number };
    return n;
  } finally {
    copy.close();
  }
}

export function registerBackup(program: Command, cli: CliEnv): void {
  program
    .command('backup')
    .description('copy the SQLite database to a file, safely while the server runs')
    .argument('<file>', 'where to write the copy')
    .option('--force', 'overwrite the file if it exists')
    .addHelpText('after', '\nOn PostgreSQL, use pg_dump instead.')
    .action(async (file: string, options: { force?: boolean }) => {
      const config = cliConfig(cli);
      if (isPostgresUrl(config.databaseUrl)) {
        throw new CliError('The database is PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom --file=leerlust.dump "$DATABASE_URL"');
      }
      // No migration first: a backup is what you take before migrating, so it copies the database as it is.
      const source = sqliteFileIn(config.dataDir);
      cli.io.err(`Backing up the SQLite database ${source}`);
      const result = await backupSqlite(source, userPath(cli, file), options);
      cli.io.out(`Backed up ${plural(result.people, 'person', 'people')} (${Math.ceil(result.bytes / 1024)} KiB) to ${result.file}`);
    });
}
