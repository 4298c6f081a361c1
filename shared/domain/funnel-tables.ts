import { suppressCounts } from './cell-suppression';
import { MIN_GROUP_SIZE } from './group-privacy';

/*
 * The funnel's views publish the same campaign totals (joined, installed,
 * …) under different breakdowns: by channel, by department, by week. Each
 * table is withheld with suppressCounts (complementary suppression), and a
 * total withheld in one view is withheld in every view, or that view's
 * total beside the other view's rows would give a withheld row back.
 */

export interface FunnelTable {
  cells: number[][];
  /** The columns whose total is the sum of their rows (published as a total); the others have no total. */
  additive: boolean[];
}

export interface SuppressedFunnelTable {
  cells: (number | null)[][];
  totals: (number | null)[];
}

/**
 * Withholds every table's small figures and whatever would give them back,
 * within a table and across tables that share their column totals (each
 * table's columns are named by `columns[t]`, equal names share a total).
 *
 * @example suppressFunnelTables([{ cells: [[3], [9]], additive: [true] }], [['joined']])[0].cells // [[null], [null]]
 */
export function suppressFunnelTables(tables: readonly FunnelTable[], columns: readonly (readonly string[])[], k = MIN_GROUP_SIZE): SuppressedFunnelTable[] {
  const forced = new Set<string>();
  for (let round = 0; ; round += 1) {
    const answers = tables.map((table, t) => suppressOne(table, columns[t] ?? [], forced, k));
    const before = forced.size;
    answers.forEach((answer, t) =>
      answer.totals.forEach((total, c) => {
        if (total === null && tables[t]?.additive[c]) forced.add(columns[t]?.[c] ?? '');
      }),
    );
    if (forced.size === before || round > tables.length * 8) return answers;
  }
}

function suppressOne(table: FunnelTable, names: readonly string[], forced: ReadonlySet<string>, k: number): SuppressedFunnelTable {
  const width = table.additive.length;
  const rows = table.cells.length;
  const result: SuppressedFunnelTable = { cells: table.cells.map((r) => r.map(() => null)), totals: Array.from({ length: width }, () => null) };
  const additive = [...Array(width).keys()].filter((c) => table.additive[c]);
  const others = [...Array(width).keys()].filter((c) => !table.additive[c]);
  if (additive.length > 0 && rows > 0) {
    const totals = additive.map((c) => table.cells.reduce((sum, r) => sum + (r[c] ?? 0), 0));
    // A total another view withholds is withheld here too: given as -1, below any threshold, so the rule withholds it and covers it.
    const given = totals.map((total, i) => (forced.has(names[additive[i] ?? 0] ?? '') ? -1 : total));
    const s = suppressCounts({ cells: table.cells.map((r) => additive.map((c) => r[c] ?? 0)), columnTotals: given }, k);
    additive.forEach((c, i) => {
      s.cells.forEach((r, row) => ((result.cells[row] as (number | null)[])[c] = r[i] ?? null));
      result.totals[c] = s.columnTotals?.[i] ?? null;
    });
  }
  // Figures that add up to nothing published stand alone: only the small ones go.
  for (const c of others) table.cells.forEach((r, row) => ((result.cells[row] as (number | null)[])[c] = (r[c] ?? 0) >= k ? (r[c] ?? 0) : null));
  return result;
}
