import type { DepartmentsTable, TeamsTable } from '../features/org/org.table';
import type { PeopleTable } from '../features/people/people.table';
import type { LoginTokensTable, RateLimitsTable, SessionsTable } from '../features/auth/auth.table';
import type { TeasersTable, TeaserTextsTable } from '../features/teasers/teasers.table';

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
}

export type DialectName = 'sqlite' | 'postgres';
