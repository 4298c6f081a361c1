import { tryTrainingContract } from '../../../shared/contracts/try-first';
import type { Language } from '../../../shared/schemas/common';
import type { TriedTraining } from '../../../shared/schemas/try-first';
import { call } from '../../app/api';
import { localDb, NOT_YET_OWNED } from '../../db/leerlust-db';
import { readCachedItem } from '../training/item-cache';

/**
 * The tried training and its pass. A phone that tried it already (a reload,
 * a return to it offline) goes on under the pass its progress is kept with;
 * otherwise the server opens it and issues a new pass. The cards are kept
 * for offline use, like any training's.
 */
export async function openTried(code: string, itemId: string, language: Language): Promise<TriedTraining> {
  const kept = await localDb.outbox.where('personId').equals(NOT_YET_OWNED).filter((e) => e.event.itemId === itemId && e.passId !== undefined).first();
  const cached = kept?.passId ? await readCachedItem(itemId) : null;
  if (kept?.passId && cached) return { passId: kept.passId, item: cached };
  const tried = await call(tryTrainingContract, { params: { code, itemId }, query: { lang: language } });
  await localDb.items.put({ id: itemId, item: tried.item, updatedAt: tried.item.updatedAt });
  return tried;
}
