import { randomInt } from 'node:crypto';
import { SHORT_CODE_ALPHABET } from '../../../shared/schemas/short-code';

/** 8 characters from 31 without look-alikes: ~40 bits, from the system's cryptographic random source. */
export function newSourceCode(): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)];
  return code;
}
