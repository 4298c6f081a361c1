import { CsvError, parse, type InfoRecord } from 'csv-parse/sync';
import { AppError } from '../../../http/app-error';
import type { ImportProblem } from '../../../../shared/schemas/people';
import { importProblem } from './import-problems';
import type { PersonFieldName, PersonFieldsInput } from './person-fields';

/** The CSV columns and the person field each fills; only email and name are required. */
export const csvColumns = {
  email: 'email',
  name: 'name',
  role: 'role',
  department: 'department',
  team: 'team',
  manager_email: 'managerEmail',
  language: 'language',
  time_zone: 'timeZone',
} as const satisfies Record<string, PersonFieldName>;
export type CsvColumn = keyof typeof csvColumns;

/** Spellings spreadsheets tend to use for the same columns. */
const aliases: Record<string, CsvColumn> = { manager: 'manager_email', timezone: 'time_zone', e_mail: 'email' };

export interface CsvPersonRow {
  /** The line in the file where the row starts (the header is line 1), as an editor shows it. */
  line: number;
  fields: PersonFieldsInput;
  /** Problems with the row's shape, found before its values are checked. */
  problems: ImportProblem[];
}

/** The column label an admin sees in their file, for error messages. */
export function columnOf(field: PersonFieldName): CsvColumn {
  const entry = Object.entries(csvColumns).find(([, f]) => f === field);
  return (entry?.[0] ?? field) as CsvColumn;
}

/** A problem with the file as a whole (not a row): the CLI prints it, the API answers 422 with it. */
const badFile = (message: string) => new AppError(422, 'csv_invalid', message);

/**
 * Reads a people CSV: a header row, then one person per row. Takes comma or
 * semicolon separators (Dutch spreadsheets save with semicolons) and a BOM.
 * Problems with the file as a whole throw; problems with a row stay on it.
 */
export function parsePeopleCsv(text: string): CsvPersonRow[] {
  const records = parseRecords(text);
  const [header, ...rows] = records;
  if (!header) throw badFile('The file is empty; expected a header row such as email,name,department,team');
  const columns = readHeader(header.record);
  return rows
    .filter(({ record }) => record.some((cell) => cell !== ''))
    .map(({ record, info }) => ({
      // info.lines is where the record ends; a quoted cell may span lines.
      line: info.lines - (record.join('').match(/\n/g)?.length ?? 0),
      fields: Object.fromEntries(columns.map((column, i) => [csvColumns[column], record[i]])),
      problems: record.length === columns.length ? [] : [importProblem('columns_mismatch', { fields: String(record.length), header: String(columns.length) })],
    }));
}

function parseRecords(text: string): Array<{ record: string[]; info: InfoRecord }> {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  try {
    // With info: true csv-parse returns { record, info } pairs; its typings only know plain records.
    return parse(text, { bom: true, delimiter, info: true, trim: true, skip_empty_lines: true, relax_column_count: true }) as unknown as Array<{
      record: string[];
      info: InfoRecord;
    }>;
  } catch (error) {
    if (error instanceof CsvError) throw badFile(`The file is not valid CSV: ${error.message}`);
    throw error;
  }
}

function readHeader(header: string[]): CsvColumn[] {
  const columns = header.map((label) => {
    const name = label.trim().toLowerCase().replace(/[\s-]+/g, '_');
    return aliases[name] ?? name;
  });
  const unknown = columns.filter((c) => !(c in csvColumns));
  const expected = Object.keys(csvColumns).join(',');
  if (unknown.length > 0) throw badFile(`Unknown column ${unknown.map((c) => `"${c}"`).join(', ')} in the header; the columns are ${expected}`);
  const twice = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (twice.length > 0) throw badFile(`Column "${twice[0]}" appears twice in the header`);
  const missing = (['email', 'name'] as const).filter((c) => !columns.includes(c));
  if (missing.length > 0) throw badFile(`The header lacks ${missing.join(' and ')}; the columns are ${expected}`);
  return columns as CsvColumn[];
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
