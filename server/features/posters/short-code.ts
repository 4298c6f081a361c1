import { randomInt } from 'node:crypto';
import { SHORT_CODE_ALPHABET } from '../../../shared/schemas/campaigns';

/** 8 characters from 31 without look-alikes: ~40 bits, from the system's cryptographic random source. */
export function newShortCode(): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)];
  return code;
}

/** The address a poster's QR code encodes and its text shows. */
export function posterUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/$/, '')}/k/${code}`;
}
