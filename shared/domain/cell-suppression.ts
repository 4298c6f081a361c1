import { MIN_GROUP_SIZE } from './group-privacy';

/**
 * A table of head counts with its margins, as a figures screen shows it:
 * `cells[row][column]`, each row's total, each column's total and the grand
 * total. Leave a margin out when the screen does not show it.
 */
export interface CountTable {
  cells: readonly (readonly number[])[];
  rowTotals?: readonly number[];
  columnTotals?: readonly number[];
  grandTotal?: number;
}

/** The same table with every withheld figure as null. */
export interface SuppressedTable {
  cells: (number | null)[][];
  rowTotals?: (number | null)[];
  columnTotals?: (number | null)[];
  grandTotal?: number | null;
}

/** A figure's place: a cell, a row total, a column total or the grand total. */
type Place = { kind: 'cell'; row: number; column: number } | { kind: 'row'; row: number } | { kind: 'column'; column: number } | { kind: 'grand' };

/** One published sum: `total` is the sum of `parts`. */
interface Line {
  total: Place;
  parts: Place[];
}

/**
 * Withholds every figure behind which fewer than `k` people stand (primary
 * suppression), and then as many more as it takes so that no withheld figure
 * can be worked out from the published ones (complementary suppression):
 * a total minus the published parts would otherwise give the withheld part
 * back, and so would any sum of rows minus columns. Where a total is
 * published, what its withheld parts add up to is known, so they must hide at
 * least `k` people between them (three withheld zeros beside a published
 * total that their row's published cells already make up would all read
 * 0). Only figures are
 * withheld, never added or changed; the smallest published figure that
 * hides a recoverable one goes first, so as little as possible is lost.
 *
 * @example suppressCounts({ cells: [[3, 9, 12]], rowTotals: [24] }).cells // [[null, null, 12]]
 */
export function suppressCounts(table: CountTable, k = MIN_GROUP_SIZE): SuppressedTable {
  const value = valuesOf(table);
  const lines = linesOf(table);
  const withheld = new Set<string>([...value.keys()].filter((key) => (value.get(key) ?? 0) < k));
  for (;;) {
    const thin = lines.find((line) => hidesFewerThan(k, line, withheld, value));
    if (thin) {
      withheld.add(smallestPublished([...thin.parts.map(keyOf), keyOf(thin.total)], withheld, value) ?? keyOf(thin.total));
      continue;
    }
    const exposed = [...withheld].find((key) => isDetermined(key, withheld, lines));
    if (!exposed) break;
    const cover = smallestCover(exposed, withheld, lines, value);
    // Every figure on a line with a withheld one is withheld already: then none of them can be worked out.
    if (!cover) break;
    withheld.add(cover);
  }
  return withholding(table, withheld);
}

const keyOf = (place: Place): string =>
  place.kind === 'cell' ? `c${place.row}.${place.column}` : place.kind === 'row' ? `r${place.row}` : place.kind === 'column' ? `k${place.column}` : 'g';

function valuesOf(table: CountTable): Map<string, number> {
  const value = new Map<string, number>();
  table.cells.forEach((cells, row) => cells.forEach((count, column) => value.set(keyOf({ kind: 'cell', row, column }), count)));
  table.rowTotals?.forEach((count, row) => value.set(keyOf({ kind: 'row', row }), count));
  table.columnTotals?.forEach((count, column) => value.set(keyOf({ kind: 'column', column }), count));
  if (table.grandTotal !== undefined) value.set('g', table.grandTotal);
  return value;
}

/** Every sum the table publishes: rows, columns, and the margins adding up to the grand total. */
function linesOf(table: CountTable): Line[] {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const lines: Line[] = [];
  if (table.rowTotals) {
    for (const row of range(rows)) lines.push({ total: { kind: 'row', row }, parts: range(columns).map((column) => ({ kind: 'cell', row, column })) });
  }
  if (table.columnTotals) {
    for (const column of range(columns)) lines.push({ total: { kind: 'column', column }, parts: range(rows).map((row) => ({ kind: 'cell', row, column })) });
  }
  if (table.grandTotal !== undefined) {
    if (table.rowTotals) lines.push({ total: { kind: 'grand' }, parts: range(rows).map((row) => ({ kind: 'row', row })) });
    if (table.columnTotals) lines.push({ total: { kind: 'grand' }, parts: range(columns).map((column) => ({ kind: 'column', column })) });
    if (!table.rowTotals && !table.columnTotals) {
      lines.push({ total: { kind: 'grand' }, parts: range(rows).flatMap((row) => range(columns).map((column) => ({ kind: 'cell' as const, row, column }))) });
    }
  }
  return lines;
}

/**
 * Whether the published figures fix a withheld one. Each line is an equation
 * over the withheld figures; the figure is fixed exactly when no change of
 * the withheld figures that keeps every equation true moves it, that is when
 * every vector of the equations' null space is zero at it.
 */
