import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../../server/cli/cli-error';
import { addUser } from '../../../server/cli/user-add';
import { AppError } from '../../../server/http/app-error';
import { countRows } from '../../helpers/cli';
import { testDatabases } from '../../helpers/databases';
import { addPerson, createTestContext, type TestContext } from '../../helpers/test-app';

describe.each(testDatabases())('leerlust user add ($name)', (kind) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext(kind);
  });
  afterEach(async () => {
    await ctx.close();
  });
  const add = (input: Parameters<typeof addUser>[1]) => addUser(ctx.deps.db, input, ctx.clock());

  it('adds a person with the schema defaults, creating their department and team', async () => {
    const { person, created } = await add({ name: ' Lotte de Vries ', email: 'Lotte@Example.com', role: 'admin', department: 'HR', team: 'L&D' });

    expect(created).toEqual(['department "HR"', 'team "L&D" in HR']);
    expect(person).toMatchObject({ name: 'Lotte de Vries', email: 'lotte@example.com', role: 'admin', language: 'nl', time_zone: 'Europe/Amsterdam' });
    expect(person.team_id).not.toBeNull();
  });

  it('finds an existing team by name alone and a manager by e-mail', async () => {
    const first = await add({ name: 'Mark', email: 'mark@example.com', role: 'manager', department: 'Zorg', team: 'Zonnebloem' });
    const { person, created } = await add({ name: 'Sanne', team: 'zonnebloem', managerEmail: 'MARK@example.com', language: 'en', timeZone: 'Europe/London' });

    expect(created).toEqual([]);
    expect(person).toMatchObject({ email: null, team_id: first.person.team_id, department_id: first.person.department_id, manager_id: first.person.id });
  });

  it('names each bad option and the value given', async () => {
    const attempt = add({ name: 'X', email: 'not-an-address', role: 'boss', language: 'fr', timeZone: 'Europe/Atlantis' });
    await expect(attempt).rejects.toThrow(CliError);
    await expect(attempt).rejects.toThrow(/--email "not-an-address".*\n.*--role "boss".*\n.*--language "fr".*\n.*--time-zone "Europe\/Atlantis": Unknown IANA time zone/);
  });

  it('rejects an unknown manager and a new team without its department', async () => {
    await expect(add({ name: 'X', managerEmail: 'nobody@example.com' })).rejects.toThrow('No one with e-mail nobody@example.com to be the manager');
    await expect(add({ name: 'X', team: 'Keuken' })).rejects.toThrow('team "Keuken" does not exist yet; give its department to create it');
  });

  it('creates nothing when the person cannot be added (taken e-mail)', async () => {
    const existing = await addPerson(ctx);
    const attempt = add({ name: 'Again', email: existing.email ?? '', department: 'Brand new' });
    await expect(attempt).rejects.toThrow(AppError);
    await expect(attempt).rejects.toThrow(/already exists/);
    expect(await countRows(ctx.deps.db, 'departments')).toBe(0);
    expect(await countRows(ctx.deps.db, 'people')).toBe(1);
  });
});
