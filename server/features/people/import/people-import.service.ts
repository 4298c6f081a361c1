import type { Kysely } from 'kysely';
import type { Database } from '../../../db/database';
import { AppError } from '../../../http/app-error';
import { recordAudit } from '../../audit/audit.service';
import { findPersonByEmail, updatePerson } from '../people.repository';
import { createPerson } from '../people.service';
import type { PersonRow } from '../people.table';
import { planImport, type PlannedPerson, type RowError } from './import-plan';
import { ensurePlacement, loadOrgIndex } from './org-names';
import { parsePeopleCsv } from './people-csv';

export interface ImportOptions {
  /** Import the valid rows even if others are bad (otherwise one bad row stops the import). */
  skipInvalid?: boolean;
  /** Check the file only. */
  dryRun?: boolean;
  /** The admin importing through the workspace: the import is audited in its own transaction. */
  actorId?: string;
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
 * Imports people from CSV text, for the command line and the workspace
 * alike: every row is checked first, and then all valid rows go in within
 * one transaction, so an import never stops halfway.
 *
 * @example const { errors, imported } = await importPeople(db, csvText, { skipInvalid: true }, new Date())
 */
export async function importPeople(db: Kysely<Database>, csv: string, options: ImportOptions, now: Date): Promise<ImportResult> {
  const rows = parsePeopleCsv(csv);
  if (rows.length === 0) throw new AppError(422, 'csv_no_people', 'The file has a header but no people');
  const people = await db.selectFrom('people').select(['email', 'name']).execute();
  const { valid, errors } = planImport(rows, {
    emails: new Set(people.flatMap((p) => (p.email ? [p.email] : []))),
    namesWithoutEmail: new Set(people.flatMap((p) => (p.email ? [] : [p.name.toLowerCase()]))),
    org: await loadOrgIndex(db),
  });
  const result: ImportResult = { rows: rows.length, errors, imported: [], created: [] };
  if (options.dryRun || valid.length === 0 || (errors.length > 0 && !options.skipInvalid)) return result;
  return db.transaction().execute(async (trx) => {
    const done = { ...result, ...(await insertPlanned(trx, valid, now)) };
    if (options.actorId) {
      const detail = { imported: done.imported.length, skippedLines: errors.map((e) => e.line), created: done.created };
      await recordAudit(trx, { actorId: options.actorId, action: 'people.import', entityType: 'person', entityId: 'import', detail }, now);
    }
    return done;
  });
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
    if (!managerId) throw new AppError(409, 'manager_gone', `Manager ${fields.managerEmail} disappeared during the import; nothing was imported`);
    const updated = await updatePerson(db, imported[i]?.id ?? '', { manager_id: managerId });
    if (updated) imported[i] = updated;
  }
  return { imported, created };
}
