import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { activityKinds, countsForStreak } from '../../../shared/domain/learning-activity';
import { computeStreak } from '../../../shared/domain/streak';
import { trainingsThisWeek } from '../../../shared/domain/week-progress';
import { oneMomentPerWeek } from '../../../shared/domain/week-moments';
import type { Progress } from '../../../shared/schemas/progress';
import type { PersonRow } from '../people/people.table';
import { listCompletedItemIds } from '../learning/learning.repository';
import { listLearningMoments, sumPoints } from './events.repository';

const streakKinds = activityKinds.filter(countsForStreak);

/** A person's points, streak and completions, computed from what the server holds (authoritative). */
export async function progressOf(db: Kysely<Database>, person: PersonRow, now: Date): Promise<Progress> {
  const [points, moments, completedItemIds] = await Promise.all([
    sumPoints(db, person.id),
    listLearningMoments(db, person.id, streakKinds),
    listCompletedItemIds(db, person.id),
  ]);
  const activities = moments.map((m) => ({ at: m.occurred_at, timeZone: m.time_zone }));
  const clock = { now, timeZone: person.time_zone };
  const streak = computeStreak(activities, clock);
  return {
    points,
    streak: {
      current: streak.current,
      longest: streak.longest,
      freezesHeld: streak.freezesHeld,
      currentWeekDone: streak.currentWeekDone,
      currentWeek: streak.currentWeek,
    },
    completedItemIds,
    activitiesThisWeek: trainingsThisWeek(moments.map((m) => ({ at: m.occurred_at, timeZone: m.time_zone, itemId: m.item_id })), clock),
    moments: oneMomentPerWeek(activities).map((m) => ({ at: String(m.at), timeZone: m.timeZone })),
  };
}
