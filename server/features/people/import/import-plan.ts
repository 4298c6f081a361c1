import { addToIndex, placeByName, type OrgIndex, type Placement } from './org-names';
import { columnOf, type CsvPersonRow } from './people-csv';
import type { ImportProblem } from '../../../../shared/schemas/people';
import { importProblem } from './import-problems';
import { parsePersonFields, type PersonFields } from './person-fields';

export interface PlannedPerson {
  line: number;
  fields: Omit<PersonFields, 'department' | 'team'>;
  placement: Placement;
}

export interface RowError {
  line: number;
  problems: ImportProblem[];
}

export interface ImportPlan {
  valid: PlannedPerson[];
  errors: RowError[];
}

/** What the database already holds that a row can clash with or refer to. */
export interface ExistingOrg {
  emails: Set<string>;
  /** Lower-cased names of people without e-mail, the only way to spot them twice. */
  namesWithoutEmail: Set<string>;
  /** Also receives the departments and teams the file will create. */
  org: OrgIndex;
}

type Checked = {
  line: number;
  /** The row's address, even when the row is invalid, so a manager on a bad row is still found. */
  email: string | undefined;
  problems: ImportProblem[];
  fields?: PersonFields;
  placement?: Placement;
};

/**
 * Checks every row before anything is written: its values, e-mail
 * addresses unique in the file and in Leerlust, a manager who exists (in
 * Leerlust, or anywhere in the file: order does not matter) and a team that
 * fits its department. A row whose manager is on a bad row is bad too, so
 * importing only the valid rows never leaves a dangling manager.
 */
export function planImport(rows: CsvPersonRow[], existing: ExistingOrg): ImportPlan {
  const checked: Checked[] = rows.map((row) => {
    const email = row.fields.email?.trim().toLowerCase() || undefined;
    if (row.problems.length > 0) return { line: row.line, email, problems: [...row.problems] };
    const parsed = parsePersonFields(row.fields, columnOf);
    if (!parsed.ok) return { line: row.line, email, problems: parsed.problems };
    return { line: row.line, email: parsed.fields.email ?? undefined, problems: [], fields: parsed.fields };
  });
  const linesByEmail = new Map<string, number[]>();
  for (const { email, line } of checked) {
    if (email) linesByEmail.set(email, [...(linesByEmail.get(email) ?? []), line]);
  }
  for (const row of checked) checkEmails(row, linesByEmail, existing);
  placeRows(checked, existing.org);
  dropRowsWithBadManagers(checked, existing.emails);

  const valid: PlannedPerson[] = [];
  const errors: RowError[] = [];
  for (const row of checked) {
    if (row.problems.length > 0 || !row.fields || !row.placement) {
      errors.push({ line: row.line, problems: row.problems });
      continue;
    }
    const { department: _department, team: _team, ...fields } = row.fields;
    valid.push({ line: row.line, fields, placement: row.placement });
  }
  return { valid, errors };
}

function checkEmails(row: Checked, linesByEmail: Map<string, number[]>, existing: ExistingOrg): void {
  const { email } = row;
  const manager = row.fields?.managerEmail;
  const inLeerlust = existing.emails;
  if (email) {
    const lines = linesByEmail.get(email) ?? [];
    if (lines.length > 1) row.problems.push(importProblem('email_repeated', { email, lines: lines.join(', ') }));
    if (inLeerlust.has(email)) row.problems.push(importProblem('email_taken', { email }));
  } else if (row.fields && existing.namesWithoutEmail.has(row.fields.name.toLowerCase())) {
    // Without an address, importing the same file twice would silently add this person twice.
    row.problems.push(importProblem('name_taken_without_email', { name: row.fields.name }));
  }
  if (manager && manager === email) row.problems.push(importProblem('manager_is_self'));
  else if (manager && !inLeerlust.has(manager) && !linesByEmail.has(manager)) {
    row.problems.push(importProblem('manager_unknown', { manager }));
  }
}

/** Rows naming department and team come first, so a row naming only a team can find one the file creates. */
function placeRows(checked: Checked[], org: OrgIndex): void {
  const withDepartment = checked.filter((row) => row.fields?.department !== undefined);
  const withoutDepartment = checked.filter((row) => row.fields && row.fields.department === undefined);
  for (const row of [...withDepartment, ...withoutDepartment]) {
    if (!row.fields) continue;
    const placement = placeByName(org, row.fields.department, row.fields.team);
    if ('problem' in placement) {
      row.problems.push(placement.problem);
      continue;
    }
    row.placement = placement;
    // A bad row's names are not to be trusted, so they define no team for other rows.
    if (row.problems.length === 0) addToIndex(org, placement);
  }
}

/** Repeats until stable: a manager's row may itself fail because of its own manager. */
function dropRowsWithBadManagers(checked: Checked[], inLeerlust: Set<string>): void {
  const badLines = (email: string) => checked.filter((r) => r.email === email && r.problems.length > 0).map((r) => r.line);
  for (let changed = true; changed; ) {
    changed = false;
    for (const row of checked) {
      const manager = row.fields?.managerEmail;
      if (row.problems.length > 0 || !manager || inLeerlust.has(manager)) continue;
      const lines = badLines(manager);
      if (lines.length === 0) continue;
      row.problems.push(importProblem('manager_row_invalid', { manager, lines: lines.join(', ') }));
      changed = true;
    }
  }
}
