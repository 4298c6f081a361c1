import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { localDb, type OutboxEntry } from '../db/leerlust-db';
import type { SyncScheduler, SyncState } from './sync-scheduler';

/** Asks for the outbox to be sent now (or right after the sync that is running). */
export interface SyncTrigger {
  requestSync(): void;
}

interface SyncApi {
  scheduler: SyncTrigger;
  state: SyncState;
  /** This person's outbox, live: what is still pending and what the server refused. */
  outbox: OutboxEntry[];
}

const SyncContext = createContext<SyncApi | null>(null);

/** Runs the outbox sync for the signed-in person and shares its state with every screen. */
export function SyncProvider({ personId, children }: { personId: string; children: ComponentChildren }) {
  const [state, setState] = useState<SyncState>({ phase: 'idle', lastSyncedAt: null });
  const [outbox, setOutbox] = useState<OutboxEntry[]>([]);
  // The scheduler's code loads right after the first paint. Its start sends the outbox anyway,
  // so a request made before it has loaded is answered by that first sync.
  const [loaded, setLoaded] = useState<SyncScheduler | null>(null);
  const scheduler = useMemo<SyncTrigger>(() => ({ requestSync: () => loaded?.requestSync() }), [loaded]);

  useEffect(() => {
    let stopped = false;
    let stop = () => {};
    void import('./sync-scheduler').then(({ SyncScheduler }) => {
      if (stopped) return;
      const instance = new SyncScheduler(personId);
      const unsubscribe = instance.subscribe(setState);
      instance.start();
      stop = () => {
        unsubscribe();
        instance.stop();
      };
      setLoaded(instance);
    });
    return () => {
      stopped = true;
      stop();
    };
  }, [personId]);

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
