import type { Logger } from './app-env';

/** One JSON object per line on stdout/stderr: easy to read, easy to ship to a log store. */
export function createLogger(write: (line: string, isError: boolean) => void = defaultWrite): Logger {
  const log = (level: 'info' | 'warn' | 'error') => (message: string, fields?: Record<string, unknown>) =>
    write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }), level === 'error');
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

function defaultWrite(line: string, isError: boolean): void {
  (isError ? process.stderr : process.stdout).write(`${line}\n`);
}

/** For tests: a logger that keeps its lines instead of printing them. */
export function createMemoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger((line) => lines.push(line)), { lines });
}
