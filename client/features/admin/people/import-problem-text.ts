import { format } from '../../../../shared/i18n/format';
import type { Language } from '../../../../shared/schemas/common';
import type { ImportProblem, ImportProblemCode } from '../../../../shared/schemas/people';

/* A bad row's problems in the admin's words. Column names stay as the file spells them (email, time_zone): they are its header. */
const problemsEn: Partial<Record<ImportProblemCode, string>> = {
  columns_mismatch: 'This row has {fields} cells; the header has {header}.',
  required: 'Column {column} is empty; it is required.',
  invalid_value: 'Column {column}: “{value}” {hint}.',
  email_repeated: 'The e-mail address {email} is in the file more than once (lines {lines}).',
  email_taken: 'Someone in Leerlust already has the e-mail address {email}.',
  name_taken_without_email: '“{name}” without an e-mail address is already in Leerlust; add an address or leave the row out.',
  manager_is_self: 'The manager (manager_email) is the person themselves.',
  manager_unknown: 'The manager {manager} is neither in Leerlust nor in this file.',
  manager_row_invalid: 'The manager {manager} is on line {lines}, which cannot be imported.',
  team_unknown: 'Team “{team}” does not exist yet; add its department to create it.',
  team_ambiguous: 'Team “{team}” exists in several departments ({departments}); add the department.',
};

const problemsNl: Partial<Record<ImportProblemCode, string>> = {
  columns_mismatch: 'Deze rij heeft {fields} cellen; de kopregel heeft er {header}.',
  required: 'Kolom {column} is leeg; die is verplicht.',
  invalid_value: 'Kolom {column}: “{value}” {hint}.',
  email_repeated: 'Het e-mailadres {email} staat meer dan eens in het bestand (regels {lines}).',
  email_taken: 'Iemand in Leerlust heeft het e-mailadres {email} al.',
  name_taken_without_email: '“{name}” zonder e-mailadres staat al in Leerlust; vul een adres in of laat de rij weg.',
  manager_is_self: 'De leidinggevende (manager_email) is de persoon zelf.',
  manager_unknown: 'De leidinggevende {manager} staat niet in Leerlust en niet in dit bestand.',
  manager_row_invalid: 'De leidinggevende {manager} staat op regel {lines}, die niet kan worden geïmporteerd.',
  team_unknown: 'Team “{team}” bestaat nog niet; vul de afdeling in om het aan te maken.',
  team_ambiguous: 'Team “{team}” bestaat in meer afdelingen ({departments}); vul de afdeling in.',
};

/** What a value in each column should look like, for "invalid_value". */
const hintsEn: Record<string, string> = {
  email: 'is not an e-mail address',
  manager_email: 'is not an e-mail address',
  role: 'is not a role: use employee, manager or admin',
  language: 'is not a language: use nl or en',
  time_zone: 'is not a time zone: use one such as Europe/Amsterdam',
  name: 'must be one line of text, not too long',
  department: 'must be one line of text, not too long',
  team: 'must be one line of text, not too long',
};

const hintsNl: Record<string, string> = {
  email: 'is geen e-mailadres',
  manager_email: 'is geen e-mailadres',
  role: 'is geen rol: gebruik employee, manager of admin',
  language: 'is geen taal: gebruik nl of en',
  time_zone: 'is geen tijdzone: gebruik er een zoals Europe/Amsterdam',
  name: 'moet één regel tekst zijn, niet te lang',
  department: 'moet één regel tekst zijn, niet te lang',
  team: 'moet één regel tekst zijn, niet te lang',
};

/** A quoted value stays short: a whole pasted paragraph would push the table off the screen. */
const MAX_QUOTED = 60;
const quoted = (value: string) => (value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value);

/**
 * One problem of a bad row in `language`, from its reason code; the
 * server's English message (with `language: 'en'`, for the page's lang
 * attribute) only where the workspace has no words for it.
 *
 * @example describeImportProblem({ code: 'email_taken', params: { email: 'a@b.nl' }, message: '…' }, 'nl').text // 'Iemand in Leerlust heeft het e-mailadres a@b.nl al.'
 */
export function describeImportProblem(problem: ImportProblem, language: Language): { text: string; language: Language } {
  const template = (language === 'nl' ? problemsNl : problemsEn)[problem.code];
  const column = problem.params.column ?? '';
  const hint = (language === 'nl' ? hintsNl : hintsEn)[column];
  if (!template || (problem.code === 'invalid_value' && !hint)) return { text: problem.message, language: 'en' };
  const params = Object.fromEntries(Object.entries(problem.params).map(([key, value]) => [key, quoted(value)]));
  return { text: format(template, { ...params, ...(hint && { hint }) }, language), language };
}
