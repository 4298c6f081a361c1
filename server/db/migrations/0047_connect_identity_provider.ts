import type { Kysely } from 'kysely';

/*
 * Single sign-on and SCIM provisioning. A person signing in through the
 * organisation's identity provider is found by the provider's stable subject
 * id (issuer + sub), never by e-mail alone. A sign-in flow in progress keeps
 * its state (hashed), nonce and PKCE verifier here, so the callback is
 * checked against what this server started and used once. SCIM tokens are
 * stored as SHA-256 only; SCIM users and groups keep the identity provider's
 * own keys (userName, externalId) beside the person or department they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sso_identities')
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_sign_in_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sso_identities_pk', ['issuer', 'subject'])
    .execute();
  await db.schema.createIndex('sso_identities_person_idx').on('sso_identities').column('person_id').execute();

  await db.schema
    .createTable('sso_flows')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('via', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await db.schema
    .createTable('scim_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('scim_users')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('user_name', 'text', (c) => c.notNull().unique())
    .addColumn('external_id', 'text')
    // The parts of the name as the provider sends them, so a PATCH of one part keeps the other.
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('scim_users_external_idx').on('scim_users').column('external_id').execute();

  await db.schema
    .createTable('scim_groups')
    .addColumn('department_id', 'text', (c) => c.primaryKey().references('departments.id').onDelete('cascade'))
    .addColumn('external_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['scim_groups', 'scim_users', 'scim_tokens', 'sso_flows', 'sso_identities']) await db.schema.dropTable(table).execute();
}
