import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCounts, type CountTable, type SuppressedTable } from '../../shared/domain/cell-suppression';

const K = 5;
/** Small tables, so the attacker below can try every table the published figures allow. */
const MAX_COUNT = 7;

const table: fc.Arbitrary<CountTable> = fc
  .record({
    // Up to four cells: 1×1 … 1×4 and 2×2 (every table the attacker tries is 8⁴ at most).
    shape: fc.constantFrom([1, 1], [1, 2], [1, 3], [1, 4], [2, 1], [2, 2]),
    margins: fc.record({ rows: fc.boolean(), columns: fc.boolean(), grand: fc.boolean() }),
  })
  .chain(({ shape: [rows, columns], margins }) =>
    fc.array(fc.array(fc.integer({ min: 0, max: MAX_COUNT }), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }).map((cells) => withMargins(cells, margins)),
  );

function withMargins(cells: number[][], margins: { rows: boolean; columns: boolean; grand: boolean }): CountTable {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    cells,
    ...(margins.rows && { rowTotals: cells.map(sum) }),
    ...(margins.columns && { columnTotals: (cells[0] ?? []).map((_, column) => sum(cells.map((row) => row[column] ?? 0))) }),
    ...(margins.grand && { grandTotal: sum(cells.flat()) }),
  };
}

/** Every figure of a table in one list (null where withheld), margins after the cells, absent margins left out. */
function figures(t: CountTable | SuppressedTable): (number | null)[] {
  return [...t.cells.flat(), ...(t.rowTotals ?? []), ...(t.columnTotals ?? []), ...(t.grandTotal === undefined ? [] : [t.grandTotal])];
}

/**
 * The attacker: tries every table of the same shape with counts up to
 * MAX_COUNT (more than a real attacker knows), keeps those that agree with
 * every published figure, and collects what each withheld figure could be.
 */
function whatWithheldCouldBe(original: CountTable, published: SuppressedTable): Set<number>[] {
  const shown = figures(published);
  const shape = original.cells.map((row) => row.length);
  const possible = shown.map(() => new Set<number>());
  const cellCount = shape.reduce((a, b) => a + b, 0);
  const margins = { rows: original.rowTotals !== undefined, columns: original.columnTotals !== undefined, grand: original.grandTotal !== undefined };
  for (let code = 0; code < (MAX_COUNT + 1) ** cellCount; code += 1) {
    const flat = Array.from({ length: cellCount }, (_, i) => Math.floor(code / (MAX_COUNT + 1) ** i) % (MAX_COUNT + 1));
    let offset = 0;
    const cells = shape.map((length) => flat.slice(offset, (offset += length)));
    const candidate = figures(withMargins(cells, margins));
    if (candidate.every((value, i) => shown[i] === null || shown[i] === value)) candidate.forEach((value, i) => possible[i]?.add(value ?? -1));
  }
  return possible;
}

describe('suppressCounts', () => {
  it('withholds every figure under k and publishes every other one unchanged or not at all', () => {
    fc.assert(
      fc.property(table, (t) => {
        const published = figures(suppressCounts(t, K));
        figures(t).forEach((value, i) => {
          if ((value ?? 0) < K) expect(published[i]).toBeNull();
          else expect([value, null]).toContain(published[i]);
        });
      }),
    );
  });

  it('leaves no figure under k recoverable from the published totals, rows and columns', () => {
    fc.assert(
      fc.property(table, (t) => {
        const published = suppressCounts(t, K);
        const possible = whatWithheldCouldBe(t, published);
        figures(t).forEach((value, i) => {
          if ((value ?? 0) < K) expect(possible[i]?.size, `figure ${i} (${value}) of ${JSON.stringify(t)} → ${JSON.stringify(published)}`).toBeGreaterThan(1);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('withholds nothing more when every figure is at least k', () => {
    const t = withMargins([[5, 6], [7, 8]], { rows: true, columns: true, grand: true });
    expect(suppressCounts(t, K)).toEqual(t);
  });

  it('hides a small cell behind the smallest other cell of its row when the row total is shown', () => {
    expect(suppressCounts({ cells: [[3, 9, 12]], rowTotals: [24] }, K)).toEqual({ cells: [[null, null, 12]], rowTotals: [24] });
  });
});
