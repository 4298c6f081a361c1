import type { AppHooks } from './http/app-env';
import { attributionHooks } from './features/attribution/attribution-hooks';
import { pathsHooks } from './features/paths/paths-hooks';
import { storiesHooks } from './features/stories/stories-hooks';

/**
 * The hooks of AppDeps: which features react to which events. main.ts (through
 * server.ts) and the tests build the app with these.
 */
export function createAppHooks(): AppHooks {
  return {
    async joined(db, event) {
      await attributionHooks.joined(db, event);
    },
    async triedThrough(db, event) {
      await attributionHooks.triedThrough(db, event);
    },
    async itemCompleted(db, event) {
      await pathsHooks.itemCompleted(db, event);
    },
    async erasing(db, event) {
      await storiesHooks.erasing(db, event);
    },
  };
}
