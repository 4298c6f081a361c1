import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { withTimeout } from './figures';

/** The line a child script prints, followed by JSON, once it serves. */
export const READY_PREFIX = 'READY ';

export interface ChildServer<Info> {
  info: Info;
  process: ChildProcess;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/**
 * Runs a TypeScript file in its own Node process (so a load generator here does
 * not share its event loop) and waits for its `READY {json}` line.
 */
export async function startChildServer<Info>(script: string, env: Record<string, string> = {}, timeoutMs = 30_000): Promise<ChildServer<Info>> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const stop = () => stopChild(child);
  try {
    const info = await withTimeout(readyLine<Info>(child), timeoutMs, `${script} starting`);
    return { info, process: child, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readyLine<Info>(child: ChildProcess): Promise<Info> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error('child has no stdout'));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line.startsWith(READY_PREFIX)) resolve(JSON.parse(line.slice(READY_PREFIX.length)) as Info);
      else process.stdout.write(`  [child] ${line}\n`);
    });
    child.once('exit', (code, signal) => reject(new Error(`child exited before it was ready (code ${code}, signal ${signal})`)));
    child.once('error', reject);
  });
}

/** SIGTERM, then SIGKILL if it lingers. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await withTimeout(exited, 5_000, 'child stopping').catch(() => child.kill('SIGKILL'));
}

/** Stops every child this process started and has not stopped yet. */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map(stopChild));
}

const PARENT_CHECK_MS = 1_000;

/**
 * For child scripts: announce readiness, and leave cleanly when the parent
 * says so, or when the parent is gone (a bench killed without a word): no
 * child server outlives its bench. Never after a fixed time: a push service
 * that left after two minutes made the scheduler's 100,000 reminders retry
 * forever on a busy machine.
 */
export function announceReady(info: unknown, onStop: () => Promise<void>): void {
  const leave = () => void onStop().finally(() => process.exit(0));
  process.once('SIGTERM', leave);
  process.once('SIGINT', leave);
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) leave();
  }, PARENT_CHECK_MS).unref();
  process.stdout.write(`${READY_PREFIX}${JSON.stringify(info)}\n`);
}
