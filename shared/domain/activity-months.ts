/*
 * The funnel's monthly figures (joined → active → retained), computed from
 * personal records and kept as plain counts, so the retention purge can
 * delete the records and the figures stay. A month (YYYY-MM, UTC) counts:
 * - joined: people whose first sign-in fell in it;
 * - active: people with any learning activity in it;
 * - retained: people active in it and in the month before;
 * - completions and answers: trainings completed and questions answered.
 * A month's figures need its own activity and its previous month's, so it is
 * folded while both are still there (see foldableMonths).
 */

export interface MonthFigures {
  month: string;
  joined: number;
  active: number;
  retained: number;
  completions: number;
  answers: number;
}

export interface ActivityRecord {
  personId: string;
  /** ISO instant. */
  at: string;
  kind: string;
}

/** YYYY-MM of an ISO instant, in UTC. */
export function monthOf(iso: string): string {
  return new Date(iso).toISOString().slice(0, 7);
}

/** The month before YYYY-MM. */
export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** The month after YYYY-MM. */
export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The first instant of YYYY-MM, ISO. */
export function monthStart(month: string): string {
  return `${month}-01T00:00:00.000Z`;
}

/**
 * The figures of `month` from the activity of that month and the one before
 * (other months in `activity` are ignored) and the join instants.
 */
export function figuresOfMonth(month: string, activity: readonly ActivityRecord[], joinedAt: readonly string[]): MonthFigures {
  const before = previousMonth(month);
  const activeNow = new Set<string>();
  const activeBefore = new Set<string>();
  let completions = 0;
  let answers = 0;
  for (const record of activity) {
    const recordMonth = monthOf(record.at);
    if (recordMonth === before) activeBefore.add(record.personId);
    if (recordMonth !== month) continue;
    activeNow.add(record.personId);
    if (record.kind === 'training_completed') completions += 1;
    if (record.kind === 'question_answered') answers += 1;
  }
  return {
    month,
    joined: joinedAt.filter((at) => monthOf(at) === month).length,
    active: activeNow.size,
    retained: [...activeNow].filter((id) => activeBefore.has(id)).length,
    completions,
    answers,
  };
}

/**
 * The months that may be folded at `now`: ended, and ended longer ago than
 * activity may still arrive late from an offline phone (`lateArrivalMs`).
 */
export function isFoldable(month: string, now: Date, lateArrivalMs: number): boolean {
  return Date.parse(monthStart(nextMonth(month))) + lateArrivalMs <= now.getTime();
}

/** Every month from `first` to `last` (YYYY-MM), inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) months.push(month);
  return months;
}
