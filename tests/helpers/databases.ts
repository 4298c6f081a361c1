import { randomBytes } from 'node:crypto';
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
    const name = `leerlust_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create database ${name}`);
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    const handle = connectDatabase({ databaseUrl: url.toString(), sqliteFile: '', poolSize: 5 });
    await migrateToLatest(handle.db);
    return {
      ...handle,
      async destroy() {
        await handle.destroy();
        await waitForDisconnect(name);
        await adminQuery(`drop database if exists ${name} with (force)`);
      },
    };
  },
};

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
