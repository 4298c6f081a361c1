import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import type { VapidDetails } from './vapid';

/** A VAPID JWT is good for up to 24 hours; 12 keeps clear of clock skew at the push service. */
const VALIDITY_SECONDS = 12 * 3600;
/** A token with less than this left is replaced, so none expires in flight or during retries. */
const RENEW_BEFORE_SECONDS = 3600;

/**
 * Signs VAPID tokens (RFC 8292) once per push-service origin and validity
 * window. web-push signs a new ES256 JWT for every message, which is most of
 * its cost; one token per origin serves thousands of messages.
 */
export class VapidSigner {
  private readonly key: KeyObject;
  private readonly tokens = new Map<string, { header: string; expiresAt: number }>();
  /** How many JWTs were signed: the bench reports it (goal: one per origin). */
  signatures = 0;

  constructor(private readonly vapid: VapidDetails) {
    const publicKey = Buffer.from(vapid.publicKey, 'base64url');
    this.key = createPrivateKey({
      format: 'jwk',
      key: {
        kty: 'EC',
        crv: 'P-256',
        d: vapid.privateKey,
        x: publicKey.subarray(1, 33).toString('base64url'),
        y: publicKey.subarray(33, 65).toString('base64url'),
      },
    });
  }

  /** The Authorization header for a push to `endpoint`, at `now`. */
  authorization(endpoint: string, now: Date): string {
    const audience = new URL(endpoint).origin;
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const cached = this.tokens.get(audience);
    if (cached && cached.expiresAt - nowSeconds > RENEW_BEFORE_SECONDS) return cached.header;
    const expiresAt = nowSeconds + VALIDITY_SECONDS;
    const header = `vapid t=${this.jwt(audience, expiresAt)}, k=${this.vapid.publicKey}`;
    this.tokens.set(audience, { header, expiresAt });
    return header;
  }

  private jwt(audience: string, expiresAt: number): string {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ typ: 'JWT', alg: 'ES256' })}.${encode({ aud: audience, exp: expiresAt, sub: this.vapid.subject })}`;
    // JWS wants the raw r‖s signature, not DER.
    const signature = sign('sha256', Buffer.from(unsigned), { key: this.key, dsaEncoding: 'ieee-p1363' });
    this.signatures += 1;
    return `${unsigned}.${signature.toString('base64url')}`;
  }
}
