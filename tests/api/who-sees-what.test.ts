import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { dataKinds, kindOfTable, nonPersonalTables } from '../../server/features/works-council/data-policy';
import { routeData } from '../../server/features/works-council/route-data';
import { tellsSettled } from '../../server/features/push/tell';
import { testDatabases } from '../helpers/databases';
import { TEST_PLATFORM_SECRET } from '../helpers/learning';
import { fetchOpenApiDocument, listOperations, tableCoverage, type Operation } from '../helpers/openapi';
import { ACTORS, createTestOrganisation, freshActor, signInActors, type Actor, type TestOrganisation } from '../helpers/organisation';
import { send, validRequests } from '../helpers/route-requests';
import { TableRecorder, signatureOf } from '../helpers/table-recorder';
import { createTestContext, type TestClient, type TestContext } from '../helpers/test-app';

/** Calls that end the caller's session or erase them: made as a new person of the same kind each time. */
const ENDS_THE_CALLER = new Set(['POST /api/auth/session', 'DELETE /api/auth/session', 'DELETE /api/auth/sessions', 'DELETE /api/me']);

/*
 * The who-sees-what table is generated from the data policy and route-data.ts.
 * This test runs every route as every kind of caller against an app whose
 * database records the tables each query names, and fails when a route
 * touches personal data its entry does not name, when a route has no entry,
 * or when a table holding people's data belongs to no kind of the policy.
 */
describe.each(testDatabases())('who sees what covers every route that reads personal data ($name)', (kind) => {
  let ctx: TestContext;
  let org: TestOrganisation;
  let actors: Record<Actor, TestClient>;
  let operations: Operation[];
  const recorder = new TableRecorder();
  const touched = new Map<string, Set<string>>();

  beforeAll(async () => {
    const plain = await createTestContext(kind, { learningPlatformSecret: TEST_PLATFORM_SECRET });
    // The same app over a database that records what each query names.
    const deps = { ...plain.deps, db: plain.deps.db.withPlugin(recorder) };
    ctx = { ...plain, deps, app: createApp(deps) };
    org = await createTestOrganisation(ctx);
    actors = await signInActors(ctx, org);
    operations = listOperations(await fetchOpenApiDocument(ctx.app));
    // What the session middleware reads for any signed-in request is not the route's doing.
    const baseline = new Set<string>();
    for (const actor of ACTORS) {
      recorder.reset();
      await actors[actor].get('/api/health');
      for (const query of recorder.queries) baseline.add(signatureOf(query));
    }
    for (const operation of operations) {
      const tables = new Set<string>();
      for (const actor of ACTORS) {
        const client = ENDS_THE_CALLER.has(operation.key) ? await freshActor(ctx, org, actor) : actors[actor];
        const request = await validRequests(ctx, org)[operation.key]?.();
        if (!request) throw new Error(`${operation.key}: no valid request in tests/helpers/route-requests.ts`);
        recorder.reset();
        const response = await send(client, operation, request);
        // What a route starts in the background (a push after a notice) is its own doing, not the next route's.
        await tellsSettled();
        const queries = recorder.queries.filter((query) => !baseline.has(signatureOf(query)));
        // A refused request hands out nothing.
        if (response.status < 400) for (const query of queries) for (const table of query.tables) tables.add(table);
      }
      touched.set(operation.key, tables);
    }
  }, 240_000);
  afterAll(() => ctx.close());

  it('names every operation in route-data.ts, and no other', () => {
    expect(tableCoverage(Object.keys(routeData), operations.map((o) => o.key))).toEqual({ missingFromTable: [], notInDocument: [] });
  });

  it('names, for every route, each kind of personal data it touches', () => {
    const missing: Record<string, string[]> = {};
    for (const [key, tables] of touched) {
      const kinds = [...new Set([...tables].flatMap((table) => kindOfTable(table)?.id ?? []))];
      const undeclared = kinds.filter((id) => !(routeData[key] ?? []).includes(id));
      if (undeclared.length > 0) missing[key] = undeclared;
    }
    expect(missing).toEqual({});
  });

  it('knows every table a route touches: in a kind of personal data, or known to hold none', () => {
    const tables = new Set([...touched.values()].flatMap((set) => [...set]));
    const unknown = [...tables].filter((table) => !kindOfTable(table) && !(nonPersonalTables as readonly string[]).includes(table));
    expect(unknown).toEqual([]);
  });

  it('puts every table that refers to a person in a kind of personal data', async () => {
    if (kind.name !== 'sqlite') return;
    const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(ctx.deps.db);
    const personal: string[] = [];
    for (const { name } of rows) {
      const keys = await sql<{ table: string }>`select * from pragma_foreign_key_list(${name})`.execute(ctx.deps.db);
      if (name === 'people' || keys.rows.some((key) => key.table === 'people')) personal.push(name);
    }
    expect(personal.filter((table) => !kindOfTable(table))).toEqual([]);
  });

  it('names only kinds the policy has, and the table an employee sees lists them with their routes', async () => {
    const known = new Set(dataKinds.map((k) => k.id));
    expect(Object.values(routeData).flat().filter((id) => !known.has(id))).toEqual([]);
    const table = (await (await actors.employee.get('/api/privacy/who-sees-what')).json()) as { kinds: { id: string; routes: { method: string; path: string }[] }[] };
    expect(table.kinds.map((k) => k.id)).toEqual(dataKinds.map((k) => k.id));
    const learning = table.kinds.find((k) => k.id === 'learning_activity');
    expect(learning?.routes).toEqual(expect.arrayContaining([expect.objectContaining({ method: 'POST', path: '/api/events' })]));
  });
});
