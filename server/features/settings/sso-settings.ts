import type { Kysely } from 'kysely';
import type { AppConfig, OidcEnvironment } from '../../config';
import type { Database } from '../../db/database';
import type { SsoSettings, UpdateSsoSettings } from '../../../shared/schemas/works-council';
import { recordAudit } from '../audit/audit.service';
import { readSetting, writeSetting } from './settings.repository';

/*
 * The organisation's OpenID Connect provider: from OIDC_* variables when
 * set (then read-only in the workspace), else as an admin configured it.
 * Here, beside the other settings, because sign-in by magic link asks
 * whether magic links are still on and single sign-on needs the rest.
 */

const SSO_SETTING = 'sso';

export interface SsoConnection extends OidcEnvironment {
  enabled: boolean;
  fromEnvironment: boolean;
}

const OFF: SsoConnection = { enabled: false, issuer: '', clientId: '', clientSecret: '', buttonLabel: '', unknownPeople: 'refuse', magicLinks: true, fromEnvironment: false };

export async function loadSso(db: Kysely<Database>, config: Pick<AppConfig, 'oidc'>): Promise<SsoConnection> {
  if (config.oidc) return { ...config.oidc, enabled: true, fromEnvironment: true };
  const stored = (await readSetting(db, SSO_SETTING)) as Partial<SsoConnection> | undefined;
  return stored && typeof stored.issuer === 'string' ? { ...OFF, ...stored, fromEnvironment: false } : OFF;
}

/** Whether people may ask for a magic link: always, unless single sign-on is on and the organisation switched them off. */
export function magicLinksAllowed(sso: SsoConnection): boolean {
  return !sso.enabled || sso.magicLinks;
}

export function ssoRedirectUri(publicUrl: string): string {
  return `${publicUrl}/api/auth/sso/callback`;
}

export function ssoView(connection: SsoConnection, publicUrl: string): SsoSettings {
  const { clientSecret, ...rest } = connection;
  return { ...rest, hasClientSecret: clientSecret.length > 0, redirectUri: ssoRedirectUri(publicUrl) };
}

/** Saved with its own audit entry, which leaves the client secret out (the route layer's would log the body). */
export async function saveSso(db: Kysely<Database>, config: Pick<AppConfig, 'oidc'>, adminId: string, input: UpdateSsoSettings, now: Date): Promise<SsoConnection> {
  const current = await loadSso(db, config);
  const next = { ...input, issuer: input.issuer.replace(/\/+$/, ''), clientSecret: input.clientSecret ?? current.clientSecret };
  const { clientSecret, ...detail } = next;
  await db.transaction().execute(async (trx) => {
    await writeSetting(trx, SSO_SETTING, next, now);
    await recordAudit(trx, { actorId: adminId, action: 'sso.update', entityType: 'setting', entityId: SSO_SETTING, detail: { ...detail, clientSecret: input.clientSecret ? 'changed' : 'kept' } }, now);
  });
  return { ...next, clientSecret, fromEnvironment: false };
}
