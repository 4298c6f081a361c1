import type { Kysely } from 'kysely';

/*
 * Competitions target the same groups campaigns do (issue 6: "the people
 * eligible"): besides departments (0006), teams, roles and languages. Each
 * is a JSON array; empty means no narrowing on that count, so existing
 * competitions keep their eligibility.
 */
const columns = ['target_team_ids', 'target_roles', 'target_languages'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite adds only one at a time.
  for (const column of columns) await db.schema.alterTable('competitions').addColumn(column, 'text', (c) => c.notNull().defaultTo('[]')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of columns) await db.schema.alterTable('competitions').dropColumn(column).execute();
}
