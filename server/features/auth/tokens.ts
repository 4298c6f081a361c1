import { hash, randomBytes } from 'node:crypto';

/** A fresh random token (256 bits, URL-safe) for a cookie or a link. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256, so a leaked database signs nobody in. */
export function hashToken(token: string): string {
  // The one-shot hash: every API request hashes its session cookie, and a Hash object costs three times as much.
  return hash('sha256', token, 'base64url');
}
