import { describe, expect, it } from 'vitest';
import { parsePeopleCsv } from '../../../server/features/people/import/people-csv';

describe('reading a people CSV', () => {
  it('takes a spreadsheet export: BOM, semicolons, CRLF, spelled-out headers, blank rows', () => {
    const text = '\uFEFFE-mail;Name;Manager email;Time zone\r\nanna@example.com;Anna;;Europe/Amsterdam\r\n;;;\r\n\r\nkees@example.com; Kees ;anna@example.com;\r\n';
    expect(parsePeopleCsv(text)).toEqual([
      { line: 2, fields: { email: 'anna@example.com', name: 'Anna', managerEmail: '', timeZone: 'Europe/Amsterdam' }, problems: [] },
      { line: 5, fields: { email: 'kees@example.com', name: 'Kees', managerEmail: 'anna@example.com', timeZone: '' }, problems: [] },
    ]);
  });

  it('numbers rows by the line they start on, also after a cell that spans lines', () => {
    const rows = parsePeopleCsv('email,name\na@example.com,"Anna\nde Wit"\nb@example.com,Bert,extra');
    expect(rows.map((r) => [r.line, r.problems])).toEqual([
      [2, []],
      [4, [{ code: 'columns_mismatch', params: { fields: '3', header: '2' }, message: 'has 3 fields, the header has 2' }]],
    ]);
  });
});