function isDetermined(target: string, withheld: ReadonlySet<string>, lines: readonly Line[]): boolean {
  const unknowns = [...withheld];
  const column = new Map(unknowns.map((key, i) => [key, i]));
  const equations = lines.map((line) => {
    const row = new Array<number>(unknowns.length).fill(0);
    const total = column.get(keyOf(line.total));
    if (total !== undefined) row[total] = 1;
    for (const part of line.parts) {
      const index = column.get(keyOf(part));
      if (index !== undefined) row[index] = (row[index] ?? 0) - 1;
    }
    return row;
  });
  return nullSpace(equations, unknowns.length).every((vector) => vector[column.get(target) ?? -1] === 0);
}

/** A basis of { x : Ax = 0 } by Gauss–Jordan elimination; exact for the small integer matrices of a figures table. */
function nullSpace(matrix: number[][], width: number): number[][] {
  const rows = matrix.map((row) => [...row]);
  const pivotColumns: number[] = [];
  let pivotRow = 0;
  for (let col = 0; col < width && pivotRow < rows.length; col += 1) {
    const found = rows.findIndex((row, i) => i >= pivotRow && Math.abs(row[col] ?? 0) > 1e-9);
    if (found === -1) continue;
    [rows[pivotRow], rows[found]] = [rows[found] as number[], rows[pivotRow] as number[]];
    const pivot = rows[pivotRow] as number[];
    const scale = pivot[col] ?? 1;
    for (let j = 0; j < width; j += 1) pivot[j] = (pivot[j] ?? 0) / scale;
    rows.forEach((row, i) => {
      const factor = row[col] ?? 0;
      if (i === pivotRow || Math.abs(factor) < 1e-9) return;
      for (let j = 0; j < width; j += 1) row[j] = (row[j] ?? 0) - factor * (pivot[j] ?? 0);
    });
    pivotColumns.push(col);
    pivotRow += 1;
  }
  const free = Array.from({ length: width }, (_, i) => i).filter((i) => !pivotColumns.includes(i));
  return free.map((freeColumn) => {
    const vector = new Array<number>(width).fill(0);
    vector[freeColumn] = 1;
    pivotColumns.forEach((col, i) => {
      const entry = -(rows[i]?.[freeColumn] ?? 0);
      vector[col] = Math.abs(entry) < 1e-9 ? 0 : entry;
    });
    return vector;
  });
}

/**
 * The smallest published figure on a line of the exposed one: withholding it
 * gives that line a second unknown. When those lines have nothing left to
 * withhold (the figure is given away by a sum over several lines), the
 * smallest published figure on any line with a withheld one.
 */
function smallestCover(exposed: string, withheld: ReadonlySet<string>, lines: readonly Line[], value: ReadonlyMap<string, number>): string | undefined {
  const keysOf = lines.map((line) => [line.total, ...line.parts].map(keyOf));
  return (
    smallestPublished(keysOf.filter((keys) => keys.includes(exposed)).flat(), withheld, value) ??
    smallestPublished(keysOf.filter((keys) => keys.some((key) => withheld.has(key))).flat(), withheld, value)
  );
}

function smallestPublished(keys: readonly string[], withheld: ReadonlySet<string>, value: ReadonlyMap<string, number>): string | undefined {
  return keys.filter((key) => !withheld.has(key)).sort((a, b) => (value.get(a) ?? 0) - (value.get(b) ?? 0) || a.localeCompare(b))[0];
}

/** A published total whose withheld parts add up to fewer than k: anyone can read that they are small, and a zero sum says each is 0. */
function hidesFewerThan(k: number, line: Line, withheld: ReadonlySet<string>, value: ReadonlyMap<string, number>): boolean {
  if (withheld.has(keyOf(line.total))) return false;
  const hidden = line.parts.map(keyOf).filter((key) => withheld.has(key));
  return hidden.length > 0 && hidden.reduce((sum, key) => sum + (value.get(key) ?? 0), 0) < k;
}

function withholding(table: CountTable, withheld: ReadonlySet<string>): SuppressedTable {
  const shown = (place: Place, count: number) => (withheld.has(keyOf(place)) ? null : count);
  return {
    cells: table.cells.map((cells, row) => cells.map((count, column) => shown({ kind: 'cell', row, column }, count))),
    ...(table.rowTotals && { rowTotals: table.rowTotals.map((count, row) => shown({ kind: 'row', row }, count)) }),
    ...(table.columnTotals && { columnTotals: table.columnTotals.map((count, column) => shown({ kind: 'column', column }, count)) }),
    ...(table.grandTotal !== undefined && { grandTotal: shown({ kind: 'grand' }, table.grandTotal) }),
  };
}
