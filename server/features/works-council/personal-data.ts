import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';
import { accessLogOf } from './access-log';

type Slice = Pick<PersonalDataExport, 'identityProviderAccounts' | 'provisioning' | 'accessLog' | 'learningRecordStatements'>;

/**
 * The person's slice of the export for what connects Leerlust to the
 * organisation's systems: their identity-provider accounts and SCIM link,
 * who looked at their data, and the xAPI statements about them.
 */
export async function connectedDataOf(db: Kysely<Database>, personId: string): Promise<Slice> {
  const [identities, provisioning, accessLog, statements] = await Promise.all([
    db.selectFrom('sso_identities').selectAll().where('person_id', '=', personId).orderBy('created_at').execute(),
    db.selectFrom('scim_users').selectAll().where('person_id', '=', personId).executeTakeFirst(),
    accessLogOf(db, personId),
    db.selectFrom('xapi_outbox').select(['id', 'statement', 'created_at', 'sent_at']).where('person_id', '=', personId).orderBy('created_at').execute(),
  ]);
  return {
    identityProviderAccounts: identities.map((i) => ({ issuer: i.issuer, subject: i.subject, createdAt: i.created_at, lastSignInAt: i.last_sign_in_at })),
    provisioning: provisioning ? { userName: provisioning.user_name, externalId: provisioning.external_id, updatedAt: provisioning.updated_at } : null,
    accessLog: accessLog.entries,
    learningRecordStatements: statements.map((s) => ({ id: s.id, statement: JSON.parse(s.statement) as unknown, createdAt: s.created_at, sentAt: s.sent_at })),
  };
}
