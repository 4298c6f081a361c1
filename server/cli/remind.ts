import type { Command } from 'commander';
import { emailSchema } from '../../shared/schemas/common';
import { findPersonByEmail } from '../features/people/people.repository';
import { notifyPerson, type NotifyResult } from '../features/push/notify';
import { pushSenderFor } from '../features/push/push-service';
import { createLogger } from '../http/logger';
import { reminderNotice } from '../jobs/reminder-content';
import { withDatabase } from './cli-database';
import type { CliEnv } from './cli-env';
import { CliError } from './cli-error';

/**
 * `leerlust remind <email> --now`: sends the person's learning-moment
 * reminder at once, through the same path as the scheduler (weekly cap,
 * inbox when no device takes it), and prints what happened per device.
 * Without --now it prints when the next reminder is planned.
 */
export function registerRemind(program: Command, cli: CliEnv): void {
  program
    .command('remind')
    .description("send a person's learning-moment reminder now (support, testing), or show when the next one is due")
    .argument('<email>', "the person's e-mail address")
    .option('--now', 'send it immediately')
    .action(async (who: string, options: { now?: boolean }) => {
      const email = emailSchema.safeParse(who);
      if (!email.success) throw new CliError(`"${who}" is not an e-mail address`);
      await withDatabase(cli, async ({ db }, config) => {
        const person = await findPersonByEmail(db, email.data);
        if (!person) throw new CliError(`No one with e-mail ${email.data}`);
        if (person.left_at) throw new CliError(`${person.name} has left (${person.left_at}); nothing is sent to people who left`);
        if (!options.now) {
          const next = await db.selectFrom('reminder_jobs').select('due_at').where('person_id', '=', person.id).where('done_at', 'is', null).orderBy('due_at').executeTakeFirst();
          cli.io.out(next ? `Next reminder for ${person.name}: ${next.due_at}` : `No reminder planned for ${person.name} (no learning moment chosen)`);
          return;
        }
        const log = createLogger((line) => cli.io.err(line));
        const sender = await pushSenderFor(db, config, cli.clock, log);
        try {
          const now = cli.clock();
          const result = await notifyPerson({ db, sender, log }, person, await reminderNotice(db, person, now), now);
          for (const line of describe(person.name, result)) cli.io.out(line);
        } finally {
          sender.close();
        }
      });
    });
}

function describe(name: string, result: NotifyResult): string[] {
  const lines = result.devices.map(
    (d) => `device ${d.subscriptionId} at ${d.origin}: ${d.status}${d.httpStatus ? ` (HTTP ${d.httpStatus})` : ''}, ${d.attempts} attempt(s)${d.error ? ` — ${d.error}` : ''}${d.status === 'gone' ? ', subscription removed' : ''}`,
  );
  const summary = {
    pushed: `Reminder pushed to ${name}.`,
    inbox: `No device took the reminder: it waits in ${name}'s in-app inbox.`,
    capped: `${name} already had this week's pushes (weekly cap): the reminder waits in the in-app inbox.`,
  }[result.outcome];
  return [...lines, summary];
}
