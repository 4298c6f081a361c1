import { useEffect, useMemo, useState } from 'preact/hooks';
import { reorderOffer } from '../../../shared/domain/recommendations';
import { myOfferContract } from '../../../shared/contracts/offer';
import type { MyOffer } from '../../../shared/schemas/offer';
import { call } from '../../app/api';
import { readDocument, writeDocument } from '../../db/cached-documents';
import { useSync } from '../../sync/SyncProvider';

export type OfferState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; offer: MyOffer; fromCache: boolean };

/**
 * The person's learning offer, from the phone's copy first (so it works
 * offline) and then fresh. Trainings done on this phone but not yet synced
 * count as done at once: paths show them, and the order is made again with
 * the same rule the server uses (shared/domain/recommendations.ts). The
 * trainings of the person's paths and the first recommendations are kept
 * for offline use.
 */
export function useOffer(): OfferState {
  const { outbox } = useSync();
  const [state, setState] = useState<OfferState>({ status: 'loading' });
  const pendingDone = outbox.flatMap((e) => (e.state === 'pending' && e.event.kind === 'training_completed' && e.event.itemId ? [e.event.itemId] : []));
  // Fetch again when the outbox empties: the server then knows what this phone did.
  const synced = outbox.length === 0;

  useEffect(() => {
    let cancelled = false;
    let fresh = false;
    void readDocument('offer').then((cached) => {
      if (!cancelled && !fresh && cached) setState({ status: 'ready', offer: cached, fromCache: true });
    });
    call(myOfferContract)
      .then(async (offer) => {
        fresh = true;
        if (cancelled) return;
        setState({ status: 'ready', offer, fromCache: false });
        await writeDocument('offer', offer);
        const keep = new Set([...offer.paths.flatMap((p) => p.items.map((i) => i.id)), ...offer.recommended.slice(0, 5)]);
        const { prefetchItems } = await import('../training/item-cache');
        await prefetchItems(offer.items.filter((i) => keep.has(i.id)));
      })
      .catch(async () => {
        if (!cancelled && !(await readDocument('offer'))) setState({ status: 'error' });
      });
    return () => {
      cancelled = true;
    };
  }, [synced]);

  const key = pendingDone.join(',');
  return useMemo(() => (state.status === 'ready' && pendingDone.length > 0 ? { ...state, offer: withLocalDone(state.offer, new Set(pendingDone)) } : state), [state, key]);
}

/** The offer with trainings done on this phone marked done, and ordered again. */
function withLocalDone(offer: MyOffer, local: ReadonlySet<string>): MyOffer {
  const items = offer.items.map((i) => (local.has(i.id) ? { ...i, done: true } : i));
  const paths = offer.paths.map((p) => ({ ...p, items: p.items.map((i) => (local.has(i.id) ? { ...i, done: true } : i)) }));
  const done = new Set(items.filter((i) => i.done).map((i) => i.id));
  return { ...offer, items, paths, recommended: reorderOffer({ ...offer, items, paths }, done, new Date().toISOString()) };
}
