import { useLocation } from 'preact-iso';
import type { Me } from '../../../shared/schemas/people';
import { InboxPage } from '../notifications/InboxPage';
import { MomentPage } from './MomentPage';

/**
 * /moment and /inbox as one lazy route component: each lazy route costs the
 * first screen's bundle its own loader code, and these two share a chunk anyway.
 */
export function MomentScreens({ me }: { me: Me }) {
  return useLocation().path === '/inbox' ? <InboxPage /> : <MomentPage me={me} />;
}
