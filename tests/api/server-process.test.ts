import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli';
import { freePort } from '../helpers/free-port';

// A cold start compiles the server with tsx; on a busy 2-core machine that alone can take tens of seconds.
const START_TIMEOUT_MS = 90_000;
const PROCESS_TIMEOUT_MS = 2 * START_TIMEOUT_MS + 10_000;

/** `npm start`'s server, as a real process: what a new user runs. */
async function startServerProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const healthy = await fetch(`${url}/api/health`).then((r) => r.status === 200, () => false);
    if (healthy) return { child, url, output: () => output };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

function countPeople(dataDir: string): number {
  const db = new SQLite(join(dataDir, 'leerlust.sqlite'), { readonly: true });
  try {
    return (db.prepare('select count(*) as n from people').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('the server process (npm start)', () => {
  const dataDirs: string[] = [];
  const newDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'leerlust-start-'));
    dataDirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('starts on PORT with SQLite in DATA_DIR, loads the demo organisation once, and stops cleanly on SIGTERM', async () => {
    const dataDir = newDataDir();
    const first = await startServerProcess({ DATA_DIR: dataDir });
    expect(await (await fetch(`${first.url}/api/health`)).json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    expect(first.output()).toContain('demo organisation');
    expect(await stop(first.child)).toBe(0);
    const demoPeople = countPeople(dataDir);
    expect(demoPeople).toBeGreaterThanOrEqual(5);

    // A second start on the same data keeps what is there and adds no second demo.
    const second = await startServerProcess({ DATA_DIR: dataDir });
    expect(await stop(second.child)).toBe(0);
    expect(countPeople(dataDir)).toBe(demoPeople);
  }, PROCESS_TIMEOUT_MS);

  it('starts empty with LEERLUST_DEMO=0', async () => {
    const dataDir = newDataDir();
    const server = await startServerProcess({ DATA_DIR: dataDir, LEERLUST_DEMO: '0' });
    expect(await stop(server.child)).toBe(0);
    expect(countPeople(dataDir)).toBe(0);
  }, PROCESS_TIMEOUT_MS);
});
