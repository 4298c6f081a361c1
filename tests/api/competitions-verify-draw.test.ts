import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDraw, loadPublishedDraw } from '../../server/cli/verify-draw';
import { connectDatabase } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrate';
import { sqliteFileIn } from '../../server/server';
import { runLeerlust } from '../helpers/cli';
import { testDatabases, type TestDatabase } from '../helpers/databases';
import { addCompetition, addPoints, weeklyMoments } from '../helpers/rewards';
import { addPerson, createTestContext, signedInClient, type TestContext } from '../helpers/test-app';

/** A raffle with a few ticket holders, drawn through the admin route. */
async function drawnRaffle(ctx: TestContext) {
  const raffle = await addCompetition(ctx, { rule: 'raffle', ended: true, winners: 2 });
  for (let i = 0; i < 4; i++) {
    const person = await addPerson(ctx);
    for (const at of weeklyMoments(new Date(ctx.clock().getTime() - 3 * 86_400_000), i + 1)) await addPoints(ctx, person.id, at, 10);
  }
  const admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
  expect((await admin.post(`/api/admin/competitions/${raffle.id}/settle`)).status).toBe(200);
  return raffle.id;
}

describe.each(testDatabases())('verify-draw ($name)', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  it('recomputes the winners from the published data and finds they match', async () => {
    const id = await drawnRaffle(ctx);
    const { verification, lines } = checkDraw(await loadPublishedDraw(ctx.deps.db, id));
    expect(verification).toMatchObject({ commitmentMatches: true, winnersMatch: true });
    expect(lines.filter((l) => l.startsWith('OK'))).toHaveLength(2);
  });

  it('detects a changed ticket list, seed or winner list', async () => {
    const id = await drawnRaffle(ctx);
    const original = await loadPublishedDraw(ctx.deps.db, id);
    const tickets = original.tickets ?? [];
    const winners = original.winners ?? [];
    // Dropping the first winner from the list (as if they never held tickets): the published winners cannot follow from it.
    const changedList = tickets.filter((t) => t.holder !== winners[0]);
    const changedSeed = `${original.seed?.slice(0, 63)}${original.seed?.endsWith('0') ? '1' : '0'}`;
    expect(checkDraw({ ...original, tickets: changedList }).verification.winnersMatch).toBe(false);
    expect(checkDraw({ ...original, seed: changedSeed }).verification.commitmentMatches).toBe(false);
    expect(checkDraw({ ...original, winners: [...winners].reverse() }).verification.winnersMatch).toBe(false);
  });

  it('says a raffle has not been drawn yet, and that an id is not a raffle', async () => {
    const open = await addCompetition(ctx, { rule: 'raffle' });
    await expect(loadPublishedDraw(ctx.deps.db, open.id)).rejects.toThrow(`has not been drawn yet; its commitment is ${open.commitment}`);
    await expect(loadPublishedDraw(ctx.deps.db, (await addCompetition(ctx)).id)).rejects.toThrow('No raffle with id');
  });
});

describe('npx leerlust verify-draw (child process)', { timeout: 60_000 }, () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let ctx: TestContext;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'leerlust-draw-'));
    env = { ...process.env, DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const onDisk: TestDatabase = {
      name: 'sqlite',
      async create() {
        const handle = connectDatabase({ sqliteFile: sqliteFileIn(dataDir) });
        await migrateToLatest(handle.db);
        return handle;
      },
    };
    ctx = await createTestContext(onDisk);
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits 0 when the draw matches, and 1 with FAIL when a saved copy was tampered with', async () => {
    const id = await drawnRaffle(ctx);
    const good = await runLeerlust(['verify-draw', id], env);
    expect(good.stderr + good.stdout).toContain('OK   the winners follow from the seed and the ticket list');
    expect(good.code).toBe(0);

    const published = await loadPublishedDraw(ctx.deps.db, id);
    const file = join(dataDir, 'published.json');
    writeFileSync(file, JSON.stringify({ ...published, winners: [...(published.winners ?? [])].reverse() }));
    const bad = await runLeerlust(['verify-draw', id, '--file', file], env);
    expect(bad.stdout).toContain('FAIL published winners');
    expect(bad.stderr).toContain('does NOT match');
    expect(bad.code).toBe(1);
  });
});
