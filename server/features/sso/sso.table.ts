import type { Selectable } from 'kysely';

/** A person's account at the identity provider: matched by issuer and subject, never by e-mail alone. */
export interface SsoIdentitiesTable {
  issuer: string;
  subject: string;
  person_id: string;
  created_at: string;
  last_sign_in_at: string;
}

/** A sign-in at the identity provider in progress: checked at the callback, used once. */
export interface SsoFlowsTable {
  /** SHA-256 of the `state` sent to the provider. */
  state_hash: string;
  nonce: string;
  /** The PKCE verifier; its challenge went to the provider. */
  code_verifier: string;
  /** The attribution source code the sign-in page carried. */
  via: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export type SsoFlowRow = Selectable<SsoFlowsTable>;
