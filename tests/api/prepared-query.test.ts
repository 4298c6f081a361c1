import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../server/db/connect';
import { preparedQuery } from '../../server/db/prepared-query';
import { testDatabases } from '../helpers/databases';

// Constants and run-time values mixed, in an order unlike their names', so a wrong slot shows.
const departmentsBetween = preparedQuery<{ from: string; to: string }>()((db, param) =>
  db
    .selectFrom('departments')
    .select(['id', 'name'])
    .where('created_at', '>=', '2026-01-01T00:00:00.000Z')
    .where('name', '<=', param('to'))
    .where('name', '>=', param('from'))
    .where('id', '!=', 'excluded')
    .orderBy('name'),
);

describe.each(testDatabases())('preparedQuery ($name)', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await kind.create();
    const created_at = '2026-06-01T00:00:00.000Z';
    await handle.db
      .insertInto('departments')
      .values([
        { id: 'a', name: 'Apotheek', created_at },
        { id: 'k', name: 'Keuken', created_at },
        { id: 'excluded', name: 'Kantoor', created_at },
        { id: 'old', name: 'Kassa', created_at: '2025-06-01T00:00:00.000Z' },
        { id: 'z', name: 'Zorg', created_at },
      ])
      .execute();
  });
  afterAll(() => handle.destroy());

  it('runs the compiled query with each call’s own values and keeps the constants', async () => {
    expect(await departmentsBetween(handle.db, { from: 'B', to: 'Y' })).toEqual([{ id: 'k', name: 'Keuken' }]);
    expect(await departmentsBetween(handle.db, { from: 'A', to: 'Zz' })).toEqual([
      { id: 'a', name: 'Apotheek' },
      { id: 'k', name: 'Keuken' },
      { id: 'z', name: 'Zorg' },
    ]);
    expect(await departmentsBetween(handle.db, { from: 'L', to: 'M' })).toEqual([]);
  });

  it('treats a value that looks like SQL as a value', async () => {
    expect(await departmentsBetween(handle.db, { from: "' or 1=1 --", to: "'" })).toEqual([]);
  });
});
