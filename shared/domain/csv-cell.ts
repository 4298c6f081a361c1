/** What a spreadsheet reads as the start of a formula (OWASP CSV injection): =, +, -, @, tab and carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, safe to open in a spreadsheet: a text that begins like a
 * formula gets a leading apostrophe (shown as text, never run), and a cell
 * with a quote, comma, semicolon or line break is quoted with its quotes
 * doubled.
 *
 * @example csvCell('=HYPERLINK("x")') // "\"'=HYPERLINK(\"\"x\"\")\""
 * @example csvCell(4.5) // "4.5"
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of cells as CSV text (CRLF line ends, as RFC 4180 has them). */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
