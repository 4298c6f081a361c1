import { describe, expect, it } from 'vitest';
import { describeImportProblem } from '../../client/features/admin/people/import-problem-text';
import { importProblem } from '../../server/features/people/import/import-problems';
import { importProblemCodeSchema, type ImportProblemCode } from '../../shared/schemas/people';

/** One problem of each kind, with the values the import quotes for it. */
const examples: Record<ImportProblemCode, Record<string, string>> = {
  columns_mismatch: { fields: '3', header: '2' },
  required: { column: 'name' },
  invalid_value: { column: 'language', value: 'fr', detail: 'Invalid option: expected one of "nl"|"en"' },
  email_repeated: { email: 'sam@example.com', lines: '2, 4' },
  email_taken: { email: 'anna@example.com' },
  name_taken_without_email: { name: 'Emma de Jong' },
  manager_is_self: {},
  manager_unknown: { manager: 'nobody@example.com' },
  manager_row_invalid: { manager: 'boss@example.com', lines: '2' },
  team_unknown: { team: 'Bakkerij' },
  team_ambiguous: { team: 'Keuken', departments: 'Facilitair, Zorg' },
  row_invalid: { detail: 'A check on the whole row' },
};

describe("a bad row's problems in the workspace", () => {
  it('words every reason in Dutch and English, quoting its values, with nothing left unfilled', () => {
    for (const code of importProblemCodeSchema.options) {
      if (code === 'row_invalid') continue;
      const problem = importProblem(code, examples[code]);
      for (const language of ['nl', 'en'] as const) {
        const said = describeImportProblem(problem, language);
        expect(said.language, `${code} in ${language}`).toBe(language);
        expect(said.text).not.toMatch(/[{}]/);
        expect(said.text).not.toBe(problem.message);
        for (const [key, value] of Object.entries(examples[code])) if (key !== 'detail') expect(said.text, `${code} quotes ${key}`).toContain(value);
      }
    }
  });

  it('says what a column takes in the reader\'s language', () => {
    const problem = importProblem('invalid_value', examples.invalid_value);
    expect(describeImportProblem(problem, 'nl').text).toBe('Kolom language: “fr” is geen taal: gebruik nl of en.');
    expect(describeImportProblem(problem, 'en').text).toBe('Column language: “fr” is not a language: use nl or en.');
  });

  it("falls back to the server's English where the workspace has no words: a check on the whole row, a column it does not know", () => {
    const whole = importProblem('row_invalid', examples.row_invalid);
    expect(describeImportProblem(whole, 'nl')).toEqual({ text: 'A check on the whole row', language: 'en' });
    const unknownColumn = importProblem('invalid_value', { column: 'shoe_size', value: '42', detail: 'Too big' });
    expect(describeImportProblem(unknownColumn, 'nl')).toEqual({ text: 'shoe_size "42": Too big', language: 'en' });
  });

  it('shortens a long quoted value, so the table stays readable', () => {
    const long = importProblem('invalid_value', { column: 'name', value: 'x'.repeat(500), detail: 'Too big' });
    expect(describeImportProblem(long, 'en').text.length).toBeLessThan(140);
  });
});
