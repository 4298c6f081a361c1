import { generateKeyPairSync } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/*
 * A real OpenID Connect provider (panva's oidc-provider, the certified
 * server library) on loopback, for single sign-on tests. It runs behind a
 * small forwarding server whose address is the issuer, so a test can play
 * the network in between: `tamper` alters the ID token of the next token
 * answers (its signature no longer matches, or its audience is another's).
 */

export interface TestAccount {
  email: string;
  name: string;
  /** Entra ID's object id, when the test plays Entra. */
  oid?: string;
}

export type Tampering = 'none' | 'signature' | 'audience';

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  tamper: Tampering;
  close(): Promise<void>;
}

const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

export async function startOidcProvider(options: { redirectUri: string; accounts: Record<string, TestAccount>; codeTtlSeconds?: number }): Promise<TestOidcProvider> {
  const front = createServer();
  const frontPort = await listen(front);
  const issuer = `http://127.0.0.1:${frontPort}`;
  const clientId = 'leerlust';
  const clientSecret = 'a-client-secret-for-tests-only-0123456789';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri], token_endpoint_auth_method: 'client_secret_post', response_types: ['code'], grant_types: ['authorization_code'] }],
    async findAccount(_ctx, id) {
      const account = options.accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email: account.email, email_verified: true, name: account.name, ...(account.oid && { oid: account.oid }) }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'oid'] },
    // Leerlust reads the person from the ID token; the userinfo endpoint is not needed.
    conformIdTokenClaims: false,
    cookies: { keys: ['oidc-provider-cookie-key-for-tests'] },
    // Its own signing key per start, so a token of another run is never valid.
    jwks: { keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    ttl: { AuthorizationCode: options.codeTtlSeconds ?? 60 },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    // A first-party client: no consent screen, as an organisation's own apps are configured.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(ctx.oidc.client?.clientId ?? '');
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client?.clientId, accountId: ctx.oidc.session?.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const inner = createServer(provider.callback());
  const innerPort = await listen(inner);
  const state: TestOidcProvider = { issuer, clientId, clientSecret, tamper: 'none', close: async () => {} };

  front.on('request', (incoming, outgoing) => {
    const forward = httpRequest({ host: '127.0.0.1', port: innerPort, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
      const isToken = incoming.url?.startsWith('/token') && state.tamper !== 'none';
      if (!isToken) {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id_token?: string };
        if (body.id_token) body.id_token = tampered(body.id_token, state.tamper);
        const text = JSON.stringify(body);
        outgoing.writeHead(answer.statusCode ?? 200, { ...answer.headers, 'content-length': Buffer.byteLength(text) });
        outgoing.end(text);
      });
    });
    incoming.pipe(forward);
  });

  state.close = async () => {
    await new Promise<void>((resolve) => front.close(() => resolve()));
    await new Promise<void>((resolve) => inner.close(() => resolve()));
  };
  return state;
}

/** The ID token with its signature broken, or with another audience in it (which breaks the signature as well). */
function tampered(idToken: string, how: Tampering): string {
  const [header, payload, signature] = idToken.split('.') as [string, string, string];
  if (how === 'signature') {
    const last = signature.at(-2) === 'A' ? 'B' : 'A';
    return `${header}.${payload}.${signature.slice(0, -2)}${last}${signature.at(-1)}`;
  }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  return `${header}.${Buffer.from(JSON.stringify({ ...claims, aud: 'another-app' })).toString('base64url')}.${signature}`;
}

/** Cookies of one browser at the provider, by name. */
class CookieJar {
  private cookies = new Map<string, string>();
  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Signs in at the provider as a browser would (its login form, as `login`)
 * from the authorization URL, and answers the URL it sends the browser back
 * to (Leerlust's callback with code and state).
 */
export async function signInAtProvider(authorizationUrl: string, login: string, redirectUri: string): Promise<URL> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  let body: string | undefined;
  for (let step = 0; step < 12; step += 1) {
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(body && { 'content-type': 'application/x-www-form-urlencoded' }) },
      ...(body && { body }),
    });
    jar.store(response);
    body = undefined;
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) return next;
      url = next;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`the provider showed no form at ${url.href} (${response.status}): ${html.slice(0, 300)}`);
    url = new URL(action, url);
    body = new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString();
  }
  throw new Error('the provider did not send the browser back');
}
