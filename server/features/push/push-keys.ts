import { createECDH } from 'node:crypto';

/** One key pair to test points against: only the peer's point is checked, so it never needs to change. */
const probe = createECDH('prime256v1');
probe.generateKeys();

/**
 * Why a subscription's keys cannot be encrypted to, or null when they can.
 * Checked at registration: a well-formed but wrong key would otherwise only
 * fail at the next push, to that device alone.
 *
 * @example pushKeyProblem({ p256dh: 'BAAA…', auth: '…' }) // 'p256dh is not a point on the P-256 curve'
 */
export function pushKeyProblem(keys: { p256dh: string; auth: string }): string | null {
  const point = Buffer.from(keys.p256dh, 'base64url');
  if (point.length !== 65 || point[0] !== 0x04) return 'p256dh must be an uncompressed P-256 public key (65 bytes)';
  try {
    probe.computeSecret(point);
  } catch {
    return 'p256dh is not a point on the P-256 curve';
  }
  if (Buffer.from(keys.auth, 'base64url').length < 16) return 'auth must be at least 16 bytes';
  return null;
}
