import type { Generated, Selectable } from 'kysely';
import type { IdeaStatus } from '../../../shared/schemas/ideas';

export interface IdeasTable {
  id: string;
  author_id: string;
  title: string;
  body: string;
  topic: string;
  status: IdeaStatus;
  /** L&D's short answer with the status, told to author and supporters. */
  answer: string | null;
  status_changed_at: string | null;
  created_at: string;
}

/** One supporter of an idea; the primary key keeps it to one vote per person. */
export interface IdeaVotesTable {
  idea_id: string;
  person_id: string;
  voted_at: string;
}

export interface AmbassadorsTable {
  person_id: string;
  considered: number;
  invited_at: string | null;
  accepted_at: string | null;
  show_badge: number;
  show_authorship: number;
  updated_at: string;
}

export interface AmbassadorDraftsTable {
  id: string;
  author_id: string;
  kind: 'teaser' | 'micro';
  language: 'nl' | 'en';
  title: string;
  body: string;
  status: 'submitted' | 'reviewed';
  created_at: string;
  /** What L&D made of it (migration 0049): a teaser or a training draft, by id; null until then. */
  adopted_kind: Generated<'teaser' | 'item' | null>;
  adopted_id: Generated<string | null>;
  adopted_at: Generated<string | null>;
}

export type IdeaRow = Selectable<IdeasTable>;
export type AmbassadorRow = Selectable<AmbassadorsTable>;
