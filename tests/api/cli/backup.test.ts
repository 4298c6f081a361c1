import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupSqlite } from '../../../server/cli/backup';
import { runCli } from '../../../server/cli/main';
import { connectDatabase, type DatabaseHandle } from '../../../server/db/connect';
import { migrateToLatest } from '../../../server/db/migrate';
import { createPerson } from '../../../server/features/people/people.service';
import { sqliteFileIn } from '../../../server/server';
import { captureCliEnv } from '../../helpers/cli';

/** Backups copy a SQLite file; PostgreSQL is backed up with pg_dump, so this runs on SQLite only. */
describe('leerlust backup (sqlite)', () => {
  let dir: string;
  let live: DatabaseHandle;
  let liveFile: string;
  let added = 0;
  const addSomeone = () => createPerson(live.db, { name: `Person ${(added += 1)}`, email: `p${added}@example.com`, role: 'employee', language: 'nl', timeZone: 'Europe/Amsterdam' }, new Date());

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leerlust-backup-'));
    liveFile = sqliteFileIn(dir);
    live = connectDatabase({ sqliteFile: liveFile });
    await migrateToLatest(live.db);
  });
  afterEach(async () => {
    await live.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('makes a valid, self-contained copy while another connection keeps writing', async () => {
    for (let i = 0; i < 500; i++) await addSomeone();
    let writing = true;
    const writer = (async () => {
      while (writing) {
        await addSomeone();
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const target = join(dir, 'backups', 'copy.sqlite');

    const result = await backupSqlite(liveFile, target);
    writing = false;
    await writer;

    expect(added).toBeGreaterThan(500);
    const copy = new SQLite(target, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      const { n } = copy.prepare('select count(*) as n from people').get() as { n: number };
      expect(n).toBe(result.people);
      expect(n).toBeGreaterThanOrEqual(500);
      expect(n).toBeLessThanOrEqual(added);
    } finally {
      copy.close();
    }
    expect(existsSync(`${target}-wal`)).toBe(false);
  });

  it('refuses to overwrite a file unless forced, and leaves it untouched', async () => {
    const target = join(dir, 'copy.sqlite');
    writeFileSync(target, 'an older backup');
    await expect(backupSqlite(liveFile, target)).rejects.toThrow('already exists; pass --force to overwrite it');
    await addSomeone();
    expect((await backupSqlite(liveFile, target, { force: true })).people).toBe(1);
  });

  it('refuses a missing database and a target that is the database itself', async () => {
    await expect(backupSqlite(join(dir, 'nothing.sqlite'), join(dir, 'copy.sqlite'))).rejects.toThrow('There is no database at');
    await expect(backupSqlite(liveFile, `${liveFile}-wal`, { force: true })).rejects.toThrow('cannot go over the database itself');
  });

  it("runs as `leerlust backup`, relative to the admin's folder", async () => {
    await addSomeone();
    const cli = captureCliEnv({ DATA_DIR: dir }, dir);
    expect(await runCli(['node', 'leerlust', 'backup', 'nightly.sqlite'], cli)).toBe(0);
    expect(cli.stdout).toEqual([expect.stringMatching(/^Backed up 1 person \(\d+ KiB\) to /)]);
    expect(cli.stdout[0]?.endsWith(join(dir, 'nightly.sqlite'))).toBe(true);
    expect(await runCli(['node', 'leerlust', 'backup', 'nightly.sqlite'], cli)).toBe(1);
    expect(cli.stderr.at(-1)).toMatch(/already exists; pass --force/);
  });

  it('points PostgreSQL users to pg_dump', async () => {
    const cli = captureCliEnv({ DATA_DIR: dir, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/leerlust' }, dir);
    expect(await runCli(['node', 'leerlust', 'backup', 'nightly.sqlite'], cli)).toBe(1);
    expect(cli.stderr.join('\n')).toMatch(/PostgreSQL: back it up with pg_dump/);
    expect(existsSync(join(dir, 'nightly.sqlite'))).toBe(false);
  });
});
