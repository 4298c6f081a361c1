import { claimTriedContract } from '../../shared/contracts/try-first';
import { writeDocument } from '../db/cached-documents';
import { localDb, NOT_YET_OWNED } from '../db/leerlust-db';
import { call } from '../app/api';

/**
 * After joining on this phone: hands what was tried before joining to the
 * server, one try pass at a time, and makes the entries the person's own.
 * An entry leaves the outbox once the server answered applied or duplicate;
 * a refused one stays, as the person's, with the server's reason. A failed
 * request leaves everything as it was, to be claimed at the next sign-in.
 * Answers the training tried last, to land on it.
 */
export async function claimTriedProgress(personId: string): Promise<string | null> {
  const tried = await localDb.outbox.where('personId').equals(NOT_YET_OWNED).sortBy('createdAt');
  const passes = [...new Set(tried.flatMap((e) => (e.passId ? [e.passId] : [])))];
  for (const passId of passes) {
    const entries = tried.filter((e) => e.passId === passId && e.state === 'pending');
    if (entries.length === 0) continue;
    const result = await call(claimTriedContract, { body: { passId, events: entries.map((e) => e.event) } });
    await localDb.transaction('rw', localDb.outbox, localDb.documents, async () => {
      for (const r of result.results) {
        if (r.status === 'rejected') await localDb.outbox.update(r.id, { personId, state: 'rejected', reason: r.reason ?? 'rejected' });
        else await localDb.outbox.delete(r.id);
      }
      await writeDocument('progress', result.progress);
    });
  }
  return tried.at(-1)?.event.itemId ?? null;
}
