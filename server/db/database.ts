import type { DepartmentsTable, TeamsTable } from '../features/org/org.table';
import type { PeopleTable } from '../features/people/people.table';
import type { LoginTokensTable, RateLimitsTable, SessionsTable } from '../features/auth/auth.table';
import type { TeasersTable, TeaserTextsTable } from '../features/teasers/teasers.table';
import type {
  ClassroomRegistrationsTable,
  ClassroomSessionsTable,
  ItemCompletionsTable,
  LearningItemsTable,
  LearningItemTextsTable,
} from '../features/learning/learning.table';
import type { LearningEventsTable } from '../features/progress/events.table';
import type { SettingsTable } from '../features/settings/settings.table';

/** Every table, assembled from the feature folders that own them. */
export interface Database {
  departments: DepartmentsTable;
  teams: TeamsTable;
  people: PeopleTable;
  sessions: SessionsTable;
  login_tokens: LoginTokensTable;
  rate_limits: RateLimitsTable;
  teasers: TeasersTable;
  teaser_texts: TeaserTextsTable;
  learning_items: LearningItemsTable;
  learning_item_texts: LearningItemTextsTable;
  classroom_sessions: ClassroomSessionsTable;
  classroom_registrations: ClassroomRegistrationsTable;
  item_completions: ItemCompletionsTable;
  learning_events: LearningEventsTable;
  settings: SettingsTable;
  catalogue_version: { id: number; version: number };
}

export type DialectName = 'sqlite' | 'postgres';
