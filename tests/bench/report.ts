import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { statusOf, type Figure } from './figures';

/** How one bench ended: with figures, or with the error that stopped it. */
export interface BenchOutcome {
  name: string;
  seconds: number;
  figures: Figure[];
  notes: string[];
  error: string | null;
}

/**
 * The figures as a plain-text table: figure, value, budget, ok/OVER.
 * @example formatTable([{ name: 'x', figures: [{ id: 'a', label: 'A', value: 1, unit: 'ms', budget: { max: 2 } }], … }])
 */
export function formatTable(outcomes: readonly BenchOutcome[]): string {
  const rows: string[][] = [['figure', 'value', 'budget', 'status']];
  for (const outcome of outcomes) {
    for (const figure of outcome.figures) rows.push([figure.label, formatValue(figure), formatBudget(figure), statusOf(figure)]);
    if (outcome.error) rows.push([`${outcome.name}: not measured`, '–', '–', 'ERROR']);
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 1 || column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  return [line(header ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function formatNumber(value: number, decimals: number): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function withUnit(text: string, unit: string): string {
  return unit ? `${text} ${unit}` : text;
}

function formatValue(figure: Figure): string {
  return figure.value === null ? '–' : withUnit(formatNumber(figure.value, figure.decimals ?? 0), figure.unit);
}

function formatBudget(figure: Figure): string {
  const { budget } = figure;
  if (!budget) return '–';
  const parts: string[] = [];
  if (budget.min !== undefined) parts.push(`≥ ${withUnit(formatNumber(budget.min, figure.decimals ?? 0), figure.unit)}`);
  if (budget.max !== undefined) parts.push(`≤ ${withUnit(formatNumber(budget.max, figure.decimals ?? 0), figure.unit)}`);
  return parts.join(', ');
}

/** The whole run as JSON, for tooling that tracks the figures over time. */
export function writeJsonReport(file: string, outcomes: readonly BenchOutcome[], startedAt: Date): void {
  mkdirSync(dirname(file), { recursive: true });
  const report = {
    startedAt: startedAt.toISOString(),
    node: process.version,
    figures: outcomes.flatMap((o) => o.figures.map((f) => ({ bench: o.name, ...f, status: statusOf(f) || null }))),
    benches: outcomes.map((o) => ({ name: o.name, seconds: o.seconds, notes: o.notes, error: o.error })),
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
