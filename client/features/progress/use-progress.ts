import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { optimisticProgress } from '../../../shared/domain/optimistic-progress';
import { defaultPointValues } from '../../../shared/domain/points';
import type { Progress } from '../../../shared/schemas/progress';
import { progressContract } from '../../../shared/contracts/progress';
import { call } from '../../app/api';
import { readDocument, writeDocument } from '../../db/cached-documents';
import { currentTimeZone } from '../../sync/time-zone';
import { useSync } from '../../sync/SyncProvider';

const EMPTY: Progress = {
  points: 0,
  streak: { current: 0, longest: 0, freezesHeld: 0, currentWeekDone: false, currentWeek: '' },
  completedItemIds: [],
  activitiesThisWeek: 0,
  moments: [],
};

export interface ProgressView {
  points: number;
  streak: { current: number; freezesHeld: number; currentWeekDone: boolean };
  activitiesThisWeek: number;
  completedItemIds: string[];
  /** Whether what is shown includes activities the server has not confirmed yet. */
  includesPending: boolean;
}

/**
 * The person's progress at once, offline too: the server's last answer
 * (kept in IndexedDB) plus what is still in the outbox, through the same
 * domain functions the server uses.
 */
export function useProgress(): ProgressView {
  const { outbox } = useSync();
  const [server, setServer] = useState<Progress>(EMPTY);

  useEffect(() => {
    const subscription = liveQuery(() => readDocument('progress')).subscribe({ next: (p) => p && setServer(p) });
    call(progressContract)
      .then((fresh) => writeDocument('progress', fresh))
      .catch(() => undefined);
    return () => subscription.unsubscribe();
  }, []);

  const pending = outbox.filter((entry) => entry.state === 'pending').map((entry) => entry.event);
  const view = optimisticProgress(server, pending, { now: new Date(), timeZone: currentTimeZone() }, defaultPointValues);
  const completed = new Set([...server.completedItemIds, ...pending.flatMap((e) => (e.kind === 'training_completed' && e.itemId ? [e.itemId] : []))]);
  return {
    points: view.points,
    streak: view.streak,
    activitiesThisWeek: view.activitiesThisWeek,
    completedItemIds: [...completed],
    includesPending: pending.length > 0,
  };
}

