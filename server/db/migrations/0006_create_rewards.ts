import { sql, type Kysely } from 'kysely';

/*
 * Rewards: a prize catalogue, competitions (top learners, raffle, milestone)
 * and their awards, the per-person leaderboard opt-in, and managers'
 * role-model recognitions. Everything stored about a person cascades away
 * with them; what a draw published (pseudonymous codes) stays verifiable.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('prizes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('voucher', 'clothing', 'training', 'other')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('image_url', 'text')
    .addColumn('stock', 'integer', (c) => c.notNull().check(sql`stock >= 0`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('competitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rule', 'text', (c) => c.notNull().check(sql`rule in ('top_learners', 'raffle', 'milestone')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('prize_id', 'text', (c) => c.notNull().references('prizes.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    // JSON array of department ids; empty means everyone (admins excepted: they run it).
    .addColumn('target_department_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    // top_learners: how many win; raffle: how many prizes are drawn.
    .addColumn('winners', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('tickets_per_week', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('ticket_cap', 'integer', (c) => c.notNull().defaultTo(10))
    .addColumn('milestone_weeks', 'integer', (c) => c.notNull().defaultTo(10))
    // Raffle only. The seed and the pseudonym key stay secret until the draw; the commitment is public from the start.
    .addColumn('seed', 'text')
    .addColumn('commitment', 'text')
    .addColumn('pseudonym_key', 'text')
    .addColumn('ticket_list', 'text')
    .addColumn('drawn_winners', 'text')
    // When winners were decided (drawn, or the top learners fixed); null while open.
    .addColumn('settled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('awards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('competition_id', 'text', (c) => c.notNull().references('competitions.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('prize_id', 'text', (c) => c.notNull().references('prizes.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('awarded_at', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('handed_over_at', 'text')
    .addUniqueConstraint('awards_competition_person_unique', ['competition_id', 'person_id'])
    .execute();
  await db.schema.createIndex('awards_person_idx').on('awards').column('person_id').execute();

  await db.schema
    .createTable('leaderboard_opt_ins')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('opted_in_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('recognitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // The manager may leave; the recognition stays the person's.
    .addColumn('manager_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('manager_name', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    // No foreign key: campaigns (issue 5, migration 0005) are built in parallel; an unknown id is kept as given.
    .addColumn('campaign_id', 'text')
    .addColumn('share_with_team', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recognitions_person_idx').on('recognitions').column('person_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['recognitions', 'leaderboard_opt_ins', 'awards', 'competitions', 'prizes']) await db.schema.dropTable(table).execute();
}
