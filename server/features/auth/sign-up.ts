import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Language } from '../../../shared/schemas/common';
import { createPerson } from '../people/people.service';
import { findPersonByEmail } from '../people/people.repository';
import type { PersonRow } from '../people/people.table';
import { loadSignUpSettings, mayBeSignedUp } from '../settings/sign-up-settings';
import { authPolicy } from './auth.policy';
import { hashToken, newToken } from './tokens';

/**
 * A sign-up link's token for an address not yet known, if its domain may
 * sign up; null otherwise (the caller answers the same either way). The
 * person will see Leerlust in `language` if their phone speaks one of its
 * languages, else in the organisation's default.
 */
export async function issueSignUpToken(db: Kysely<Database>, email: string, language: Language | undefined, now: Date): Promise<{ token: string; language: Language } | null> {
  const settings = await loadSignUpSettings(db);
  if (!mayBeSignedUp(settings, email)) return null;
  const token = newToken();
  const chosen = language ?? settings.defaultLanguage;
  await db
    .insertInto('sign_up_tokens')
    .values({
      token_hash: hashToken(token),
      email,
      language: chosen,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + authPolicy.magicLinkTtlMs).toISOString(),
      used_at: null,
    })
    .execute();
  return { token, language: chosen };
}

/**
 * Opens a sign-up link (once): the person is made now, as an employee with
 * no department yet (the intake or HR sets it). If HR imported the address
 * meanwhile, that person signs in; if the domain is no longer allowed, nobody does.
 */
export async function signUpWithToken(db: Kysely<Database>, tokenHash: string, now: Date): Promise<PersonRow | undefined> {
  const token = await db
    .updateTable('sign_up_tokens')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .returning(['email', 'language'])
    .executeTakeFirst();
  if (!token) return undefined;
  const known = await findPersonByEmail(db, token.email);
  if (known) return known;
  if (!mayBeSignedUp(await loadSignUpSettings(db), token.email)) return undefined;
  const input = { email: token.email, name: nameFromAddress(token.email), role: 'employee' as const, language: token.language, timeZone: 'Europe/Amsterdam' };
  // Two tabs opening two links of one address at once: the second finds the first's person.
  return createPerson(db, input, now).catch(async (error: unknown) => (await findPersonByEmail(db, token.email)) ?? Promise.reject(error));
}

/** A first name to greet with until the person sets theirs: "jan.de-vries@…" → "Jan De-vries". */
function nameFromAddress(email: string): string {
  const local = email.slice(0, email.indexOf('@'));
  return local
    .split(/[._+]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ')
    .slice(0, 120);
}

/** Sign-up tokens whose time is up go with the expired sign-in tokens. */
export async function deleteExpiredSignUpTokens(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('sign_up_tokens').where('expires_at', '<', now.toISOString()).execute();
}
