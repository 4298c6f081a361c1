import Dexie, { type EntityTable } from 'dexie';
import type { LearningEvent } from '../../shared/schemas/events';

/**
 * An event waiting to reach the server. It stays here until the server has
 * answered `applied` or `duplicate` for it; a reload, an app update, a
 * server error or a timeout halfway through a sync leaves it in place.
 * `rejected` entries are kept (never resent) so the person can see why.
 */
export interface OutboxEntry {
  id: string;
  /** Whose it is; NOT_YET_OWNED for a training tried before joining (no sync sends those). */
  personId: string;
  /** For tried progress: the server's try pass, which the sign-in on this phone claims it with. */
  passId?: string;
  event: LearningEvent;
  state: 'pending' | 'rejected';
  reason?: string;
  createdAt: number;
}

/**
 * The owner of what someone does in a training tried from a kick-off page
 * before joining. The sync sends only the signed-in person's entries, so
 * these never leave the phone until the person joins here and claims them.
 */
export const NOT_YET_OWNED = 'not-yet-owned';

/** A training as last fetched, so it opens offline. */
export interface CachedItem {
  id: string;
  /** The LearningItem JSON; validated again when read. */
  item: unknown;
  updatedAt: string;
}

/** Small documents: the signed-in person, the feed, the progress, the learning offer, why we learn (client/db/cached-documents.ts). */
export interface CachedDocument {
  key: 'me' | 'feed' | 'progress' | 'offer' | 'why-we-learn';
  value: unknown;
  storedAt: number;
  /** The build's schema stamp when this build's schemas checked the value. */
  schemaStamp?: string;
}

export class LeerlustDatabase extends Dexie {
  outbox!: EntityTable<OutboxEntry, 'id'>;
  items!: EntityTable<CachedItem, 'id'>;
  documents!: EntityTable<CachedDocument, 'key'>;

  constructor(name = 'leerlust') {
    super(name);
    // Schema changes go in a new version() call; Dexie upgrades the phone's copy in place.
    this.version(1).stores({
      outbox: 'id, personId, [personId+state], createdAt',
      items: 'id',
      documents: 'key',
    });
  }
}

export const localDb = new LeerlustDatabase();
