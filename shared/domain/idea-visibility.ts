import { AMBASSADOR_HEAD_START_DAYS, type IdeaStatus } from '../schemas/ideas';

const DAY_MS = 86_400_000;

/** Who looks at the idea box: their own ideas, and whether they are an ambassador or L&D. */
export interface IdeaViewer {
  isAuthor: boolean;
  seesNewFirst: boolean;
}

/**
 * Ambassadors and L&D see new ideas first: a new idea is shown to everyone
 * else once it is AMBASSADOR_HEAD_START_DAYS old or has left the "new"
 * status; its author always sees it.
 *
 * @example ideaVisible({ status: 'new', createdAt: '2026-03-01T09:00:00Z' }, { isAuthor: false, seesNewFirst: false }, new Date('2026-03-02T09:00:00Z')) // false
 */
export function ideaVisible(idea: { status: IdeaStatus; createdAt: string }, viewer: IdeaViewer, now: Date): boolean {
  if (viewer.isAuthor || viewer.seesNewFirst || idea.status !== 'new') return true;
  return now.getTime() - Date.parse(idea.createdAt) >= AMBASSADOR_HEAD_START_DAYS * DAY_MS;
}
