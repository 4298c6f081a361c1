import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { StoryFigures } from '../../../shared/schemas/stories';
import { countsOfSources } from '../attribution/attribution.repository';

/**
 * What each story set going, keyed by story id: views and sign-ups (first
 * touch) from attribution, shares and trainings started from its own tables,
 * in four grouped counts whatever the number of stories. The funnel reads
 * the same figures per story (and attribution's tables per kind).
 *
 * @example const figures = await storyFigures(db, stories.map((s) => s.id));
 */
export async function storyFigures(db: Kysely<Database>, storyIds: readonly string[]): Promise<Map<string, StoryFigures>> {
  const figures = new Map<string, StoryFigures>(storyIds.map((id) => [id, { views: 0, shares: 0, trainingsStarted: 0, joined: 0 }]));
  if (storyIds.length === 0) return figures;
  const [sources, shares, starts] = await Promise.all([
    countsOfSources(db, 'story', storyIds),
    db.selectFrom('story_shares').select(['story_id', (eb) => eb.fn.countAll<number | string>().as('n')]).where('story_id', 'in', storyIds).groupBy('story_id').execute(),
    db.selectFrom('story_starts').select(['story_id', (eb) => eb.fn.countAll<number | string>().as('n')]).where('story_id', 'in', storyIds).groupBy('story_id').execute(),
  ]);
  for (const [id, counts] of sources) {
    const entry = figures.get(id);
    if (entry) Object.assign(entry, { views: counts.visits, joined: counts.signUps });
  }
  for (const row of shares) {
    const entry = figures.get(row.story_id);
    if (entry) entry.shares = Number(row.n);
  }
  for (const row of starts) {
    const entry = figures.get(row.story_id);
    if (entry) entry.trainingsStarted = Number(row.n);
  }
  return figures;
}
