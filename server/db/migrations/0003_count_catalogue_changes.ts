import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * A counter that every change to the learning offer bumps, by trigger, so
 * each server instance can keep the published catalogue in memory and know
 * with one tiny query whether its copy is still current, whoever changed it
 * (another instance, the CLI, a test writing rows directly).
 */
const CATALOGUE_TABLES = ['teasers', 'teaser_texts', 'learning_items', 'learning_item_texts'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('catalogue_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into catalogue_version (id, version) values (1, 0)`.execute(db);

  if (isPostgres(db)) {
    await sql`
      create function bump_catalogue_version() returns trigger language plpgsql as $$
      begin
        update catalogue_version set version = version + 1 where id = 1;
        return null;
      end $$`.execute(db);
    for (const table of CATALOGUE_TABLES) {
      await sql`create trigger ${sql.raw(`${table}_bump_catalogue`)} after insert or update or delete on ${sql.table(table)}
        for each statement execute function bump_catalogue_version()`.execute(db);
    }
    return;
  }
  for (const table of CATALOGUE_TABLES) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql`create trigger ${sql.raw(`${table}_${event}_bump_catalogue`)} after ${sql.raw(event)} on ${sql.table(table)}
        begin update catalogue_version set version = version + 1 where id = 1; end`.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = isPostgres(db);
  for (const table of CATALOGUE_TABLES) {
    if (postgres) await sql`drop trigger if exists ${sql.raw(`${table}_bump_catalogue`)} on ${sql.table(table)}`.execute(db);
    else for (const event of ['insert', 'update', 'delete']) await sql`drop trigger if exists ${sql.raw(`${table}_${event}_bump_catalogue`)}`.execute(db);
  }
  if (postgres) await sql`drop function if exists bump_catalogue_version()`.execute(db);
  await db.schema.dropTable('catalogue_version').execute();
}

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
