import { useEffect, useState } from 'preact/hooks';
import type { Teaser } from '../../../shared/schemas/teasers';
import { feedContract } from '../../../shared/contracts/feed';
import { call } from '../../app/api';
import { readDocument, writeDocument } from '../../db/cached-documents';

export type FeedState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; teasers: Teaser[]; fromCache: boolean };

/**
 * The feed from the phone's copy first (instant, and offline), then fresh
 * from the server; everything it links to is stored for offline use.
 */
export function useFeed(refreshKey: unknown): FeedState {
  const [feed, setFeed] = useState<FeedState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let fresh = false;
    void readDocument('feed').then((cached) => {
      if (!cancelled && !fresh && cached) setFeed({ status: 'ready', teasers: cached.teasers, fromCache: true });
    });
    call(feedContract)
      .then(async (latest) => {
        fresh = true;
        if (cancelled) return;
        setFeed({ status: 'ready', teasers: latest.teasers, fromCache: false });
        await writeDocument('feed', latest);
        // Offline copies of the trainings are background work: done when the phone is idle, not while the home paints.
        whenIdle(() =>
          void import('../training/item-cache').then(({ prefetchItems }) => prefetchItems(latest.teasers.flatMap((t) => (t.item ? [t.item] : [])))),
        );
      })
      .catch(async () => {
        const cached = await readDocument('feed');
        if (!cancelled && !cached) setFeed({ status: 'error' });
      });
    return () => {
      cancelled = true;
    };
  }, [refreshKey]);

  return feed;
}

function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 1000);
}
