// Audited, dependency-free and synchronous, so the same draw runs in the server, the CLI and the browser
// (node:crypto is not in the browser, and Web Crypto's digest is asynchronous).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

/**
 * A raffle draw anyone can check.
 *
 * The procedure, step by step:
 * 1. When the raffle opens, Leerlust makes a secret seed of 32 random bytes
 *    and publishes only its commitment: SHA-256(seed), in hex. The seed cannot
 *    be changed afterwards without the commitment showing it.
 * 2. At the draw the ticket list is published: one line per ticket holder,
 *    a pseudonymous holder code (it names nobody; each person can see their
 *    own code) and how many tickets they hold. The list is put in canonical
 *    order: by holder code, comparing UTF-16 code units (JavaScript's `<`).
 * 3. The seed is revealed. Random numbers come from SHA-256(seed ‖ counter),
 *    counter a 4-byte big-endian integer from 0; the first 6 bytes of each
 *    hash are a 48-bit number x. To pick uniformly from n tickets, x is used
 *    only when x < floor(2^48 / n) · n (else the next counter is taken), and
 *    the pick is x mod n — the rejection removes modulo bias.
 * 4. Tickets are laid out holder after holder in canonical order; the picked
 *    ticket's holder wins and all their tickets leave the list (one prize per
 *    person). Repeat until there are as many winners as prizes, or nobody left.
 *
 * Anyone with the commitment, the seed, the ticket list and the number of
 * prizes can redo steps 2–4 (verifyDraw, `npx leerlust verify-draw`, or the
 * verify page in the app) and compare with the published winners.
 */

/** One ticket holder in a published ticket list. */
export interface TicketHolder {
  /** Pseudonymous code; unique within one draw. */
  readonly holder: string;
  /** A whole number ≥ 1. */
  readonly tickets: number;
}

const RANGE = 2 ** 48;

/** The commitment to publish for a seed (hex of 32 bytes). */
export function commitmentOf(seedHex: string): string {
  return bytesToHex(sha256(hexToBytes(seedHex)));
}

/**
 * The ticket list in canonical order; throws a RangeError for a duplicate
 * holder or a ticket count that is not a whole number ≥ 1.
 */
export function canonicalTickets(list: readonly TicketHolder[]): TicketHolder[] {
  const sorted = [...list].sort((a, b) => (a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : 0));
  sorted.forEach((entry, i) => {
    if (!Number.isInteger(entry.tickets) || entry.tickets < 1) throw new RangeError(`Holder ${entry.holder} has an invalid ticket count`);
    if (i > 0 && sorted[i - 1]?.holder === entry.holder) throw new RangeError(`Holder ${entry.holder} appears twice`);
  });
  return sorted.map(({ holder, tickets }) => ({ holder, tickets }));
}

/** A stream of uniform whole numbers below n, from the seed (step 3). */
function uniformStream(seed: Uint8Array) {
  let counter = 0;
  const message = new Uint8Array(seed.length + 4);
  message.set(seed);
  const view = new DataView(message.buffer);
  return (n: number): number => {
    const limit = Math.floor(RANGE / n) * n;
    for (;;) {
      view.setUint32(seed.length, counter);
      counter += 1;
      const hash = sha256(message);
      const x = hash.slice(0, 6).reduce((acc, byte) => acc * 256 + byte, 0);
      if (x < limit) return x % n;
    }
  };
}

/**
 * The winners' holder codes, in the order drawn (steps 2–4).
 *
 * @example drawWinners('00'.repeat(32), [{ holder: 'a', tickets: 1 }], 3) // ['a']
 */
export function drawWinners(seedHex: string, list: readonly TicketHolder[], prizes: number): string[] {
  const seed = hexToBytes(seedHex);
  if (seed.length !== 32) throw new RangeError('The seed must be 32 bytes');
  const remaining = canonicalTickets(list);
  const next = uniformStream(seed);
  const winners: string[] = [];
  while (winners.length < prizes && remaining.length > 0) {
    const total = remaining.reduce((sum, entry) => sum + entry.tickets, 0);
    let pick = next(total);
    const index = remaining.findIndex((entry) => (pick -= entry.tickets) < 0);
    const [winner] = remaining.splice(index, 1);
    if (winner) winners.push(winner.holder);
  }
  return winners;
}

/** Everything published about a draw. */
export interface PublishedDraw {
  readonly commitment: string;
  readonly seed: string;
  readonly tickets: readonly TicketHolder[];
  readonly prizes: number;
  readonly winners: readonly string[];
}

export interface DrawVerification {
  /** SHA-256 of the revealed seed equals the commitment published at the start. */
  commitmentMatches: boolean;
  /** The winners recomputed from the published data equal the published winners. */
  winnersMatch: boolean;
  /** What the procedure gives; empty when the data cannot be drawn from (see problem). */
  recomputed: string[];
  /** Why the data could not be used, e.g. a malformed seed. */
  problem?: string;
}

/**
 * Redoes the draw from the published data and says whether it holds.
 *
 * @example verifyDraw(published).winnersMatch // true unless seed, tickets or winners were changed
 */
export function verifyDraw(draw: PublishedDraw): DrawVerification {
  try {
    const recomputed = drawWinners(draw.seed, draw.tickets, draw.prizes);
    return {
      commitmentMatches: commitmentOf(draw.seed) === draw.commitment.toLowerCase(),
      winnersMatch: recomputed.length === draw.winners.length && recomputed.every((w, i) => w === draw.winners[i]),
      recomputed,
    };
  } catch (error) {
    return { commitmentMatches: false, winnersMatch: false, recomputed: [], problem: error instanceof Error ? error.message : String(error) };
  }
}
