import * as oidc from 'openid-client';
import type { SsoConnection } from '../settings/sso-settings';

/*
 * The organisation's OpenID Connect provider, through openid-client (a
 * certified relying-party library): discovery from the issuer URL, the
 * authorization code flow with PKCE, state and nonce, and ID tokens whose
 * signature is checked against the provider's published keys besides the
 * issuer, audience, expiry and nonce checks the library always makes.
 */

const CACHE_MS = 10 * 60_000;
const TIMEOUT_SECONDS = 5;
const cache = new Map<string, { configuration: oidc.Configuration; at: number }>();

/** Plain http is for a provider on this machine only (tests, a local Keycloak). */
const isLoopback = (issuer: URL) => issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);

/** The provider's configuration, discovered from its issuer URL and kept for a while. */
export async function providerConfiguration(sso: SsoConnection, now: number): Promise<oidc.Configuration> {
  const key = `${sso.issuer}\n${sso.clientId}\n${sso.clientSecret}`;
  const cached = cache.get(key);
  if (cached && now - cached.at < CACHE_MS) return cached.configuration;
  const issuer = new URL(sso.issuer);
  const configuration = await oidc.discovery(issuer, sso.clientId, undefined, oidc.ClientSecretPost(sso.clientSecret), {
    timeout: TIMEOUT_SECONDS,
    ...(isLoopback(issuer) && { execute: [oidc.allowInsecureRequests] }),
  });
  configuration.timeout = TIMEOUT_SECONDS;
  // Verify the ID token's signature with the provider's keys, not only trust the TLS connection it came over.
  oidc.enableNonRepudiationChecks(configuration);
  cache.set(key, { configuration, at: now });
  return configuration;
}

/** Forgets the discovered configurations (the provider's settings changed). */
export function forgetProviderConfigurations(): void {
  cache.clear();
}

export interface FlowSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export function newFlowSecrets(): FlowSecrets {
  return { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
}

export async function authorizationUrl(configuration: oidc.Configuration, redirectUri: string, secrets: FlowSecrets): Promise<URL> {
  return oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    state: secrets.state,
    nonce: secrets.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(secrets.codeVerifier),
    code_challenge_method: 'S256',
  });
}

export interface VerifiedClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  /** Entra ID's object id, which SCIM provisioning knows as externalId. */
  objectId: string | null;
}

/** Trades the code for tokens and answers the ID token's verified claims; throws when any check fails. */
export async function redeemCode(configuration: oidc.Configuration, callbackUrl: URL, secrets: Omit<FlowSecrets, 'state'> & { state: string }): Promise<VerifiedClaims> {
  const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: secrets.codeVerifier,
    expectedState: secrets.state,
    expectedNonce: secrets.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('The provider sent no ID token');
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: text(claims.email)?.toLowerCase() ?? null,
    emailVerified: claims.email_verified !== false,
    name: text(claims.name) ?? text(claims.preferred_username),
    objectId: text(claims.oid),
  };
}
