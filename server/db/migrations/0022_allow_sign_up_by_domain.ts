import type { Kysely } from 'kysely';

/*
 * Sign-up for the organisation's e-mail domains. A person not yet known
 * whose address is in an allowed domain (the `sign_up` setting) gets a
 * one-time link like anyone; the account is made only when that link is
 * opened, so an address nobody can read never becomes a person. Until then
 * the link's token (its hash) waits here with the address and the language
 * the person saw, and goes with the expired sign-in tokens.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sign_up_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sign_up_tokens').execute();
}
