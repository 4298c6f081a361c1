import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { monthStart, nextMonth, previousMonth, type ActivityRecord, type MonthFigures } from '../../../shared/domain/activity-months';

export async function foldedMonths(db: Kysely<Database>, first: string, last: string): Promise<MonthFigures[]> {
  return db
    .selectFrom('activity_months')
    .select(['month', 'joined', 'active', 'retained', 'completions', 'answers'])
    .where('month', '>=', first)
    .where('month', '<=', last)
    .execute();
}

export async function insertFoldedMonth(db: Kysely<Database>, figures: MonthFigures, now: Date): Promise<void> {
  await db
    .insertInto('activity_months')
    .values({ ...figures, folded_at: now.toISOString() })
    .onConflict((oc) => oc.column('month').doNothing())
    .execute();
}

/** The activity of `month` and the month before: what its figures are counted from. */
export async function activityAround(db: Kysely<Database>, month: string): Promise<ActivityRecord[]> {
  const rows = await db
    .selectFrom('learning_events')
    .select(['person_id', 'occurred_at', 'kind'])
    .where('occurred_at', '>=', monthStart(previousMonth(month)))
    .where('occurred_at', '<', monthStart(nextMonth(month)))
    .execute();
  return rows.map((row) => ({ personId: row.person_id, at: row.occurred_at, kind: row.kind }));
}

export async function joinsIn(db: Kysely<Database>, month: string): Promise<string[]> {
  const rows = await db
    .selectFrom('people')
    .select('joined_at')
    .where('joined_at', '>=', monthStart(month))
    .where('joined_at', '<', monthStart(nextMonth(month)))
    .execute();
  return rows.flatMap((row) => (row.joined_at ? [row.joined_at] : []));
}

/** The month of the oldest record the figures count from, or null when there is none. */
export async function oldestActivityMonth(db: Kysely<Database>): Promise<string | null> {
  const events = await db.selectFrom('learning_events').select((eb) => eb.fn.min('occurred_at').as('at')).executeTakeFirst();
  const joins = await db.selectFrom('people').select((eb) => eb.fn.min('joined_at').as('at')).executeTakeFirst();
  const oldest = [events?.at, joins?.at].filter((at): at is string => typeof at === 'string').sort()[0];
  return oldest ? oldest.slice(0, 7) : null;
}
