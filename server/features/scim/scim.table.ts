import type { Selectable } from 'kysely';

/** Bearer tokens the identity provider provisions with; only their SHA-256 is stored. */
export interface ScimTokensTable {
  id: string;
  token_hash: string;
  label: string;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A person the identity provider provisions: its userName and externalId beside the person. */
export interface ScimUsersTable {
  person_id: string;
  user_name: string;
  external_id: string | null;
  given_name: string | null;
  family_name: string | null;
  updated_at: string;
}

/** A SCIM group is a department; the provider's externalId is kept beside it. */
export interface ScimGroupsTable {
  department_id: string;
  external_id: string | null;
  updated_at: string;
}

export type ScimTokenRow = Selectable<ScimTokensTable>;
export type ScimUserRow = Selectable<ScimUsersTable>;
