import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteFileIn } from '../../../server/server';
import { repoRoot, runLeerlust } from '../../helpers/cli';

/** The real `bin/leerlust.js` in a child process, on a SQLite data folder of its own. */
// Each run starts Node and compiles TypeScript; allow for a busy machine.
describe('the leerlust command (child process)', { timeout: 60_000 }, () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'leerlust-cli-'));
    for (const fixture of ['valid.csv', 'one-bad-row.csv']) copyFileSync(join(repoRoot, 'tests/fixtures/people', fixture), join(dataDir, fixture));
    env = { ...process.env, DATA_DIR: dataDir, PUBLIC_URL: 'https://leren.example.org' };
    delete env.DATABASE_URL;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const peopleInDatabase = () => {
    const db = new SQLite(sqliteFileIn(dataDir), { readonly: true });
    try {
      return (db.prepare('select email from people order by email').all() as Array<{ email: string }>).map((p) => p.email);
    } finally {
      db.close();
    }
  };

  it('shows help for the program and each command, and exits 2 on bad usage', async () => {
    const help = await runLeerlust(['--help'], env);
    expect(help.code).toBe(0);
    for (const command of ['user|users', 'login-link', 'backup', 'migrate']) expect(help.stdout).toContain(command);

    const importHelp = await runLeerlust(['users', 'import', '--help'], env);
    expect(importHelp.code).toBe(0);
    expect(importHelp.stdout).toContain('--skip-invalid');

    const unknown = await runLeerlust(['frobnicate'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    expect((await runLeerlust(['users', 'import'], env)).code).toBe(2);
  });

  it('imports nothing from a file with a bad row (exit 1), then the good rows with --skip-invalid', async () => {
    // Run from the data folder: the file argument is relative to where the admin is.
    const refused = await runLeerlust(['users', 'import', 'one-bad-row.csv'], env, dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('line 3: language "fr": Invalid option');
    expect(refused.stderr).toContain('Nothing imported: 1 of 3 rows with errors; fix them, or pass --skip-invalid to import the 2 valid rows');
    expect(peopleInDatabase()).toEqual([]);

    const skipped = await runLeerlust(['users', 'import', 'one-bad-row.csv', '--skip-invalid'], env, dataDir);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('Imported 2 people; skipped 1 row with errors (lines 3)');
    expect(peopleInDatabase()).toEqual(['anna@example.com', 'kees@example.com']);
  });

  it('rejects a file of people who are already there, and a file that does not exist', async () => {
    const again = await runLeerlust(['users', 'import', join(dataDir, 'valid.csv')], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('line 2: email anna@example.com already belongs to someone in Leerlust');

    const missing = await runLeerlust(['users', 'import', join(dataDir, 'nope.csv')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });

  it('adds a user and prints a login link at PUBLIC_URL', async () => {
    const added = await runLeerlust(['user', 'add', '--name', 'Lotte', '--email', 'lotte@example.com', '--role', 'admin', '--department', 'HR'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Added Lotte <lotte@example.com> as admin');

    const link = await runLeerlust(['login-link', 'lotte@example.com'], env);
    expect(link.code).toBe(0);
    expect(link.stdout.trim()).toMatch(/^https:\/\/leren\.example\.org\/signin\/verify#token=[\w-]{43}$/);

    const bad = await runLeerlust(['user', 'add', '--name', 'X', '--language', 'fr'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--language "fr"');
  });
});
