import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findPersonByEmail, updatePerson } from '../features/people/people.repository';
import { createPerson } from '../features/people/people.service';
import type { PersonRow } from '../features/people/people.table';
import { withDatabase } from './cli-database';
import { userPath, type CliEnv } from './cli-env';
import { CliError } from './cli-error';
import { planImport, type PlannedPerson, type RowError } from './import-plan';
import { ensurePlacement, loadOrgIndex } from './org-names';
import { parsePeopleCsv } from './people-csv';
import { plural } from './plural';

export interface ImportOptions {
  /** Import the valid rows even if others are bad (otherwise one bad row stops the import). */
  skipInvalid?: boolean;
  /** Check the file only. */
  dryRun?: boolean;
}

export interface ImportResult {
  rows: number;
  errors: RowError[];
  /** The people added; empty when nothing was imported. */
  imported: PersonRow[];
  /** Departments and teams the import created. */
  created: string[];
}

/**
 * Imports people from CSV text: every row is checked first, and then all
 * valid rows go in within one transaction, so an import never stops halfway.
 *
 * @example const { errors, imported } = await importPeople(db, csvText, { skipInvalid: true }, new Date())
 */
export async function importPeople(db: Kysely<Database>, csv: string, options: ImportOptions, now: Date): Promise<ImportResult> {
  const rows = parsePeopleCsv(csv);
  if (rows.length === 0) throw new CliError('The file has a header but no people');
  const people = await db.selectFrom('people').select(['email', 'name']).execute();
  const { valid, errors } = planImport(rows, {
    emails: new Set(people.flatMap((p) => (p.email ? [p.email] : []))),
    namesWithoutEmail: new Set(people.flatMap((p) => (p.email ? [] : [p.name.toLowerCase()]))),
    org: await loadOrgIndex(db),
  });
  const result: ImportResult = { rows: rows.length, errors, imported: [], created: [] };
  if (options.dryRun || valid.length === 0 || (errors.length > 0 && !options.skipInvalid)) return result;
  return { ...result, ...(await db.transaction().execute((trx) => insertPlanned(trx, valid, now))) };
}

/**
 * Two passes: everyone first, then the managers, so a row may name a
 * manager defined further down (or two people each other).
 */
async function insertPlanned(db: Kysely<Database>, people: PlannedPerson[], now: Date): Promise<Pick<ImportResult, 'imported' | 'created'>> {
  const imported: PersonRow[] = [];
  const created: string[] = [];
  for (const { fields, placement } of people) {
    const { managerEmail: _manager, ...person } = fields;
    const place = await ensurePlacement(db, placement, now);
    created.push(...place.created);
    imported.push(await createPerson(db, { ...person, departmentId: place.departmentId, teamId: place.teamId }, now));
  }
  const idByEmail = new Map(imported.map((p) => [p.email, p.id]));
  for (const [i, { fields }] of people.entries()) {
    if (!fields.managerEmail) continue;
    const managerId = idByEmail.get(fields.managerEmail) ?? (await findPersonByEmail(db, fields.managerEmail))?.id;
    if (!managerId) throw new CliError(`Manager ${fields.managerEmail} disappeared during the import; nothing was imported`);
    const updated = await updatePerson(db, imported[i]?.id ?? '', { manager_id: managerId });
    if (updated) imported[i] = updated;
  }
  return { imported, created };
}

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
    for (const problem of problems) cli.io.err(`line ${line}: ${problem}`);
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
