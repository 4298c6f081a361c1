import type { Command } from 'commander';
import { emailSchema, idSchema } from '../../shared/schemas/common';
import { createInviteLink, type LinkIssuerDeps } from '../features/auth/auth.service';
import { findPersonByEmail, findPersonById } from '../features/people/people.repository';
import type { PersonRow } from '../features/people/people.table';
import { withDatabase } from './cli-database';
import type { CliEnv } from './cli-env';
import { CliError } from './cli-error';

export interface LoginLink {
  url: string;
  expiresAt: string;
  person: PersonRow;
}

/**
 * A one-time sign-in link for a person, found by e-mail or (for staff
 * without a mailbox) by id. It is an invite link: it lives as long as an
 * invite, since an admin hands it over by hand rather than by mail.
 *
 * @example const { url } = await createLoginLink({ db, clock, config: { publicUrl } }, 'sanne@example.com')
 */
export async function createLoginLink(deps: LinkIssuerDeps, who: string): Promise<LoginLink> {
  const person = await findPerson(deps, who);
  const link = await createInviteLink(deps, person.id);
  return { ...link, person };
}

async function findPerson(deps: LinkIssuerDeps, who: string): Promise<PersonRow> {
  if (idSchema.safeParse(who).success) {
    const person = await findPersonById(deps.db, who);
    if (!person) throw new CliError(`No one with id ${who}`);
    return person;
  }
  const email = emailSchema.safeParse(who);
  if (!email.success) throw new CliError(`"${who}" is neither an e-mail address nor a person id`);
  const person = await findPersonByEmail(deps.db, email.data);
  if (!person) throw new CliError(`No one with e-mail ${email.data}`);
  return person;
}

export function registerLoginLink(program: Command, cli: CliEnv): void {
  program
    .command('login-link')
    .description('print a one-time sign-in link for a person (e.g. to hand over or send yourself)')
    .argument('<email-or-id>', "the person's e-mail address, or their id if they have none")
    .addHelpText('after', '\nThe link points at PUBLIC_URL and works once; anyone holding it can sign in as this person.')
    .action(async (who: string) => {
      const link = await withDatabase(cli, ({ db }, config) => createLoginLink({ db, clock: cli.clock, config }, who));
      cli.io.err(`Sign-in link for ${link.person.name}, valid once, until ${link.expiresAt}:`);
      cli.io.out(link.url);
    });
}
