import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrate';

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** A fresh, migrated, empty database of this kind. */
  create(): Promise<DatabaseHandle>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    const handle = connectDatabase({ sqliteFile: ':memory:' });
    await migrateToLatest(handle.db);
    return handle;
  },
};

/** Each call makes its own throw-away database, dropped again on destroy(). */
const postgres: TestDatabase = {
  name: 'postgres',
  async create() {
    const { url, drop } = await createPostgresDatabase();
    const handle = connectPostgres(url);
    await migrateToLatest(handle.db);
    return { ...handle, destroy: () => handle.destroy().then(drop) };
  },
};

const connectPostgres = (url: string) => connectDatabase({ databaseUrl: url, sqliteFile: '', poolSize: 5 });

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `leerlust_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await waitForDisconnect(name);
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * One fresh database seen through two connections, as two server instances
 * see it: the first create() makes and migrates it, the second connects to
 * it again. Destroy the second before the first.
 */
export function twoConnectionsTo(kind: TestDatabase): [TestDatabase, TestDatabase] {
  let place: { connect(): DatabaseHandle; remove(): Promise<void> } | undefined;
  const first: TestDatabase = {
    name: kind.name,
    async create() {
      if (kind.name === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'leerlust-two-'));
        const file = join(dir, 'leerlust.sqlite');
        place = { connect: () => connectDatabase({ sqliteFile: file }), remove: async () => rmSync(dir, { recursive: true, force: true }) };
      } else {
        const { url, drop } = await createPostgresDatabase();
        place = { connect: () => connectPostgres(url), remove: drop };
      }
      const handle = place.connect();
      await migrateToLatest(handle.db);
      const { remove } = place;
      return { ...handle, destroy: () => handle.destroy().then(remove) };
    },
  };
  const second: TestDatabase = {
    name: kind.name,
    async create() {
      if (!place) throw new Error('create the first connection first');
      return place.connect();
    },
  };
  return [first, second];
}

async function adminQuery<Row extends object = object>(statement: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return (await client.query<Row>(statement, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * pg's Pool.end() resolves once it has asked its connections to close, not
 * when they have. Dropping the database "with (force)" at that moment kills
 * them mid-goodbye, which pg reports as an unhandled error (57P01) that fails
 * the whole run. So wait, briefly, until the server has let them go.
 */
async function waitForDisconnect(database: string, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = await adminQuery<{ n: string }>('select count(*) as n from pg_stat_activity where datname = $1', [database]);
    if (Number(row?.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The databases every repository and API test runs on: SQLite always,
 * PostgreSQL when the global setup found it (or when it is required).
 */
export function testDatabases(): TestDatabase[] {
  return inject('postgresAvailable') ? [sqlite, postgres] : [sqlite];
}
