import type { AppHooks } from '../../http/app-env';
import { removeStoriesOf } from './stories.service';

/**
 * Stories' reactions to other features' events (server/app-hooks.ts): a
 * person being erased takes their stories with them the way a withdrawn
 * story goes, attribution source and photo included.
 */
export const storiesHooks: Pick<AppHooks, 'erasing'> = {
  erasing: (db, event) => removeStoriesOf(db, event.personId),
};
