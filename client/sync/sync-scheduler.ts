import { ApiError } from '../app/api';
import { isDrainOutboxMessage, OUTBOX_SYNC_TAG } from './sync-messages';

export type SyncState = { phase: 'idle' | 'syncing' | 'waiting-for-network' | 'retrying'; lastSyncedAt: number | null };

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;

/**
 * Decides when the outbox is sent: at app start, when the network comes
 * back, when the app becomes visible again, right after something is
 * recorded, and when the service worker relays a Background Sync. Failures
 * back off exponentially (with jitter, so a canteen full of phones coming
 * back online does not hit the server in step). One drain at a time per
 * device, across tabs, through the Web Locks API where the browser has it.
 */
export class SyncScheduler {
  private state: SyncState = { phase: 'idle', lastSyncedAt: null };
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private readonly listeners = new Set<(state: SyncState) => void>();
  private readonly cleanups: Array<() => void> = [];

  constructor(private readonly personId: string) {}

  start(): void {
    const onOnline = () => this.requestSync();
    const onVisible = () => document.visibilityState === 'visible' && this.requestSync();
    const onMessage = (event: MessageEvent<unknown>) => {
      if (isDrainOutboxMessage(event.data)) this.requestSync();
    };
    addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    navigator.serviceWorker?.addEventListener('message', onMessage);
    this.cleanups.push(
      () => removeEventListener('online', onOnline),
      () => document.removeEventListener('visibilitychange', onVisible),
      () => navigator.serviceWorker?.removeEventListener('message', onMessage),
    );
    this.requestSync();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
    this.listeners.clear();
  }

  subscribe(listener: (state: SyncState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** Sync now, or right after the sync that is running. */
  requestSync(): void {
    clearTimeout(this.timer);
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runExclusive().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.requestSync();
      }
    });
  }

  private async runExclusive(): Promise<void> {
    if (!navigator.onLine) return this.setState({ phase: 'waiting-for-network' });
    const run = () => this.runOnce();
    if (navigator.locks) await navigator.locks.request('leerlust-outbox', run);
    else await run();
  }

  private async runOnce(): Promise<void> {
    this.setState({ phase: 'syncing' });
    try {
      // Loaded at the first sync, after the first paint: the home does not wait for it.
      const { drainOutbox } = await import('./drain-outbox');
      await drainOutbox(this.personId);
      this.failures = 0;
      this.setState({ phase: 'idle', lastSyncedAt: Date.now() });
    } catch (error) {
      // Signed out elsewhere: keep everything and wait until the person signs in again.
      if (error instanceof ApiError && error.status === 401) return this.setState({ phase: 'idle' });
      this.failures += 1;
      const delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (this.failures - 1));
      this.timer = setTimeout(() => this.requestSync(), delay / 2 + Math.random() * (delay / 2));
      void registerBackgroundSync();
      this.setState({ phase: navigator.onLine ? 'retrying' : 'waiting-for-network' });
    }
  }

  private setState(patch: Partial<SyncState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((listener) => listener(this.state));
  }
}

/** Asks the browser to wake the service worker when the network is back, where Background Sync exists (Chromium). */
async function registerBackgroundSync(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration();
  const sync = (registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined)?.sync;
  await sync?.register(OUTBOX_SYNC_TAG).catch(() => undefined);
}
