import type { Page } from 'playwright-core';

/** An outbox entry as the page stored it, reduced to what tests compare. */
export interface StoredOutboxEntry {
  id: string;
  /** The person it belongs to, or 'not-yet-owned' for a training tried before joining. */
  owner: string;
  kind: string;
  state: string;
}

/**
 * The app's IndexedDB database ("leerlust"), read with the plain IndexedDB
 * API so the tests see what is on the phone, not what the app believes.
 * Only use it once the app has opened the database (after sign-in):
 * opening a missing database here would create an empty one.
 */
export class LocalStoreModel {
  constructor(private readonly page: Page) {}

  /** Waits until the training is stored for offline use (the home prefetches what the feed links to). */
  async waitForItem(itemId: string): Promise<void> {
    await this.page.waitForFunction(
      (id) =>
        new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open('leerlust');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const get = db.transaction('items').objectStore('items').get(id);
            get.onerror = () => reject(get.error);
            get.onsuccess = () => {
              db.close();
              resolve(get.result !== undefined);
            };
          };
        }),
      itemId,
      { polling: 100 },
    );
  }

  /** Everything in the outbox, oldest first. */
  outbox(): Promise<StoredOutboxEntry[]> {
    return this.page.evaluate(
      () =>
        new Promise<StoredOutboxEntry[]>((resolve, reject) => {
          const open = indexedDB.open('leerlust');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const all = db.transaction('outbox').objectStore('outbox').index('createdAt').getAll();
            all.onerror = () => reject(all.error);
            all.onsuccess = () => {
              db.close();
              const rows = all.result as Array<{ id: string; personId: string; state: string; event: { kind: string } }>;
              resolve(rows.map((row) => ({ id: row.id, owner: row.personId, kind: row.event.kind, state: row.state })));
            };
          };
        }),
    );
  }
}
