import { useEffect, useState } from 'preact/hooks';
import { inboxContract, readInboxContract } from '../../../shared/contracts/push';
import type { Inbox } from '../../../shared/schemas/push';
import { call } from '../../app/api';
import { useSync } from '../../sync/SyncProvider';
import { showAppBadge } from './app-badge';

export type InboxState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; inbox: Inbox };

/**
 * The in-app inbox, and the app badge that goes with it: unread messages plus
 * learning still waiting in the outbox, kept up to date while a screen that
 * uses this is open.
 */
export function useInbox() {
  const [state, setState] = useState<InboxState>({ status: 'loading' });
  const { outbox } = useSync();
  const pending = outbox.filter((entry) => entry.state === 'pending').length;
  const unread = state.status === 'ready' ? state.inbox.unread : null;

  useEffect(() => {
    let current = true;
    call(inboxContract)
      .then((inbox) => current && setState({ status: 'ready', inbox }))
      .catch(() => current && setState({ status: 'error' }));
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    // Offline, the unread count is unknown: the outbox alone is still worth showing.
    showAppBadge((unread ?? 0) + pending);
  }, [unread, pending]);

  async function markAllRead(): Promise<void> {
    await call(readInboxContract);
    setState((s) => (s.status === 'ready' ? { status: 'ready', inbox: { unread: 0, items: s.inbox.items.map((i) => ({ ...i, read: true })) } } : s));
  }

  return { state, markAllRead };
}
