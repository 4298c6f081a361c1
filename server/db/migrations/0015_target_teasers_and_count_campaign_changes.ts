import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Targeting that holds. A teaser outside any campaign gets target groups of
 * its own (`teasers.target`, JSON of TargetGroups; '{}' is everyone, so
 * existing teasers keep their reach). A campaign's teasers reach its target
 * groups, so the feed's in-memory catalogue now reads campaigns and their
 * links too: a change to any of them bumps the catalogue version, as
 * changes to the offer do (0003), so every instance rebuilds its catalogue
 * and every cached feed moves with it.
 */
const CAMPAIGN_TABLES = ['campaigns', 'campaign_teasers', 'campaign_items'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('teasers')
    .addColumn('target', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  if (isPostgres(db)) {
    // bump_catalogue_version() was made by 0003.
    for (const table of CAMPAIGN_TABLES) {
      await sql`create trigger ${sql.raw(`${table}_bump_catalogue`)} after insert or update or delete on ${sql.table(table)}
        for each statement execute function bump_catalogue_version()`.execute(db);
    }
    return;
  }
  for (const table of CAMPAIGN_TABLES) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql`create trigger ${sql.raw(`${table}_${event}_bump_catalogue`)} after ${sql.raw(event)} on ${sql.table(table)}
        begin update catalogue_version set version = version + 1 where id = 1; end`.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = isPostgres(db);
  for (const table of CAMPAIGN_TABLES) {
    if (postgres) await sql`drop trigger if exists ${sql.raw(`${table}_bump_catalogue`)} on ${sql.table(table)}`.execute(db);
    else for (const event of ['insert', 'update', 'delete']) await sql`drop trigger if exists ${sql.raw(`${table}_${event}_bump_catalogue`)}`.execute(db);
  }
  await db.schema.alterTable('teasers').dropColumn('target').execute();
}

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
