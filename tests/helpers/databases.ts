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
        await adminQuery(`drop database if exists ${name} with (force)`);
      },
    };
  },
};

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * The databases every repository and API test runs on: SQLite always,
 * PostgreSQL when the global setup found it (or when it is required).
 */
export function testDatabases(): TestDatabase[] {
  return inject('postgresAvailable') ? [sqlite, postgres] : [sqlite];
}
