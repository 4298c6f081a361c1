import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { preparedQuery } from '../../db/prepared-query';
import type { PersonRow } from '../people/people.table';
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

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute();
}

export async function insertSession(db: Kysely<Database>, row: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/**
 * A live session and its person in one query: every API request asks this,
 * so it is one round trip rather than two.
 */
const liveSessionWithPerson = preparedQuery<{ tokenHash: string; now: string }>()((db, param) =>
  db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.person_id')
    .selectAll('people')
    .select([
      'sessions.token_hash as session_token_hash',
      'sessions.csrf_token as session_csrf_token',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at as session_last_seen_at',
      'sessions.expires_at as session_expires_at',
    ])
    .select((eb) => eb.selectFrom('catalogue_version').select('version').where('id', '=', 1).as('catalogue_version'))
    .where('sessions.token_hash', '=', param('tokenHash'))
    .where('sessions.expires_at', '>', param('now')),
);

/**
 * A live session and its person in one query: every API request asks this,
 * so it is one round trip rather than two, and the query is compiled once.
 * The learning offer's version comes along in the same statement: cached
 * answers (the feed) are keyed by it, and on SQLite every statement pays for
 * a read lock of its own.
 */
export async function findLiveSessionWithPerson(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<{ session: SessionRow; person: PersonRow; catalogueVersion: number } | undefined> {
  const [row] = await liveSessionWithPerson(db, { tokenHash, now: now.toISOString() });
  if (!row) return undefined;
  const { session_token_hash, session_csrf_token, session_created_at, session_last_seen_at, session_expires_at, catalogue_version, ...person } = row;
  return {
    person,
    catalogueVersion: Number(catalogue_version ?? missingCatalogueVersion()),
    session: {
      token_hash: session_token_hash,
      person_id: person.id,
      csrf_token: session_csrf_token,
      created_at: session_created_at,
      last_seen_at: session_last_seen_at,
      expires_at: session_expires_at,
    },
  };
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

/** Migration 0003 inserts the one catalogue_version row; without it no cached feed could ever be trusted. */
function missingCatalogueVersion(): never {
  throw new Error('catalogue_version has no row (see migration 0003)');
}
