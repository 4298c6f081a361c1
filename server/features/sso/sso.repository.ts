import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { SsoFlowRow } from './sso.table';

export async function insertFlow(db: Kysely<Database>, flow: SsoFlowRow): Promise<void> {
  await db.insertInto('sso_flows').values(flow).execute();
}

/**
 * Takes the flow of a state once: the update that marks it used is the
 * check, so two callbacks with the same state (a replay) get it only once.
 */
export async function takeFlow(db: Kysely<Database>, stateHash: string, now: Date): Promise<SsoFlowRow | undefined> {
  return db
    .updateTable('sso_flows')
    .set({ used_at: now.toISOString() })
    .where('state_hash', '=', stateHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .returningAll()
    .executeTakeFirst();
}

export async function findIdentity(db: Kysely<Database>, issuer: string, subject: string) {
  return db.selectFrom('sso_identities').selectAll().where('issuer', '=', issuer).where('subject', '=', subject).executeTakeFirst();
}

export async function hasIdentityAt(db: Kysely<Database>, issuer: string, personId: string): Promise<boolean> {
  return (await db.selectFrom('sso_identities').select('person_id').where('issuer', '=', issuer).where('person_id', '=', personId).executeTakeFirst()) !== undefined;
}

export async function linkIdentity(db: Kysely<Database>, issuer: string, subject: string, personId: string, now: Date): Promise<void> {
  await db.insertInto('sso_identities').values({ issuer, subject, person_id: personId, created_at: now.toISOString(), last_sign_in_at: now.toISOString() }).execute();
}

export async function touchIdentity(db: Kysely<Database>, issuer: string, subject: string, now: Date): Promise<void> {
  await db.updateTable('sso_identities').set({ last_sign_in_at: now.toISOString() }).where('issuer', '=', issuer).where('subject', '=', subject).execute();
}

/** The person the identity provider provisioned with this object id (Entra ID's `oid` claim is SCIM's externalId). */
export async function findProvisionedPerson(db: Kysely<Database>, externalId: string): Promise<string | undefined> {
  return (await db.selectFrom('scim_users').select('person_id').where('external_id', '=', externalId).executeTakeFirst())?.person_id;
}
