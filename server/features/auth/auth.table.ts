import type { Selectable } from 'kysely';
import type { Language } from '../../../shared/schemas/common';

/** A signed-in device. The cookie holds the token; only its SHA-256 is stored. */
export interface SessionsTable {
  token_hash: string;
  person_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** One-time sign-in tokens: magic links (short-lived) and personal invites (longer-lived). */
export interface LoginTokensTable {
  token_hash: string;
  person_id: string;
  kind: 'magic' | 'invite';
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A sign-up link's token for an address not yet known, in an allowed domain: the person is made when it is opened. */
export interface SignUpTokensTable {
  token_hash: string;
  email: string;
  language: Language;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Fixed-window counters, shared by every server instance through the database. */
export interface RateLimitsTable {
  bucket: string;
  window_start: string;
  hits: number;
}

export type SessionRow = Selectable<SessionsTable>;
