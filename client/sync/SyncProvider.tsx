import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { localDb, type OutboxEntry } from '../db/leerlust-db';
import { SyncScheduler, type SyncState } from './sync-scheduler';

interface SyncApi {
  scheduler: SyncScheduler;
  state: SyncState;
  /** This person's outbox, live: what is still pending and what the server refused. */
  outbox: OutboxEntry[];
}

const SyncContext = createContext<SyncApi | null>(null);

/** Runs the outbox sync for the signed-in person and shares its state with every screen. */
export function SyncProvider({ personId, children }: { personId: string; children: ComponentChildren }) {
  const scheduler = useMemo(() => new SyncScheduler(personId), [personId]);
  const [state, setState] = useState<SyncState>({ phase: 'idle', lastSyncedAt: null });
  const [outbox, setOutbox] = useState<OutboxEntry[]>([]);

  useEffect(() => {
    const unsubscribe = scheduler.subscribe(setState);
    scheduler.start();
    return () => {
      unsubscribe();
      scheduler.stop();
    };
  }, [scheduler]);

  useEffect(() => {
    const subscription = liveQuery(() => localDb.outbox.where('personId').equals(personId).sortBy('createdAt')).subscribe({
      next: setOutbox,
      error: () => setOutbox([]),
    });
    return () => subscription.unsubscribe();
  }, [personId]);

  return <SyncContext.Provider value={{ scheduler, state, outbox }}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncApi {
  const sync = useContext(SyncContext);
  if (!sync) throw new Error('useSync outside SyncProvider');
  return sync;
}
