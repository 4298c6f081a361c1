import type { AppConfig } from '../../config';
import type { Language } from '../../../shared/schemas/common';
import type { AppDeps } from '../../http/app-env';
import { AppError } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import { loadSso, magicLinksAllowed } from '../settings/sso-settings';
import { findPersonByEmail, findPersonById, updatePerson } from '../people/people.repository';
import type { PersonRow } from '../people/people.table';
import { authPolicy } from './auth.policy';
import {
  consumeLoginToken,
  deleteSession,
  deleteSessionsOf,
  extendSession,
  findLiveSessionWithPerson,
  insertLoginToken,
  insertSession,
} from './auth.repository';
import type { SessionRow } from './auth.table';
import { magicLinkMail } from './magic-link-mail';
import { issueSignUpToken, signUpWithToken } from './sign-up';
import { hitRateLimit } from './rate-limit';
import { hashToken, newToken } from './tokens';

const tooMany = () => new AppError(429, 'rate_limited', 'Too many requests; try again later');

/**
 * Sends a one-time sign-in link. The answer is the same whether or not the
 * address belongs to someone, so the form cannot be used to probe who works
 * here. Someone not yet known, with an address in a domain the organisation
 * allows, gets a sign-up link instead (their account is made when it is
 * opened); a person who left gets nothing. `language` is the one the person
 * saw the app in, if Leerlust speaks their phone's.
 */
export async function requestMagicLink(deps: AppDeps, email: string, clientIp: string, via?: string, language?: Language): Promise<void> {
  const now = deps.clock();
  if (!magicLinksAllowed(await loadSso(deps.db, deps.config))) {
    throw new AppError(403, 'magic_links_off', 'This organisation signs in through its own sign-in service; magic links are switched off');
  }
  if (!(await hitRateLimit(deps.db, `magic-ip:${clientIp}`, authPolicy.magicLinkPerIp, now))) throw tooMany();
  if (!(await hitRateLimit(deps.db, `magic-address:${hashToken(email)}`, authPolicy.magicLinkPerAddress, now))) throw tooMany();
  const person = await findPersonByEmail(deps.db, email);
  // The source code (already validated: letters and digits only) travels in the fragment with the token.
  const linkFor = (token: string) => `${deps.config.publicUrl}/signin/verify#token=${token}${via ? `&via=${via}` : ''}`;
  if (person) {
    if (!person.email || person.left_at) return;
    const token = await issueLoginToken(deps, person.id, 'magic', authPolicy.magicLinkTtlMs);
    // Someone who has not joined yet reads the mail in the language the app showed them (it becomes theirs when they do).
    const mailLanguage = person.joined_at ? person.language : (language ?? person.language);
    await deps.mailer.send(magicLinkMail(person.email, person.name, mailLanguage, linkFor(token)));
    return;
  }
  const signUp = await issueSignUpToken(deps.db, email, language, now);
  if (signUp) await deps.mailer.send(magicLinkMail(email, null, signUp.language, linkFor(signUp.token)));
}

/**
 * What issuing a sign-in link needs: less than a whole app, so the admin
 * command line can issue one without a mailer or HTTP server.
 */
export type LinkIssuerDeps = Pick<AppDeps, 'db' | 'clock'> & { config: Pick<AppConfig, 'publicUrl'> };

/** A personal invite link for someone without a mailbox; printed or shown as a QR code. */
export async function createInviteLink(deps: LinkIssuerDeps, personId: string): Promise<{ url: string; expiresAt: string }> {
  const person = await findPersonById(deps.db, personId);
  if (!person) throw new AppError(404, 'not_found', 'Person not found');
  if (person.left_at) throw new AppError(409, 'person_left', 'This person has left; bring them back before inviting them');
  const token = await issueLoginToken(deps, person.id, 'invite', authPolicy.inviteTtlMs);
  const expiresAt = new Date(deps.clock().getTime() + authPolicy.inviteTtlMs).toISOString();
  return { url: `${deps.config.publicUrl}/signin/verify#token=${token}`, expiresAt };
}

/** An invite an admin mints in the workspace: audited, since it lets someone in. */
export async function createAuditedInvite(deps: LinkIssuerDeps, adminId: string, personId: string): Promise<{ url: string; expiresAt: string }> {
  const invite = await createInviteLink(deps, personId);
  await recordAudit(deps.db, { actorId: adminId, action: 'person.invite', entityType: 'person', entityId: personId, detail: { expiresAt: invite.expiresAt } }, deps.clock());
  return invite;
}

