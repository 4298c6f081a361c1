import { createApp, type LeerlustApp } from '../../server/app';
import { createAppHooks } from '../../server/app-hooks';
import { loadConfig, type AppConfig } from '../../server/config';
import type { DatabaseHandle } from '../../server/db/connect';
import type { AppDeps } from '../../server/http/app-env';
import { createMemoryLogger } from '../../server/http/logger';
import { createMailer, type Mailer, type OutgoingMail } from '../../server/mail/mailer';
import { createInviteLink } from '../../server/features/auth/auth.service';
import { createPerson } from '../../server/features/people/people.service';
import type { CreatePerson } from '../../shared/schemas/people';
import type { TestDatabase } from './databases';

export const TEST_PUBLIC_URL = 'http://localhost:3000';

/** A controllable clock: starts at `start`, moves only when told. */
export function testClock(start = '2026-03-02T09:00:00Z') {
  let now = new Date(start);
  const clock = () => new Date(now);
  return Object.assign(clock, {
    set: (iso: string) => void (now = new Date(iso)),
    advance: (ms: number) => void (now = new Date(now.getTime() + ms)),
  });
}

export interface TestContext {
  app: LeerlustApp;
  deps: AppDeps;
  database: DatabaseHandle;
  clock: ReturnType<typeof testClock>;
  /** Mail sent through the in-memory mailer (unless a real SMTP URL was given). */
  sentMail: OutgoingMail[];
  close(): Promise<void>;
}

/** The app on a fresh database of the given kind, with a fixed clock. */
export async function createTestContext(kind: TestDatabase, overrides: Partial<AppConfig> = {}): Promise<TestContext> {
  const database = await kind.create();
  const clock = testClock();
  const log = createMemoryLogger();
  const sentMail: OutgoingMail[] = [];
  // The local test push service listens on loopback: trusted here, as PUSH_TRUSTED_HOSTS would trust it.
  const config: AppConfig = { ...loadConfig({}), publicUrl: TEST_PUBLIC_URL, loadDemo: false, pushTrustedHosts: ['127.0.0.1'], ...overrides };
  const mailer: Mailer = config.smtpUrl
    ? createMailer(config.smtpUrl, config.mailFrom, log)
    : { send: async (mail) => void sentMail.push(mail), close() {} };
  const deps: AppDeps = { db: database.db, dialect: database.dialect, config, mailer, clock, log, hooks: createAppHooks() };
  const app = createApp(deps);
  return {
    app,
    deps,
    database,
    clock,
    sentMail,
    async close() {
      mailer.close();
      await database.destroy();
    },
  };
}

let counter = 0;
/** A new person with a unique e-mail address. */
export async function addPerson(ctx: TestContext, input: Partial<CreatePerson> = {}) {
  counter += 1;
  return createPerson(
    ctx.deps.db,
    {
      email: `person${counter}.${Date.now()}@test.example`,
      name: `Test Person ${counter}`,
      role: 'employee',
      language: 'en',
      timeZone: 'Europe/Amsterdam',
      ...input,
    },
    ctx.clock(),
  );
}

/**
 * Talks to the app in-process like a browser would: keeps cookies and sends
 * the CSRF header on state-changing requests.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(private readonly app: LeerlustApp) {}

  /** `headers` override the defaults; a null value leaves that header out (e.g. `{ 'x-csrf-token': null }`). */
  async request(method: string, path: string, body?: unknown, headers: Record<string, string | null> = {}): Promise<Response> {
    const csrf = this.cookies.get('leerlust_csrf');
    const merged: Record<string, string | null> = {
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(this.cookies.size > 0 && { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }),
      ...(csrf && method !== 'GET' && { 'x-csrf-token': csrf }),
      ...headers,
    };
    const response = await this.app.request(path, {
      method,
      headers: Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== null)),
      ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    this.storeCookies(response);
    return response;
  }

  /** The value of a cookie this client holds, e.g. the session token or the CSRF token. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
  patch = (path: string, body: unknown) => this.request('PATCH', path, body);
  delete = (path: string) => this.request('DELETE', path);

  private storeCookies(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (/max-age=0/i.test(header) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** A client signed in as `personId`, through a real invite token exchange. */
export async function signedInClient(ctx: TestContext, personId: string): Promise<TestClient> {
  const invite = await createInviteLink(ctx.deps, personId);
  const token = new URL(invite.url).hash.replace('#token=', '');
  const client = new TestClient(ctx.app);
  const response = await client.post('/api/auth/session', { token });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return client;
}
