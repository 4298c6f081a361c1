import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { figuresOfMonth, isFoldable, monthOf, monthsBetween, previousMonth, type MonthFigures } from '../../../shared/domain/activity-months';
import type { ActivityFigures } from '../../../shared/schemas/works-council';
import { eventPolicy } from '../progress/event-policy';
import { activityAround, foldedMonths, insertFoldedMonth, joinsIn, oldestActivityMonth } from './activity-figures.repository';

/*
 * The funnel's monthly figures. A month that is over (and past the time a
 * phone may still send its activity) is folded into activity_months once;
 * from then on its figures are read from there, so the retention purge may
 * delete the learning events behind them and the figures stay the same.
 */

async function liveFigures(db: Kysely<Database>, month: string): Promise<MonthFigures> {
  return figuresOfMonth(month, await activityAround(db, month), await joinsIn(db, month));
}

/** Folds every month that may be folded and is not yet; answers the months folded now. */
export async function foldActivityMonths(db: Kysely<Database>, now: Date): Promise<string[]> {
  const oldest = await oldestActivityMonth(db);
  if (!oldest) return [];
  const months = monthsBetween(oldest, monthOf(now.toISOString())).filter((month) => isFoldable(month, now, eventPolicy.offlineWindowMs));
  if (months.length === 0) return [];
  const already = new Set((await foldedMonths(db, months[0] as string, months[months.length - 1] as string)).map((f) => f.month));
  const folded: string[] = [];
  for (const month of months) {
    if (already.has(month)) continue;
    await insertFoldedMonth(db, await liveFigures(db, month), now);
    folded.push(month);
  }
  return folded;
}

/** The figures of the `count` months up to now's, oldest first: folded ones as kept, the others counted now. */
export async function activityFigures(db: Kysely<Database>, now: Date, count = 24): Promise<ActivityFigures> {
  let first = monthOf(now.toISOString());
  for (let i = 1; i < count; i += 1) first = previousMonth(first);
  const last = monthOf(now.toISOString());
  const folded = new Map((await foldedMonths(db, first, last)).map((f) => [f.month, f]));
  const months = [];
  for (const month of monthsBetween(first, last)) {
    const kept = folded.get(month);
    months.push(kept ? { ...pick(kept), folded: true } : { ...(await liveFigures(db, month)), folded: false });
  }
  return { months };
}

/** Only the figures (PostgreSQL may hand back more columns' worth of types). */
function pick(f: MonthFigures): MonthFigures {
  return { month: f.month, joined: Number(f.joined), active: Number(f.active), retained: Number(f.retained), completions: Number(f.completions), answers: Number(f.answers) };
}
