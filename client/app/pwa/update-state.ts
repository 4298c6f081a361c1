import { createStore, type Store } from './store';

/**
 * Where an update stands, as the page sees it:
 * - `none`: this page runs the newest version we know of;
 * - `waiting`: a new version has installed and waits for the person's tap;
 * - `active`: another tab already switched to the new version, which now
 *   also controls this page; only a reload brings this page's code up to date.
 */
export type UpdateState = 'none' | 'waiting' | 'active';

export const updateState: Store<UpdateState> = createStore<UpdateState>('none');
