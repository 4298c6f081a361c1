import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Language } from '../../../shared/schemas/common';
import type { Role } from '../../../shared/schemas/people';

export interface PeopleTable {
  id: string;
  /** Null for frontline staff without a company mailbox; they sign in through an invite link. */
  email: string | null;
  name: string;
  role: Role;
  language: Language;
  time_zone: string;
  department_id: string | null;
  team_id: string | null;
  manager_id: string | null;
  created_at: string;
  /** First sign-in; null until the person has joined. */
  joined_at: string | null;
  /** The person left the organisation: nothing is sent to them any more (migration 0004). */
  left_at: string | null;
  /** Moves when the person's feed changes (migration 0007); feeds are cached per version. */
  feed_version: Generated<number>;
}

export type PersonRow = Selectable<PeopleTable>;
export type NewPersonRow = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
