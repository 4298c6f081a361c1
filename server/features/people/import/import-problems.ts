import type { ImportProblem, ImportProblemCode } from '../../../../shared/schemas/people';

type Params = Record<string, string>;

/** Each reason in the command line's words (English, as the rest of the CLI): also the workspace's fallback. */
const english: Record<ImportProblemCode, (p: Params) => string> = {
  columns_mismatch: (p) => `has ${p.fields} fields, the header has ${p.header}`,
  required: (p) => `${p.column} is required`,
  invalid_value: (p) => `${p.column} "${p.value}": ${p.detail}`,
  email_repeated: (p) => `email ${p.email} appears more than once in the file (lines ${p.lines})`,
  email_taken: (p) => `email ${p.email} already belongs to someone in Leerlust`,
  name_taken_without_email: (p) => `"${p.name}" without email is already in Leerlust; add an email or leave the row out`,
  manager_is_self: () => 'manager_email is the person themselves',
  manager_unknown: (p) => `manager_email ${p.manager} is neither in Leerlust nor in this file`,
  manager_row_invalid: (p) => `manager_email ${p.manager} is on line ${p.lines}, which cannot be imported`,
  team_unknown: (p) => `team "${p.team}" does not exist yet; give its department to create it`,
  team_ambiguous: (p) => `team "${p.team}" exists in several departments (${p.departments}); give the department`,
  row_invalid: (p) => p.detail ?? 'the row is not valid',
};

/**
 * A row's problem as a reason code with the values it quotes, and the same
 * in English words for the command line.
 *
 * @example importProblem('email_taken', { email: 'anna@example.com' }).message // 'email anna@example.com already belongs to someone in Leerlust'
 */
export function importProblem(code: ImportProblemCode, params: Params = {}): ImportProblem {
  return { code, params, message: english[code](params) };
}
