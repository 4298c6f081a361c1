import * as z from 'zod/mini';
import { emailSchema, lineOfText } from '../../../../shared/schemas/common';
import { createPersonShape, type ImportProblem } from '../../../../shared/schemas/people';
import { importProblem } from './import-problems';

// One line of printable text: a stray line break or NUL from a spreadsheet would end up in every menu.
const orgNameSchema = lineOfText(1, 120, 'must be one line of text');

/**
 * A person as an admin types them on the command line or in a CSV file:
 * the shared API contract for the person, with department, team and
 * manager by name and e-mail instead of by id.
 */
const { email, name, role, language, timeZone } = createPersonShape;
export const personFieldsSchema = z.strictObject({
  email,
  name,
  role,
  language,
  timeZone,
  department: z.optional(orgNameSchema),
  team: z.optional(orgNameSchema),
  managerEmail: z.optional(emailSchema),
});
export type PersonFields = z.infer<typeof personFieldsSchema>;
export type PersonFieldName = keyof PersonFields;
export type PersonFieldsInput = Partial<Record<PersonFieldName, string>>;

export type ParsedFields = { ok: true; fields: PersonFields } | { ok: false; problems: ImportProblem[] };

/**
 * Validates one person. Empty values count as not given, so the schema's
 * defaults apply (language nl, Europe/Amsterdam, employee). Each problem
 * names the field as the admin knows it and repeats the value they gave.
 */
export function parsePersonFields(input: PersonFieldsInput, label: (field: PersonFieldName) => string): ParsedFields {
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = personFieldsSchema.safeParse(given);
  if (result.success) return { ok: true, fields: result.data };
  const problems = result.error.issues.map((issue) => {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(field in personFieldsSchema.shape)) return importProblem('row_invalid', { detail: issue.message });
    const column = label(field as PersonFieldName);
    const value = given[field];
    if (value === undefined) return importProblem('required', { column });
    return importProblem('invalid_value', { column, value, detail: issue.message });
  });
  return { ok: false, problems };
}
