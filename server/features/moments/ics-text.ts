/**
 * RFC 5545 content lines: text values escaped (§3.3.11) and lines folded at
 * 75 octets with CRLF + space (§3.1), never inside a UTF-8 sequence.
 */

/** @example escapeText('Read; then, act\nnow') // 'Read\\; then\\, act\\nnow' */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** One content line, folded so no physical line exceeds 75 octets. */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line starts with one space, which counts towards its 75 octets.
    const limit = chunks.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

/** A whole calendar object from its content lines: folded, CRLF-terminated. */
export function joinLines(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A local date-time value: 20260303T100000. */
export function formatLocal(date: { year: number; month: number; day: number }, minutes: number): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
}

/** A UTC date-time value: 20260303T090000Z. */
export function formatUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
