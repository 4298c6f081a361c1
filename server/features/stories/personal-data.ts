import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';
import { listStartsOf, listStoriesOf } from './stories.repository';

/** The person's stories (with L&D's answer) and the stories they started a training from; erased with them (removeStoriesOf, then ON DELETE CASCADE). */
export async function storyDataOf(db: Kysely<Database>, personId: string): Promise<Pick<PersonalDataExport, 'stories' | 'storyStarts'>> {
  const [stories, starts] = await Promise.all([listStoriesOf(db, personId), listStartsOf(db, personId)]);
  return {
    stories: stories.map((s) => ({
      id: s.id,
      title: s.title,
      body: s.body,
      itemId: s.item_id,
      display: s.display,
      status: s.status,
      declineReason: s.decline_reason,
      createdAt: s.created_at,
    })),
    storyStarts: starts.map((s) => ({ storyId: s.story_id, startedAt: s.started_at })),
  };
}
