import { useLocation } from 'preact-iso';
import { InboxPage } from '../notifications/InboxPage';
import { MomentPage } from './MomentPage';

/**
 * /moment and /inbox as one lazy route component: each lazy route costs the
 * first screen's bundle its own loader code, and these two share a chunk anyway.
 */
export function MomentScreens() {
  return useLocation().path === '/inbox' ? <InboxPage /> : <MomentPage />;
}
