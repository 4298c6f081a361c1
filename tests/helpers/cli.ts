import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { CliEnv } from '../../server/cli/cli-env';
import type { Database } from '../../server/db/database';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A people CSV from tests/fixtures/people. */
export function peopleFixture(name: string): string {
  return readFileSync(join(repoRoot, 'tests/fixtures/people', name), 'utf8');
}

export async function countRows(db: Kysely<Database>, table: 'people' | 'departments' | 'teams'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A CLI environment for running commands in-process; what they print is kept. */
export function captureCliEnv(env: NodeJS.ProcessEnv, cwd = repoRoot): CliEnv & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { env, cwd, clock: () => new Date('2026-03-02T09:00:00Z'), io: { out: (l) => stdout.push(l), err: (l) => stderr.push(l) }, stdout, stderr };
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `bin/leerlust.js` in a child process, as an admin would. */
export function runLeerlust(args: string[], env: NodeJS.ProcessEnv, cwd = repoRoot): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/leerlust.js'), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
