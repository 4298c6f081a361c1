import type { AppHooks } from '../../http/app-env';
import { creditSignUp } from './attribution.service';

/**
 * Attribution's reactions to other features' events, wired into AppDeps
 * (server/app-hooks.ts): a person who joins is credited to the source whose
 * code they signed in with.
 */
export const attributionHooks: Pick<AppHooks, 'joined'> = {
  joined: (db, event) => creditSignUp(db, event.personId, event.via, event.at),
};
