import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { blockOfText, lineOfText, webUrl } from '../../shared/schemas/common';

const controlCharacter = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((code) => String.fromCharCode(code));
const lineBreakOrTab = fc.constantFrom('\n', '\r', '\t');
const notLineBreakOrTab = controlCharacter.filter((c) => !['\n', '\r', '\t'].includes(c));
const printable = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => /^[^\p{Cc}\p{Cs}]+$/u.test(s) && s.trim() === s);

describe('text contracts', () => {
  it('a line of text refuses every control character, wherever it is', () => {
    fc.assert(
      fc.property(printable, controlCharacter, printable, (before, control, after) => {
        expect(z.safeParse(lineOfText(1, 200), `${before}${control}${after}`).success).toBe(false);
      }),
    );
  });

  it('a block of text keeps line breaks and tabs but refuses other control characters', () => {
    fc.assert(
      fc.property(printable, lineBreakOrTab, notLineBreakOrTab, printable, (before, allowed, refused, after) => {
        const block = blockOfText(1, 200);
        expect(z.parse(block, `${before}${allowed}${after}`)).toBe(`${before}${allowed}${after}`);
        expect(z.safeParse(block, `${before}${refused}${after}`).success).toBe(false);
      }),
    );
  });

  it('a link refuses control characters and other schemes', () => {
    expect(z.parse(webUrl(100), 'https://learn.example/course?id=7')).toBe('https://learn.example/course?id=7');
    expect(z.safeParse(webUrl(100), 'https://learn.example/\u0000').success).toBe(false);
    expect(z.safeParse(webUrl(100), 'javascript:alert(1)').success).toBe(false);
  });
});
