import type { Selectable } from 'kysely';

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

/** Fixed-window counters, shared by every server instance through the database. */
export interface RateLimitsTable {
  bucket: string;
  window_start: string;
  hits: number;
}

export type SessionRow = Selectable<SessionsTable>;
