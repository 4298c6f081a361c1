import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTickets, commitmentOf, drawWinners, verifyDraw, type TicketHolder } from '../../shared/domain/draw';
import { bytesToHex } from '@noble/hashes/utils.js';

const seed = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(bytesToHex);
const tickets = fc.uniqueArray(fc.record({ holder: fc.string({ minLength: 1, maxLength: 8 }), tickets: fc.integer({ min: 1, max: 10 }) }), {
  selector: (t) => t.holder,
  minLength: 1,
  maxLength: 30,
});
const prizes = fc.integer({ min: 1, max: 5 });

describe('the draw', () => {
  it('gives the same winners for the same inputs, whatever order the list is in', () => {
    fc.assert(fc.property(seed, tickets.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length }))), prizes, (s, [list, shuffled], n) => {
      expect(drawWinners(s, shuffled, n)).toEqual(drawWinners(s, list, n));
    }));
  });

  it('draws distinct holders from the list, as many as there are prizes or holders', () => {
    fc.assert(fc.property(seed, tickets, prizes, (s, list, n) => {
      const winners = drawWinners(s, list, n);
      expect(winners).toHaveLength(Math.min(n, list.length));
      expect(new Set(winners).size).toBe(winners.length);
      for (const w of winners) expect(list.some((t) => t.holder === w)).toBe(true);
    }));
  });

  it('verifies an honest draw: the commitment matches the seed and the winners match', () => {
    fc.assert(fc.property(seed, tickets, prizes, (s, list, n) => {
      const published = { commitment: commitmentOf(s), seed: s, tickets: list, prizes: n, winners: drawWinners(s, list, n) };
      expect(verifyDraw(published)).toMatchObject({ commitmentMatches: true, winnersMatch: true });
    }));
  });

  it('detects a revealed seed that is not the committed one', () => {
    fc.assert(fc.property(seed, seed, tickets, prizes, (s, other, list, n) => {
      fc.pre(s !== other);
      const published = { commitment: commitmentOf(s), seed: other, tickets: list, prizes: n, winners: drawWinners(other, list, n) };
      expect(verifyDraw(published).commitmentMatches).toBe(false);
    }));
  });

  it('detects winners that do not follow from the seed (a changed seed gives other winners)', () => {
    const list: TicketHolder[] = Array.from({ length: 50 }, (_, i) => ({ holder: `H${i}`, tickets: 1 + (i % 3) }));
    const s = bytesToHex(randomBytes(32));
    const changed = s.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const published = { commitment: commitmentOf(s), seed: s, tickets: list, prizes: 3, winners: drawWinners(changed, list, 3) };
    expect(verifyDraw(published)).toMatchObject({ commitmentMatches: true, winnersMatch: false });
  });

  it('detects a changed ticket list', () => {
    const list: TicketHolder[] = Array.from({ length: 40 }, (_, i) => ({ holder: `H${String(i).padStart(2, '0')}`, tickets: 1 + (i % 4) }));
    const s = bytesToHex(randomBytes(32));
    const winners = drawWinners(s, list, 3);
    // Giving the first winner's tickets to someone else changes the layout of every ticket after them.
    const tampered = list.map((t) => (t.holder === winners[0] ? { ...t, holder: 'ZZ-new' } : t));
    expect(verifyDraw({ commitment: commitmentOf(s), seed: s, tickets: tampered, prizes: 3, winners }).winnersMatch).toBe(false);
  });

  it('rejects a malformed list or seed instead of drawing', () => {
    expect(() => canonicalTickets([{ holder: 'a', tickets: 1 }, { holder: 'a', tickets: 2 }])).toThrow(RangeError);
    expect(() => canonicalTickets([{ holder: 'a', tickets: 0 }])).toThrow(RangeError);
    expect(verifyDraw({ commitment: '', seed: 'xyz', tickets: [], prizes: 1, winners: [] })).toMatchObject({ winnersMatch: false, problem: expect.any(String) });
  });

  it('is known-answer stable (the documented procedure, pinned)', () => {
    const s = '00'.repeat(31) + '01';
    expect(commitmentOf(s)).toBe(createHash('sha256').update(Buffer.from(s, 'hex')).digest('hex'));
    const list = [{ holder: 'A', tickets: 1 }, { holder: 'B', tickets: 1 }, { holder: 'C', tickets: 1 }];
    // Recomputed by hand from step 3: first uint48 of SHA-256(seed ‖ 00000000) mod 3, and so on.
    const first = Number(BigInt('0x' + createHash('sha256').update(Buffer.concat([Buffer.from(s, 'hex'), Buffer.alloc(4)])).digest('hex').slice(0, 12)) % 3n);
    expect(drawWinners(s, list, 1)).toEqual([['A', 'B', 'C'][first]]);
  });
});
