import { awardKey } from './award-key';
import type { DeviceActivityKind, TimedActivity } from './learning-activity';
import { countsForStreak } from './learning-activity';
import { pointsFor, type PointValues } from './points';
import { computeStreak, type Streak } from './streak';
import { trainingsThisWeek, weekProgress } from './week-progress';

export interface PendingActivity {
  kind: DeviceActivityKind;
  occurredAt: string;
  timeZone: string;
  itemId?: string | undefined;
  teaserId?: string | undefined;
  questionId?: string | undefined;
  correct?: boolean | undefined;
  part?: number | undefined;
}

export interface ServerProgress {
  points: number;
  completedItemIds: readonly string[];
  moments: readonly TimedActivity[];
  activitiesThisWeek: number;
  /** The week the server's activitiesThisWeek is about. */
  streak: { currentWeek: string };
}

/**
 * What the person sees before the server has answered: the server's last
 * word plus what is still in the outbox. The same pure functions as on the
 * server, so the numbers agree once the outbox is sent; the server's answer
 * replaces this estimate. Pending points for a training already completed,
 * or earned twice within the outbox, are not counted.
 */
export function optimisticProgress(
  server: ServerProgress,
  pending: readonly PendingActivity[],
  clock: { now: Date; timeZone: string },
  values: PointValues,
): { points: number; streak: Streak; activitiesThisWeek: number } {
  const awarded = new Set(server.completedItemIds.map((id) => `completed:${id}`));
  let points = server.points;
  for (const activity of pending) {
    const key = awardKey(activity);
    if (key === null || awarded.has(key)) continue;
    awarded.add(key);
    points += pointsFor(activity, values);
  }
  const learning = pending.filter((p) => countsForStreak(p.kind)).map((p) => ({ at: p.occurredAt, timeZone: p.timeZone, itemId: p.itemId }));
  const serverThisWeek = server.streak.currentWeek === weekProgress([], clock).week ? server.activitiesThisWeek : 0;
  // A training the server already counts as completed is not counted again for what is still pending about it.
  const pendingTrainings = learning.filter((l) => !l.itemId || !server.completedItemIds.includes(l.itemId));
  return {
    points,
    streak: computeStreak([...server.moments, ...learning], clock),
    activitiesThisWeek: serverThisWeek + trainingsThisWeek(pendingTrainings, clock),
  };
}
