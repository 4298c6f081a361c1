import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppDeps } from '../../http/app-env';
import { AppError } from '../../http/app-error';
import type { Language } from '../../../shared/schemas/common';
import type { TeamEmailPreview, TeamOverview } from '../../../shared/schemas/team';
import type { PersonRow } from '../people/people.table';
import { teamOverview } from './team.service';
import { mailTokenOf, markUndeliverable, unsubscribeLinks } from '../mail-preferences/mail-preferences.service';
import { isHardBounce } from '../../mail/mailer';

/*
 * The monthly team e-mail: the manager reviews it and sends it with one
 * click, at most once per team and month. It carries only what the team
 * page shows (figures from 5 people, role models who agreed to be named,
 * stories signed by name) and the rules of bulk mail: a one-click
 * unsubscribe (RFC 8058: List-Unsubscribe with an HTTPS link and
 * List-Unsubscribe-Post; a POST unsubscribes, a GET never does), honoured
 * at once. Tokens, topics and bounces are the mail-preferences feature's
 * (topic `team-email`), shared with journeys and reminders.
 */

type Deps = Pick<AppDeps, 'db' | 'config' | 'mailer' | 'log'>;

const words = {
  nl: {
    subject: (team: string, month: string) => `Leren in ${team}, ${month}`,
    intro: 'Zo leerde ons team deze maand.',
    active: 'Leerden deze maand',
    activities: 'Activiteiten',
    completed: 'Trainingen afgerond',
    hidden: 'vanaf 5 mensen',
    roleModels: 'Rolmodellen',
    stories: 'Verhalen',
    unsubscribe: 'Geen teammails meer? Afmelden:',
  },
  en: {
    subject: (team: string, month: string) => `Learning in ${team}, ${month}`,
    intro: 'This is how our team learned this month.',
    active: 'Learned this month',
    activities: 'Activities',
    completed: 'Trainings completed',
    hidden: 'from 5 people',
    roleModels: 'Role models',
    stories: 'Stories',
    unsubscribe: 'No more team e-mails? Unsubscribe:',
  },
};

function composeText(overview: TeamOverview, language: Language, unsubscribeUrl: string | null): { subject: string; text: string } {
  const w = words[language];
  const figure = (value: number | null) => (value === null ? w.hidden : String(value));
  const lines = [
    w.intro,
    '',
    `${w.active}: ${figure(overview.activeMembers)}`,
    `${w.activities}: ${figure(overview.activities)}`,
    `${w.completed}: ${figure(overview.trainingsCompleted)}`,
    ...(overview.roleModels.length > 0 ? ['', `${w.roleModels}:`, ...overview.roleModels.map((r) => `- ${r.personName}: ${r.message}`)] : []),
    ...(overview.stories.length > 0 ? ['', `${w.stories}:`, ...overview.stories.map((s) => `- ${s.title} (${s.author.name ?? ''}) ${s.shareUrl}`)] : []),
    ...(unsubscribeUrl ? ['', `${w.unsubscribe} ${unsubscribeUrl}`] : []),
  ];
  return { subject: w.subject(overview.teamName ?? '', overview.month), text: lines.join('\n') };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The people the e-mail goes to: the manager's team with an address, still here, not unsubscribed. */
async function recipientsOf(db: Kysely<Database>, manager: PersonRow): Promise<PersonRow[]> {
  return db
    .selectFrom('people')
    .leftJoin('mail_preferences', (join) => join.onRef('mail_preferences.person_id', '=', 'people.id').on('mail_preferences.topic', '=', 'team-email'))
    .leftJoin('mail_recipients', 'mail_recipients.person_id', 'people.id')
    .selectAll('people')
    .where((eb) => eb.or([eb('people.manager_id', '=', manager.id), ...(manager.team_id ? [eb('people.team_id', '=', manager.team_id)] : [])]))
    .where('people.id', '!=', manager.id)
    .where('people.email', 'is not', null)
    .where('people.left_at', 'is', null)
    .where('mail_preferences.unsubscribed_at', 'is', null)
    .where('mail_recipients.undeliverable_at', 'is', null)
    .execute();
}

export async function previewTeamEmail(deps: Deps, manager: PersonRow, now: Date): Promise<TeamEmailPreview> {
  const overview = await teamOverview(deps, manager, now);
  const [recipients, sent] = await Promise.all([
    recipientsOf(deps.db, manager),
    manager.team_id ? deps.db.selectFrom('team_emails').select('month').where('team_id', '=', manager.team_id).where('month', '=', overview.month).executeTakeFirst() : undefined,
  ]);
  return { month: overview.month, ...composeText(overview, manager.language, null), recipients: recipients.length, alreadySent: Boolean(sent) };
}

/** Sends the month's e-mail once: the team and month are claimed first, so a second click (or a second tab) sends nothing. */
export async function sendTeamEmail(deps: Deps, manager: PersonRow, now: Date): Promise<{ sent: number }> {
  if (!manager.team_id) throw new AppError(422, 'no_team', 'You have no team to write to');
  const overview = await teamOverview(deps, manager, now);
  const recipients = await recipientsOf(deps.db, manager);
  const claimed = await deps.db
    .insertInto('team_emails')
    .values({ team_id: manager.team_id, month: overview.month, sent_by: manager.id, sent_at: now.toISOString(), recipients: recipients.length })
    .onConflict((oc) => oc.columns(['team_id', 'month']).doNothing())
    .executeTakeFirst();
  if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) throw new AppError(409, 'already_sent', 'This month’s team e-mail was sent already');
  let sent = 0;
  for (const person of recipients) {
    const links = unsubscribeLinks(deps.config.publicUrl, await mailTokenOf(deps.db, person.id), 'team-email');
    const { subject, text } = composeText(overview, person.language, links.preferences);
    try {
      await deps.mailer.send({
        to: person.email ?? '',
        subject,
        text,
        html: `<pre style="font-family:inherit;white-space:pre-wrap">${escapeHtml(text)}</pre>`,
        headers: links.headers,
      });
      sent += 1;
    } catch (error) {
      if (isHardBounce(error)) await markUndeliverable(deps.db, person.id, error instanceof Error ? error.message : String(error), now);
      deps.log.warn('team e-mail: not delivered', { personId: person.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { sent };
}

