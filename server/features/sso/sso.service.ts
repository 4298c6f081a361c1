import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppDeps } from '../../http/app-env';
import { completeSignIn, type NewSession } from '../auth/auth.service';
import { hashToken } from '../auth/tokens';
import { findPersonByEmail, findPersonById } from '../people/people.repository';
import { createPerson } from '../people/people.service';
import type { PersonRow } from '../people/people.table';
import { loadSso, ssoRedirectUri, type SsoConnection } from '../settings/sso-settings';
import { authorizationUrl, newFlowSecrets, providerConfiguration, redeemCode, type VerifiedClaims } from './oidc-provider-client';
import { findIdentity, findProvisionedPerson, hasIdentityAt, insertFlow, linkIdentity, takeFlow, touchIdentity } from './sso.repository';

/*
 * Single sign-on. Starting stores the flow's state (hashed), nonce and PKCE
 * verifier; the callback takes that flow once, so a replayed or made-up
 * state is refused before the provider is asked anything. A person is found
 * by the provider's subject id; at their first single sign-on, by the
 * provider's object id that SCIM provisioned them with, or else by a
 * verified e-mail address of someone with no account at this provider yet.
 * Then, as the organisation chose, someone unknown is refused or made.
 */

const FLOW_TTL_MS = 10 * 60_000;

export type SsoRefusal = 'not_configured' | 'provider_unavailable' | 'flow_invalid' | 'token_refused' | 'provider_error' | 'unknown_person' | 'person_left';

export class SsoRefused extends Error {
  constructor(
    readonly reason: SsoRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'SsoRefused';
  }
}

async function configured(deps: AppDeps): Promise<SsoConnection> {
  const sso = await loadSso(deps.db, deps.config);
  if (!sso.enabled || !sso.issuer || !sso.clientId) throw new SsoRefused('not_configured', 'Single sign-on is not set up');
  return sso;
}

async function configurationOf(deps: AppDeps, sso: SsoConnection) {
  try {
    return await providerConfiguration(sso, deps.clock().getTime());
  } catch (error) {
    throw new SsoRefused('provider_unavailable', `The identity provider cannot be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Where to send the browser to sign in at the provider, and the flow's state
 * for the browser to keep (the route sets it as a cookie): the callback is
 * taken only in the browser that started it.
 */
export async function startSso(deps: AppDeps, via: string | undefined): Promise<{ url: URL; state: string }> {
  const sso = await configured(deps);
  const configuration = await configurationOf(deps, sso);
  const secrets = newFlowSecrets();
  const now = deps.clock();
  await insertFlow(deps.db, {
    state_hash: hashToken(secrets.state),
    nonce: secrets.nonce,
    code_verifier: secrets.codeVerifier,
    via: via ?? null,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + FLOW_TTL_MS).toISOString(),
    used_at: null,
  });
  return { url: await authorizationUrl(configuration, ssoRedirectUri(deps.config.publicUrl), secrets), state: secrets.state };
}

/**
 * The provider sent the browser back to `callbackUrl`: verify everything, then
 * sign the person in. `browserState` is the state the starting browser kept:
 * without it, someone could start a flow, sign in at the provider as
 * themselves and hand the callback link to a colleague, who would then be
 * signed in as them (login CSRF). A mismatch leaves the flow untouched.
 */
export async function finishSso(deps: AppDeps, callbackUrl: URL, browserState: string | undefined): Promise<NewSession> {
  const sso = await configured(deps);
  const state = callbackUrl.searchParams.get('state');
  const fromThisBrowser = state !== null && browserState !== undefined && state === browserState;
  const flow = fromThisBrowser ? await takeFlow(deps.db, hashToken(state), deps.clock()) : undefined;
  if (!state || !flow) throw new SsoRefused('flow_invalid', 'This sign-in was already used, has expired, or was not started here');
  const providerError = callbackUrl.searchParams.get('error');
  if (providerError) throw new SsoRefused('provider_error', `The identity provider refused: ${providerError}`);
  const configuration = await configurationOf(deps, sso);
  let claims: VerifiedClaims;
  try {
    claims = await redeemCode(configuration, callbackUrl, { state, nonce: flow.nonce, codeVerifier: flow.code_verifier });
  } catch (error) {
    deps.log.warn('single sign-on refused', { error: error instanceof Error ? error.message : String(error) });
    throw new SsoRefused('token_refused', 'The identity provider’s answer did not pass the checks');
  }
  const now = deps.clock();
  const person = await personFor(deps.db, sso, claims, now);
  if (person.left_at) throw new SsoRefused('person_left', 'This account is no longer active here');
  return completeSignIn(deps, person, now, flow.via);
}

async function personFor(db: Kysely<Database>, sso: SsoConnection, claims: VerifiedClaims, now: Date): Promise<PersonRow> {
  const identity = await findIdentity(db, claims.issuer, claims.subject);
  if (identity) {
    await touchIdentity(db, claims.issuer, claims.subject, now);
    const person = await findPersonById(db, identity.person_id);
    if (person) return person;
  }
  const found = await firstTimeMatch(db, claims);
  const person = found ?? (sso.unknownPeople === 'create' ? await createFromClaims(db, claims, now) : undefined);
  if (!person) throw new SsoRefused('unknown_person', 'You are not known here yet; ask the organisation’s L&D team to add you');
  await linkIdentity(db, claims.issuer, claims.subject, person.id, now);
  return person;
}

async function firstTimeMatch(db: Kysely<Database>, claims: VerifiedClaims): Promise<PersonRow | undefined> {
  const provisioned = claims.objectId ? await findProvisionedPerson(db, claims.objectId) : undefined;
  if (provisioned) return findPersonById(db, provisioned);
  if (!claims.email || !claims.emailVerified) return undefined;
  const byEmail = await findPersonByEmail(db, claims.email);
  // An address is trusted once, for someone with no account at this provider: never to take over a linked person.
  return byEmail && !(await hasIdentityAt(db, claims.issuer, byEmail.id)) ? byEmail : undefined;
}

async function createFromClaims(db: Kysely<Database>, claims: VerifiedClaims, now: Date): Promise<PersonRow> {
  const email = claims.email && claims.emailVerified ? claims.email : null;
  return createPerson(db, { name: (claims.name ?? email ?? 'Nieuwe collega').slice(0, 120), email, role: 'employee', language: 'nl', timeZone: 'Europe/Amsterdam' }, now);
}
