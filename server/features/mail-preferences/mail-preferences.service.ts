import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError } from '../../http/app-error';
import { canUnsubscribe, MAIL_TOPICS, type MailTopic } from '../../../shared/domain/delivery-rules';

/*
 * One unsubscribe and preference feature for every bulk mail (team e-mail,
 * journeys, reminders). Each person has one secret token; the
 * List-Unsubscribe URL is `/unsubscribe/<topic>/<token>` (RFC 8058: a POST
 * without a session switches that topic off at once; a GET shows a page and
 * changes nothing, since link scanners follow GETs), the body link of every
 * mail is the preference page `/mail-preferences/<token>`. Mandatory
 * training cannot be switched off. A hard bounce marks the address
 * undeliverable: nothing is mailed to it any more.
 */

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,64}$/;

/** The person's token, made on first need. */
export async function mailTokenOf(db: Kysely<Database>, personId: string): Promise<string> {
  return (await mailTokensOf(db, [personId])).get(personId) ?? '';
}

/** Tokens for many people at once (made where missing), for a batch of mails. */
export async function mailTokensOf(db: Kysely<Database>, personIds: readonly string[]): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  if (personIds.length === 0) return tokens;
  for (let i = 0; i < personIds.length; i += 500) {
    const chunk = personIds.slice(i, i + 500);
    await db
      .insertInto('mail_recipients')
      .values(chunk.map((person_id) => ({ person_id, token: randomBytes(24).toString('base64url'), undeliverable_at: null, undeliverable_reason: null })))
      .onConflict((oc) => oc.column('person_id').doNothing())
      .execute();
    const rows = await db.selectFrom('mail_recipients').select(['person_id', 'token']).where('person_id', 'in', chunk).execute();
    for (const row of rows) tokens.set(row.person_id, row.token);
  }
  return tokens;
}

/** Per person, the topics they switched off. */
export async function unsubscribedTopicsOf(db: Kysely<Database>, personIds: readonly string[]): Promise<Map<string, MailTopic[]>> {
  const topics = new Map<string, MailTopic[]>();
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await db.selectFrom('mail_preferences').select(['person_id', 'topic']).where('person_id', 'in', personIds.slice(i, i + 500)).execute();
    for (const row of rows) if (isMailTopic(row.topic)) topics.set(row.person_id, [...(topics.get(row.person_id) ?? []), row.topic]);
  }
  return topics;
}

/** The people among these whose address bounced for good. */
export async function undeliverableAmong(db: Kysely<Database>, personIds: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await db.selectFrom('mail_recipients').select('person_id').where('person_id', 'in', personIds.slice(i, i + 500)).where('undeliverable_at', 'is not', null).execute();
    for (const row of rows) found.add(row.person_id);
  }
  return found;
}

export function isMailTopic(topic: string): topic is MailTopic {
  return (MAIL_TOPICS as readonly string[]).includes(topic);
}

async function personOfToken(db: Kysely<Database>, token: string): Promise<string> {
  const row = TOKEN_PATTERN.test(token) ? await db.selectFrom('mail_recipients').select('person_id').where('token', '=', token).executeTakeFirst() : undefined;
  if (!row) throw new AppError(404, 'unknown_token', 'This unsubscribe link is not valid');
  return row.person_id;
}

/** Switches a topic off or on for the token's person; a forged token is 404, a mandatory topic 422, and neither changes anything. */
export async function setTopic(db: Kysely<Database>, token: string, topic: string, subscribed: boolean, now: Date): Promise<void> {
  if (!isMailTopic(topic)) throw new AppError(404, 'unknown_topic', 'No such mail topic');
  const personId = await personOfToken(db, token);
  if (!canUnsubscribe(topic)) {
    if (subscribed) return;
    throw new AppError(422, 'mandatory_topic', 'Mail about mandatory training cannot be switched off');
  }
  if (subscribed) await db.deleteFrom('mail_preferences').where('person_id', '=', personId).where('topic', '=', topic).execute();
  else
    await db
      .insertInto('mail_preferences')
      .values({ person_id: personId, topic, unsubscribed_at: now.toISOString() })
      .onConflict((oc) => oc.columns(['person_id', 'topic']).doNothing())
      .execute();
}

export interface MailPreferences {
  language: 'nl' | 'en';
  topics: { topic: MailTopic; subscribed: boolean; canSwitchOff: boolean }[];
  undeliverable: boolean;
}

/** What the preference page shows; reading changes nothing. */
export async function preferencesOf(db: Kysely<Database>, token: string): Promise<MailPreferences> {
  const personId = await personOfToken(db, token);
  const [person, off, recipient] = await Promise.all([
    db.selectFrom('people').select('language').where('id', '=', personId).executeTakeFirstOrThrow(),
    unsubscribedTopicsOf(db, [personId]),
    db.selectFrom('mail_recipients').select('undeliverable_at').where('person_id', '=', personId).executeTakeFirstOrThrow(),
  ]);
  const switchedOff = off.get(personId) ?? [];
  return {
    language: person.language,
    topics: MAIL_TOPICS.map((topic) => ({ topic, subscribed: !canUnsubscribe(topic) || !switchedOff.includes(topic), canSwitchOff: canUnsubscribe(topic) })),
    undeliverable: recipient.undeliverable_at !== null,
  };
}

/** A permanent SMTP rejection (5xx at send time): no more mail to this address. */
export async function markUndeliverable(db: Kysely<Database>, personId: string, reason: string, now: Date): Promise<void> {
  await mailTokenOf(db, personId);
  await db.updateTable('mail_recipients').set({ undeliverable_at: now.toISOString(), undeliverable_reason: reason.slice(0, 500) }).where('person_id', '=', personId).execute();
}

/** The headers and links a bulk mail on `topic` carries for its person. */
export function unsubscribeLinks(publicUrl: string, token: string, topic: MailTopic) {
  const oneClick = `${publicUrl}/unsubscribe/${topic}/${token}`;
  return {
    oneClick,
    preferences: `${publicUrl}/mail-preferences/${token}`,
    headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** The person's slice of the export: topics switched off, and whether the address bounced (the token is a secret and left out). */
export async function mailPreferenceDataOf(db: Kysely<Database>, personId: string) {
  const [off, recipient] = await Promise.all([
    db.selectFrom('mail_preferences').select(['topic', 'unsubscribed_at']).where('person_id', '=', personId).orderBy('topic').execute(),
    db.selectFrom('mail_recipients').select(['undeliverable_at']).where('person_id', '=', personId).executeTakeFirst(),
  ]);
  return {
    mailPreferences: {
      unsubscribed: off.map((o) => ({ topic: o.topic, unsubscribedAt: o.unsubscribed_at })),
      undeliverableAt: recipient?.undeliverable_at ?? null,
    },
  };
}
