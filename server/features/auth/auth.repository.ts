import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { LoginTokensTable, SessionRow, SessionsTable } from './auth.table';

export async function insertLoginToken(db: Kysely<Database>, row: LoginTokensTable): Promise<void> {
  await db.insertInto('login_tokens').values(row).execute();
}

/**
 * Marks a login token used and returns its owner, in one statement, so that
 * two simultaneous clicks on the same link cannot both sign in.
 */
export async function consumeLoginToken(db: Kysely<Database>, tokenHash: string, now: Date): Promise<string | undefined> {
  const row = await db
    .updateTable('login_tokens')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .returning('person_id')
    .executeTakeFirst();
  return row?.person_id;
}

export async function deleteExpiredLoginTokens(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('login_tokens').where('expires_at', '<', now.toISOString()).execute();
}

export async function insertSession(db: Kysely<Database>, row: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function findLiveSession(db: Kysely<Database>, tokenHash: string, now: Date): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
}

export async function extendSession(db: Kysely<Database>, tokenHash: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOf(db: Kysely<Database>, personId: string): Promise<void> {
  await db.deleteFrom('sessions').where('person_id', '=', personId).execute();
}

export async function listSessionsOf(db: Kysely<Database>, personId: string): Promise<SessionRow[]> {
  return db.selectFrom('sessions').selectAll().where('person_id', '=', personId).orderBy('created_at').execute();
}
