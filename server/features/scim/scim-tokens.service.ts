import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { notFound } from '../../http/app-error';
import type { ScimTokenInfo } from '../../../shared/schemas/works-council';
import { hashToken, newToken } from '../auth/tokens';
import { findLiveScimToken, insertScimToken, listScimTokens, revokeScimToken, touchScimToken } from './scim.repository';
import type { ScimTokenRow } from './scim.table';

/** Last use is written at most this often: the provider calls in bursts. */
const TOUCH_EVERY_MS = 60_000;

const toInfo = (row: ScimTokenRow): ScimTokenInfo => ({ id: row.id, label: row.label, createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at });

/** A new token for the identity provider; shown once, stored only as its hash. */
export async function mintScimToken(db: Kysely<Database>, adminId: string, label: string, now: Date): Promise<ScimTokenInfo & { token: string }> {
  const token = `scim_${newToken()}`;
  const row: ScimTokenRow = { id: randomUUID(), token_hash: hashToken(token), label, created_by: adminId, created_at: now.toISOString(), last_used_at: null, revoked_at: null };
  await insertScimToken(db, row);
  return { ...toInfo(row), token };
}

export async function scimTokens(db: Kysely<Database>): Promise<ScimTokenInfo[]> {
  return (await listScimTokens(db)).map(toInfo);
}

export async function revokeToken(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  if (!(await revokeScimToken(db, id, now))) throw notFound('Token');
}

/** The live token behind a bearer value, or undefined. */
export async function authenticateScim(db: Kysely<Database>, bearer: string, now: Date): Promise<ScimTokenRow | undefined> {
  const token = await findLiveScimToken(db, hashToken(bearer));
  if (token && (!token.last_used_at || now.getTime() - Date.parse(token.last_used_at) > TOUCH_EVERY_MS)) await touchScimToken(db, token.id, now);
  return token;
}
