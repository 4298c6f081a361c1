import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { withDatabase } from './cli-database';
import { userPath, type CliEnv } from './cli-env';
import { CliError } from './cli-error';
import { importPeople, type ImportOptions, type ImportResult } from '../features/people/import/people-import.service';
import { plural } from './plural';

export function registerUsersImport(users: Command, cli: CliEnv): void {
  users
    .command('import')
    .description('add people from a CSV file; checks every row first and imports nothing if any row is bad')
    .argument('<file>', 'CSV with a header row: email,name,department,team,manager_email,language,time_zone (role optional)')
    .option('--skip-invalid', 'import the valid rows and skip the bad ones')
    .option('--dry-run', 'check the file and report, without importing')
    .addHelpText(
      'after',
      '\nEvery column but email and name may be left empty. Missing departments and teams are created;' +
        '\na manager must be in Leerlust or anywhere in the file. Separators: comma or semicolon.',
    )
    .action(async (file: string, options: ImportOptions) => {
      const csv = await readCsv(userPath(cli, file));
      const result = await withDatabase(cli, ({ db }) => importPeople(db, csv, options, cli.clock()));
      reportImport(cli, result, options);
    });
}

async function readCsv(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : String(error);
    throw new CliError(`Cannot read ${path}: ${reason}`);
  }
}

function reportImport(cli: CliEnv, result: ImportResult, options: ImportOptions): void {
  for (const { line, problems } of result.errors) {
    for (const problem of problems) cli.io.err(`line ${line}: ${problem.message}`);
  }
  const bad = result.errors.length;
  const good = result.rows - bad;
  if (options.dryRun) {
    if (bad > 0) throw new CliError(`Dry run: ${bad} of ${plural(result.rows, 'row', 'rows')} with errors; nothing imported`);
    cli.io.out(`Dry run: ${plural(result.rows, 'row', 'rows')}, all valid; nothing imported`);
    return;
  }
  if (bad > 0 && (!options.skipInvalid || good === 0)) {
    const hint = good > 0 ? `; fix them, or pass --skip-invalid to import the ${plural(good, 'valid row', 'valid rows')}` : '';
    throw new CliError(`Nothing imported: ${bad} of ${plural(result.rows, 'row', 'rows')} with errors${hint}`);
  }
  for (const made of result.created) cli.io.out(`Created ${made}`);
  const skipped = bad > 0 ? `; skipped ${plural(bad, 'row', 'rows')} with errors (lines ${result.errors.map((e) => e.line).join(', ')})` : '';
  cli.io.out(`Imported ${plural(result.imported.length, 'person', 'people')}${skipped}`);
}
