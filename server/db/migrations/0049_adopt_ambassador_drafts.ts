import type { Kysely } from 'kysely';

/*
 * An ambassador's draft that L&D turned into a teaser or a training draft:
 * which one, so the workspace links to it and the training credits the
 * ambassador (only while they want their authorship shown). The credit lives
 * on the draft, which goes with the ambassador when they are erased.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ambassador_drafts').addColumn('adopted_kind', 'text').execute();
  await db.schema.alterTable('ambassador_drafts').addColumn('adopted_id', 'text').execute();
  await db.schema.alterTable('ambassador_drafts').addColumn('adopted_at', 'text').execute();
  await db.schema.createIndex('ambassador_drafts_adopted_idx').on('ambassador_drafts').columns(['adopted_kind', 'adopted_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('ambassador_drafts_adopted_idx').execute();
  for (const column of ['adopted_at', 'adopted_id', 'adopted_kind']) await db.schema.alterTable('ambassador_drafts').dropColumn(column).execute();
}
