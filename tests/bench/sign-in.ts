import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/database';
import { createInviteLink } from '../../server/features/auth/auth.service';
import { findPersonByEmail } from '../../server/features/people/people.repository';

/** The demo employee every bench signs in as. */
export const DEMO_EMPLOYEE = 'sanne@anker.example';

/**
 * A one-time invite token for `email`, issued through the service layer as an
 * admin would. Trade it with POST /api/auth/session, or open
 * `/signin/verify#token=…` in a browser.
 */
export async function issueInviteToken(db: Kysely<Database>, publicUrl: string, email: string, now = new Date()): Promise<string> {
  const person = await findPersonByEmail(db, email);
  if (!person) throw new Error(`No person with e-mail ${email} (is the demo organisation loaded?)`);
  const invite = await createInviteLink({ db, clock: () => now, config: { publicUrl } }, person.id);
  const token = new URLSearchParams(new URL(invite.url).hash.slice(1)).get('token');
  if (!token) throw new Error(`No token in invite link ${invite.url}`);
  return token;
}

/**
 * Trades a sign-in token for a session over real HTTP, like the app does, and
 * returns the cookies as one `Cookie` header value (session and CSRF cookie).
 */
export async function sessionCookieFor(baseUrl: string, token: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(baseUrl).origin },
    body: JSON.stringify({ token }),
  });
  if (response.status !== 200) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((header) => header.split(';')[0] ?? '');
  if (cookies.length === 0) throw new Error('Sign-in set no cookies');
  return cookies.join('; ');
}
