import { resolve } from 'node:path';
import { isValidVapidSubject } from './features/push/vapid-subject';

export interface AppConfig {
  port: number;
  dataDir: string;
  /** postgres://… to run on PostgreSQL; unset for SQLite in dataDir. */
  databaseUrl: string | undefined;
  /** smtp(s)://user:pass@host:port; unset writes mail to the server log instead. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** DKIM signing of outgoing mail (DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY as PEM); unset: unsigned. */
  dkim: { domainName: string; keySelector: string; privateKey: string } | undefined;
  /** The address people reach the app at; links in mails and QR codes point here. */
  publicUrl: string;
  loadDemo: boolean;
  /** Trust X-Forwarded-For/-Proto from a reverse proxy or load balancer. */
  trustProxy: boolean;
  clientDir: string;
  /** Shared secret with which the learning platform signs completion callbacks; unset disables them. */
  learningPlatformSecret: string | undefined;
  /** VAPID key pair for web push (base64url); unset: generated on the first start and kept in the database. */
  vapidPublicKey: string | undefined;
  vapidPrivateKey: string | undefined;
  /** The contact push services see (mailto: or https:); defaults to MAIL_FROM's address. */
  vapidSubject: string;
  /**
   * Push-service hosts the server may send to although they are not public
   * https: hosts (PUSH_TRUSTED_HOSTS, comma-separated): a local test push
   * service. Every other endpoint must be https: on a public address.
   */
  pushTrustedHosts: string[];
  /** The organisation's OpenID Connect provider from OIDC_* variables; unset: configured in the workspace, if at all. */
  oidc: OidcEnvironment | undefined;
  /** The learning record store from LRS_* variables; unset: configured in the workspace, if at all. */
  lrs: LrsEnvironment | undefined;
}

export interface OidcEnvironment {
  issuer: string;
  clientId: string;
  clientSecret: string;
  buttonLabel: string;
  unknownPeople: 'refuse' | 'create';
  magicLinks: boolean;
}

export interface LrsEnvironment {
  endpoint: string;
  username: string;
  password: string;
  includeEmail: boolean;
}

/** Reads the configuration from environment variables, with defaults that just work locally. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = parsePort(env.PORT ?? '3000');
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (env.VAPID_SUBJECT && !isValidVapidSubject(env.VAPID_SUBJECT)) {
    throw new Error(`VAPID_SUBJECT must be mailto:<address> or an https: URL (push services refuse others), got "${env.VAPID_SUBJECT}"`);
  }
  return {
    port,
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Leerlust <leerlust@localhost>',
    dkim:
      env.DKIM_DOMAIN && env.DKIM_SELECTOR && env.DKIM_PRIVATE_KEY
        ? { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKey: env.DKIM_PRIVATE_KEY.replace(/\\n/g, '\n') }
        : undefined,
    publicUrl,
    loadDemo: env.LEERLUST_DEMO !== '0',
    trustProxy: env.TRUST_PROXY === '1',
    clientDir: resolve(env.CLIENT_DIR ?? 'dist/client'),
    learningPlatformSecret: env.LEARNING_PLATFORM_SECRET || undefined,
    vapidPublicKey: env.VAPID_PUBLIC_KEY || undefined,
    vapidPrivateKey: env.VAPID_PRIVATE_KEY || undefined,
    vapidSubject: env.VAPID_SUBJECT || defaultVapidSubject(env.MAIL_FROM, publicUrl),
    pushTrustedHosts: (env.PUSH_TRUSTED_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
    oidc: env.OIDC_ISSUER
      ? {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID ?? '',
          clientSecret: env.OIDC_CLIENT_SECRET ?? '',
          buttonLabel: env.OIDC_BUTTON_LABEL ?? 'Microsoft',
          unknownPeople: env.OIDC_UNKNOWN_PEOPLE === 'create' ? 'create' : 'refuse',
          magicLinks: env.MAGIC_LINKS !== '0',
        }
      : undefined,
    lrs: env.LRS_ENDPOINT
      ? { endpoint: env.LRS_ENDPOINT, username: env.LRS_USERNAME ?? '', password: env.LRS_PASSWORD ?? '', includeEmail: env.LRS_INCLUDE_EMAIL === '1' }
      : undefined,
  };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got "${value}"`);
  return port;
}

/** mailto: the MAIL_FROM address, or the public URL; main.ts warns when push services would refuse it. */
function defaultVapidSubject(mailFrom: string | undefined, publicUrl: string): string {
  const address = /<([^>]+)>/.exec(mailFrom ?? '')?.[1] ?? mailFrom;
  return address && address.includes('@') ? `mailto:${address.trim()}` : publicUrl;
}
