/**
 * What every bench reports: figures, each with an optional budget. A figure
 * over its budget is reported, never thrown: `npm run bench` informs, it is
 * not a timed test that fails on a slow machine.
 */

/** `max`: the figure must stay at or below it; `min`: at or above it. */
export interface Budget {
  max?: number;
  min?: number;
}

export interface Figure {
  /** Stable key for the JSON report, e.g. `bundle.js.gzip`. */
  id: string;
  /** What a person reads in the table. */
  label: string;
  /** null when the measurement could not be taken (see the bench's error). */
  value: number | null;
  unit: string;
  budget?: Budget;
  /** Decimals shown in the table. */
  decimals?: number;
}

export type FigureStatus = 'ok' | 'OVER' | '';

/** What one bench hands back: its figures and free-form lines worth printing (which files were counted, samples…). */
export interface BenchResult {
  figures: Figure[];
  notes: string[];
}

export interface BenchContext {
  /** The production build of the client (dist/client). */
  clientDir: string;
  /** Progress lines while the bench runs, so a long run is not silent. */
  log(message: string): void;
}

/**
 * One measurement. Add a module that exports one of these and list it in
 * run.ts; `timeoutMs` bounds it so a hung browser cannot stall the run.
 */
export interface Bench {
  name: string;
  timeoutMs: number;
  run(context: BenchContext): Promise<BenchResult>;
}

/** `ok` within budget, `OVER` outside it, empty when the figure has no budget or no value. */
export function statusOf(figure: Figure): FigureStatus {
  const { value, budget } = figure;
  if (value === null || !budget) return '';
  if (budget.max !== undefined && value > budget.max) return 'OVER';
  if (budget.min !== undefined && value < budget.min) return 'OVER';
  return 'ok';
}

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `work` but gives up after `ms`, naming what took too long. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
