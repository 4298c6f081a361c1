import type { Selectable } from 'kysely';
import type { StoryDisplay, StoryStatus } from '../../../shared/schemas/stories';

/** A colleague's success story; nobody but its author and L&D sees it before it is approved. */
export interface StoriesTable {
  id: string;
  author_id: string;
  item_id: string;
  title: string;
  body: string;
  image_id: string | null;
  display: StoryDisplay;
  status: StoryStatus;
  decline_reason: string | null;
  /** An edit L&D proposed; it replaces title and body only when the author agrees. */
  proposed_title: string | null;
  proposed_body: string | null;
  /** Its attribution source's short code: the share link is /s/<code>. */
  code: string;
  created_at: string;
  updated_at: string;
  approved_at: string | null;
}

/** A person started the story's training from it ("I want to learn this too"), once per person. */
export interface StoryStartsTable {
  story_id: string;
  person_id: string;
  started_at: string;
}

/** The story was shared (Web Share or a copied link); who shared it is not kept. */
export interface StorySharesTable {
  id: string;
  story_id: string;
  shared_at: string;
}

export type StoryRow = Selectable<StoriesTable>;
