import type { AppHooks } from '../../http/app-env';
import { creditSignUp } from './attribution.service';

/**
 * Attribution's reactions to other features' events, wired into AppDeps
 * (server/app-hooks.ts): a person who joins is credited to the source whose
 * code they signed in with.
 */
export const attributionHooks: Pick<AppHooks, 'joined' | 'triedThrough'> = {
  joined: (db, event) => creditSignUp(db, event.personId, event.via, event.at),
  // First touch: a person who joined through a poster keeps that credit; one who joined without a code gets the one they tried through.
  triedThrough: (db, event) => creditSignUp(db, event.personId, event.via, event.at),
};
