import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findPersonByEmail } from '../features/people/people.repository';
import { createPerson } from '../features/people/people.service';
import type { PersonRow } from '../features/people/people.table';
import { withDatabase } from './cli-database';
import type { CliEnv } from './cli-env';
import { CliError } from './cli-error';
import { ensurePlacement, loadOrgIndex, placeByName } from '../features/people/import/org-names';
import { parsePersonFields, type PersonFieldName, type PersonFieldsInput } from '../features/people/import/person-fields';

export interface AddUserResult {
  person: PersonRow;
  /** Departments and teams that did not exist yet, e.g. `team "Keuken" in Facilitair`. */
  created: string[];
}

const optionNames: Record<PersonFieldName, string> = {
  email: '--email',
  name: '--name',
  role: '--role',
  language: '--language',
  timeZone: '--time-zone',
  department: '--department',
  team: '--team',
  managerEmail: '--manager',
};

/**
 * Adds one person, creating their department and team if needed (an admin
 * bootstraps the organisation this way). All or nothing: a failure leaves
 * no half-made department behind.
 *
 * @example await addUser(db, { name: 'Sanne Bakker', email: 'sanne@example.com', team: 'Keuken' }, new Date())
 */
export async function addUser(db: Kysely<Database>, input: PersonFieldsInput, now: Date): Promise<AddUserResult> {
  const parsed = parsePersonFields(input, (field) => optionNames[field]);
  if (!parsed.ok) throw new CliError(`Cannot add this person:\n  ${parsed.problems.map((p) => p.message).join('\n  ')}`);
  const { department, team, managerEmail, ...person } = parsed.fields;
  return db.transaction().execute(async (trx) => {
    const manager = managerEmail ? await findPersonByEmail(trx, managerEmail) : undefined;
    if (managerEmail && !manager) throw new CliError(`No one with e-mail ${managerEmail} to be the manager (--manager)`);
    const placement = placeByName(await loadOrgIndex(trx), department, team);
    if ('problem' in placement) throw new CliError(`Cannot add this person: ${placement.problem.message}`);
    const { departmentId, teamId, created } = await ensurePlacement(trx, placement, now);
    const row = await createPerson(trx, { ...person, departmentId, teamId, managerId: manager?.id ?? null }, now);
    return { person: row, created };
  });
}

export function registerUserAdd(user: Command, cli: CliEnv): void {
  user
    .command('add')
    .description('add one person; a department or team named here that does not exist yet is created')
    .requiredOption('--name <name>', 'full name')
    .option('--email <email>', 'e-mail address; leave out for staff without a mailbox (give them a login-link)')
    .option('--role <role>', 'employee, manager or admin (default: employee)')
    .option('--department <name>', 'department name')
    .option('--team <name>', 'team name; without --department it must already exist in exactly one department')
    .option('--manager <email>', "e-mail address of the person's manager, who must already exist")
    .option('--language <language>', 'nl or en (default: nl)')
    .option('--time-zone <zone>', 'IANA time zone (default: Europe/Amsterdam)')
    .action(async (options: PersonFieldsInput & { manager?: string }) => {
      const { manager, ...fields } = options;
      const result = await withDatabase(cli, ({ db }) => addUser(db, { ...fields, managerEmail: manager }, cli.clock()));
      for (const made of result.created) cli.io.out(`Created ${made}`);
      const { person } = result;
      cli.io.out(`Added ${person.name}${person.email ? ` <${person.email}>` : ''} as ${person.role} (id ${person.id})`);
    });
}
