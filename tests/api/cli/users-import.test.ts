import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../server/http/app-error';
import { importPeople, type ImportResult } from '../../../server/features/people/import/people-import.service';
import { findPersonByEmail } from '../../../server/features/people/people.repository';
import { countRows, peopleFixture } from '../../helpers/cli';
import { testDatabases } from '../../helpers/databases';
import { addPerson, createTestContext, type TestContext } from '../../helpers/test-app';

const header = 'email,name,department,team,manager_email,language,time_zone';
const csv = (...rows: string[]) => [header, ...rows].join('\n');
/** The problems in the words the command line prints. */
const inWords = (errors: ImportResult['errors']) => errors.map(({ line, problems }) => ({ line, problems: problems.map((p) => p.message) }));

describe.each(testDatabases())('leerlust users import ($name)', (kind) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext(kind);
  });
  afterEach(async () => {
    await ctx.close();
  });
  const run = (text: string, options = {}) => importPeople(ctx.deps.db, text, options, ctx.clock());
  const person = async (email: string) => findPersonByEmail(ctx.deps.db, email);

  it('imports a valid file, creating departments and teams, with a manager defined further down', async () => {
    const result = await run(peopleFixture('valid.csv'));

    expect(result.errors).toEqual([]);
    expect(result.imported.map((p) => p.email)).toEqual(['anna@example.com', 'mark@example.com', 'kees@example.com']);
    expect(result.created).toEqual(['department "Zorg"', 'team "Zonnebloem" in Zorg', 'department "Facilitair"', 'team "Keuken" in Facilitair']);
    const [anna, mark, kees] = [await person('anna@example.com'), await person('mark@example.com'), await person('kees@example.com')];
    expect(anna?.manager_id).toBe(mark?.id);
    expect(kees?.manager_id).toBe(mark?.id);
    expect(mark).toMatchObject({ manager_id: null, language: 'en', time_zone: 'Europe/London', role: 'employee' });
    expect(kees).toMatchObject({ language: 'nl', time_zone: 'Europe/Amsterdam' });
    expect(anna?.team_id).toBe(mark?.team_id);
    expect(kees?.department_id).not.toBe(anna?.department_id);
  });

  it('imports nothing when one row is bad, and says which row and why', async () => {
    const result = await run(peopleFixture('one-bad-row.csv'));

    expect(inWords(result.errors)).toEqual([{ line: 3, problems: ['language "fr": Invalid option: expected one of "nl"|"en"'] }]);
    expect(result.imported).toEqual([]);
    expect(await countRows(ctx.deps.db, 'people')).toBe(0);
    expect(await countRows(ctx.deps.db, 'departments')).toBe(0);
  });

  it('imports the good rows with skipInvalid and reports the skipped one', async () => {
    const result = await run(peopleFixture('one-bad-row.csv'), { skipInvalid: true });

    expect(result.errors.map((e) => e.line)).toEqual([3]);
    expect(result.imported.map((p) => p.email)).toEqual(['anna@example.com', 'kees@example.com']);
    expect((await person('kees@example.com'))?.manager_id).toBe((await person('anna@example.com'))?.id);
    expect(await person('piet@example.com')).toBeUndefined();
  });

  it('checks only, with dryRun', async () => {
    const result = await run(peopleFixture('valid.csv'), { dryRun: true });
    expect(result).toMatchObject({ rows: 3, errors: [], imported: [] });
    expect(await countRows(ctx.deps.db, 'people')).toBe(0);
  });

  it('rejects an e-mail address used twice in the file, on both rows, in any letter case', async () => {
    const result = await run(csv('sam@example.com,Sam,,,,,', 'ok@example.com,Ok,,,,,', 'SAM@example.com,Sam again,,,,,'), { skipInvalid: true });

    const problem = 'email sam@example.com appears more than once in the file (lines 2, 4)';
    expect(inWords(result.errors)).toEqual([
      { line: 2, problems: [problem] },
      { line: 4, problems: [problem] },
    ]);
    expect(result.imported.map((p) => p.email)).toEqual(['ok@example.com']);
  });

  it('rejects an e-mail address that is already in Leerlust', async () => {
    const existing = await addPerson(ctx);
    const result = await run(csv(`${existing.email},Someone,,,,,`));
    expect(inWords(result.errors)).toEqual([{ line: 2, problems: [`email ${existing.email} already belongs to someone in Leerlust`] }]);
  });

  it('rejects an unknown language and time zone, and a missing name, naming the CSV column', async () => {
    const result = await run(csv('a@example.com,A,,,,de,Europe/Amsterdam', 'b@example.com,B,,,,nl,Mars/Olympus_Mons', 'c@example.com,,,,,,'));

    expect(inWords(result.errors)).toEqual([
      { line: 2, problems: ['language "de": Invalid option: expected one of "nl"|"en"'] },
      { line: 3, problems: ['time_zone "Mars/Olympus_Mons": Unknown IANA time zone'] },
      { line: 4, problems: ['name is required'] },
    ]);
    // The workspace words them itself from the reason and the values it quotes.
    expect(result.errors.map((e) => e.problems[0] && { code: e.problems[0].code, params: e.problems[0].params })).toEqual([
      { code: 'invalid_value', params: { column: 'language', value: 'de', detail: 'Invalid option: expected one of "nl"|"en"' } },
      { code: 'invalid_value', params: { column: 'time_zone', value: 'Mars/Olympus_Mons', detail: 'Unknown IANA time zone' } },
      { code: 'required', params: { column: 'name' } },
    ]);
  });

  it('finds a manager in Leerlust, and rejects one who is nowhere', async () => {
    const boss = await addPerson(ctx, { role: 'manager' });
    const result = await run(csv(`a@example.com,A,,,${boss.email},,`, 'b@example.com,B,,,nobody@example.com,,'), { skipInvalid: true });

    expect(inWords(result.errors)).toEqual([{ line: 3, problems: ['manager_email nobody@example.com is neither in Leerlust nor in this file'] }]);
    expect(result.imported[0]?.manager_id).toBe(boss.id);
  });

  it('skips the reports of a manager whose own row is bad, down the chain', async () => {
    const result = await run(
      csv('boss@example.com,Boss,,,,xx,', 'mid@example.com,Mid,,,boss@example.com,,', 'low@example.com,Low,,,mid@example.com,,', 'free@example.com,Free,,,,,'),
      { skipInvalid: true },
    );

    expect(inWords(result.errors).map((e) => [e.line, e.problems.at(-1)])).toEqual([
      [2, 'language "xx": Invalid option: expected one of "nl"|"en"'],
      [3, 'manager_email boss@example.com is on line 2, which cannot be imported'],
      [4, 'manager_email mid@example.com is on line 3, which cannot be imported'],
    ]);
    expect(result.imported.map((p) => p.email)).toEqual(['free@example.com']);
  });

  it('lets two people in the file manage each other (managers are set in a second pass)', async () => {
    const result = await run(csv('x@example.com,X,,,y@example.com,,', 'y@example.com,Y,,,x@example.com,,'));
    const [x, y] = result.imported;
    expect(x?.manager_id).toBe(y?.id);
    expect(y?.manager_id).toBe(x?.id);
  });

  it('places a team named without its department, from Leerlust or from another row, in any order', async () => {
    const result = await run(
      csv('a@example.com,A,,keuken,,,', 'b@example.com,B,Facilitair,Keuken,,,', 'c@example.com,C,zorg,Zonnebloem,,,', 'd@example.com,D,ZORG,zonnebloem,,,'),
    );

    expect(result.errors).toEqual([]);
    expect(result.created).toEqual(['department "Facilitair"', 'team "Keuken" in Facilitair', 'department "zorg"', 'team "Zonnebloem" in zorg']);
    const [a, b, c, d] = result.imported;
    expect(a?.team_id).toBe(b?.team_id);
    expect(a?.department_id).toBe(b?.department_id);
    expect(c?.team_id).toBe(d?.team_id);

    const again = await run(csv('e@example.com,E,,KEUKEN,,,'));
    expect(again.created).toEqual([]);
    expect(again.imported[0]?.team_id).toBe(a?.team_id);
  });

  it('rejects a team that does not exist yet without its department, or exists in two', async () => {
    await run(csv('a@example.com,A,Zorg,Keuken,,,', 'b@example.com,B,Facilitair,Keuken,,,'));
    const result = await run(csv('c@example.com,C,,Keuken,,,', 'd@example.com,D,,Bakkerij,,,'));

    expect(inWords(result.errors)).toEqual([
      { line: 2, problems: ['team "Keuken" exists in several departments (Facilitair, Zorg); give the department'] },
      { line: 3, problems: ['team "Bakkerij" does not exist yet; give its department to create it'] },
    ]);
    expect(result.errors.map((e) => e.problems.map(({ code, params }) => ({ code, params })))).toEqual([
      [{ code: 'team_ambiguous', params: { team: 'Keuken', departments: 'Facilitair, Zorg' } }],
      [{ code: 'team_unknown', params: { team: 'Bakkerij' } }],
    ]);
  });

  it('adds people without e-mail, but not the same one twice', async () => {
    const first = await run(csv(',Emma de Jong,,,,,'));
    expect(first.imported[0]).toMatchObject({ email: null, name: 'Emma de Jong' });
    const second = await run(csv(',emma de jong,,,,,'));
    expect(inWords(second.errors)[0]?.problems).toEqual(['"emma de jong" without email is already in Leerlust; add an email or leave the row out']);
  });

  it('takes an optional role column', async () => {
    const result = await run('email,name,role\nboss@example.com,Boss,manager\nx@example.com,X,\ny@example.com,Y,king', { skipInvalid: true });
    expect(result.imported.map((p) => [p.email, p.role])).toEqual([
      ['boss@example.com', 'manager'],
      ['x@example.com', 'employee'],
    ]);
    expect(inWords(result.errors)).toEqual([{ line: 4, problems: ['role "king": Invalid option: expected one of "employee"|"manager"|"admin"'] }]);
  });

  it('throws for a file that is not a people CSV at all', async () => {
    await expect(run('')).rejects.toThrow(AppError);
    await expect(run(header)).rejects.toThrow('The file has a header but no people');
    await expect(run('email,name,shoe_size\na@example.com,A,42')).rejects.toThrow('Unknown column "shoe_size"');
    await expect(run('email,department\na@example.com,Zorg')).rejects.toThrow('The header lacks name');
    await expect(run('email,name\n"a@example.com,A\n')).rejects.toThrow('not valid CSV');
  });
});
