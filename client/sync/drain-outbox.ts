import { EVENT_BATCH_MAX } from '../../shared/schemas/events';
import { syncEventsContract } from '../../shared/contracts/events';
import type { Progress } from '../../shared/schemas/progress';
import { call } from '../app/api';
import { writeDocument } from '../db/cached-documents';
import { localDb } from '../db/leerlust-db';

/** A batch that gets no answer in this time is treated as failed and resent later (the server dedupes). */
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Sends the person's pending events in batches, oldest first. Entries leave
 * the outbox only after the server's answer for them is stored; if anything
 * fails midway, what was not confirmed is simply sent again next time.
 * Returns the server's latest progress, or null when nothing was pending.
 */
export async function drainOutbox(personId: string): Promise<Progress | null> {
  let progress: Progress | null = null;
  for (;;) {
    const batch = await localDb.outbox
      .where('[personId+state]')
      .equals([personId, 'pending'])
      .sortBy('createdAt')
      .then((entries) => entries.slice(0, EVENT_BATCH_MAX));
    if (batch.length === 0) return progress;
    const result = await call(syncEventsContract, { body: { events: batch.map((e) => e.event) } }, { timeoutMs: REQUEST_TIMEOUT_MS });
    await localDb.transaction('rw', localDb.outbox, localDb.documents, async () => {
      for (const r of result.results) {
        if (r.status === 'rejected') await localDb.outbox.update(r.id, { state: 'rejected', reason: r.reason ?? 'rejected' });
        else await localDb.outbox.delete(r.id);
      }
      await writeDocument('progress', result.progress);
    });
    progress = result.progress;
  }
}