async function issueLoginToken(deps: LinkIssuerDeps, personId: string, kind: 'magic' | 'invite', ttlMs: number): Promise<string> {
  const now = deps.clock();
  const token = newToken();
  await insertLoginToken(deps.db, {
    token_hash: hashToken(token),
    person_id: personId,
    kind,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + ttlMs).toISOString(),
    used_at: null,
  });
  return token;
}

export interface NewSession {
  /** Goes into the HttpOnly cookie; never stored. */
  token: string;
  session: SessionRow;
  person: PersonRow;
}

/** Trades a one-time token from a magic link or invite for a session. */
export async function exchangeLoginToken(deps: AppDeps, token: string, clientIp: string, via?: string, language?: Language): Promise<NewSession> {
  const now = deps.clock();
  if (!(await hitRateLimit(deps.db, `exchange-ip:${clientIp}`, authPolicy.tokenExchangePerIp, now))) throw tooMany();
  const personId = await consumeLoginToken(deps.db, hashToken(token), now);
  const person = personId ? await findPersonById(deps.db, personId) : await signUpWithToken(deps.db, hashToken(token), now);
  // Someone who left the organisation does not get back in with an old link.
  if (!person || person.left_at) throw new AppError(400, 'link_invalid', 'This link is used or expired. Ask for a new one.');
  return completeSignIn(deps, person, now, via, language);
}

/**
 * Signs a person in whose identity was proven (a sign-in token, the
 * organisation's identity provider): they join at their first sign-in, and
 * get a new session.
 */
export async function completeSignIn(deps: AppDeps, person: PersonRow, now: Date, via?: string | null, language?: Language): Promise<NewSession> {
  // Joining: the language they saw before signing in stays theirs (HR's import only guessed it; later they choose in the settings).
  const joined = person.joined_at
    ? person
    : ((await updatePerson(deps.db, person.id, { joined_at: now.toISOString(), ...(language && { language }) })) ?? person);
  // Joining happens once, at the first sign-in: the hook credits the sign-up to the source in `via` (first touch).
  if (!person.joined_at) await deps.hooks.joined(deps.db, { personId: person.id, via: via ?? null, at: now });
  return { ...(await startSession(deps, person.id, now)), person: joined };
}

async function startSession(deps: AppDeps, personId: string, now: Date): Promise<Omit<NewSession, 'person'>> {
  const token = newToken();
  const session: SessionRow = {
    token_hash: hashToken(token),
    person_id: personId,
    csrf_token: newToken(),
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + authPolicy.sessionTtlMs).toISOString(),
  };
  await insertSession(deps.db, session);
  return { token, session };
}

export interface ResolvedSession {
  session: SessionRow;
  person: PersonRow;
  /** The session was just extended: the cookies must be set again, or the browser drops them at their old Max-Age. */
  renewed: boolean;
  /** The learning offer's version, read with the session (see findLiveSessionWithPerson). */
  catalogueVersion: number;
}

/** The session and person behind a cookie token, extending the session now and then. */
export async function resolveSession(deps: AppDeps, token: string): Promise<ResolvedSession | null> {
  const now = deps.clock();
  const found = await findLiveSessionWithPerson(deps.db, hashToken(token), now);
  // Marking someone as left ends their sessions without touching each one.
  if (!found || found.person.left_at) return null;
  const { session, person, catalogueVersion } = found;
  if (now.getTime() - Date.parse(session.last_seen_at) > authPolicy.sessionTouchEveryMs) {
    const expiresAt = new Date(now.getTime() + authPolicy.sessionTtlMs).toISOString();
    await extendSession(deps.db, session.token_hash, now.toISOString(), expiresAt);
    return { session: { ...session, last_seen_at: now.toISOString(), expires_at: expiresAt }, person, renewed: true, catalogueVersion };
  }
  return { session, person, renewed: false, catalogueVersion };
}

export async function endSession(deps: AppDeps, tokenHash: string): Promise<void> {
  await deleteSession(deps.db, tokenHash);
}

export async function endAllSessions(deps: AppDeps, personId: string): Promise<void> {
  await deleteSessionsOf(deps.db, personId);
}
