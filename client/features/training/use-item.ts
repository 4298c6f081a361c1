import { useEffect, useState } from 'preact/hooks';
import type { LearningItem } from '../../../shared/schemas/learning';
import { fetchItem, readCachedItem } from './item-cache';

export type ItemState = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; item: LearningItem };

/** The training from the phone's copy at once, refreshed from the server when online. */
export function useItem(id: string): [ItemState, (item: LearningItem) => void] {
  const [state, setState] = useState<ItemState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void readCachedItem(id).then((cached) => {
      if (!cancelled && cached) setState((s) => (s.status === 'ready' ? s : { status: 'ready', item: cached }));
    });
    fetchItem(id)
      .then((item) => !cancelled && setState({ status: 'ready', item }))
      .catch(async () => {
        if (!cancelled && !(await readCachedItem(id))) setState({ status: 'missing' });
      });
    return () => {
      cancelled = true;
    };
  }, [id]);
  return [state, (item) => setState({ status: 'ready', item })];
}
