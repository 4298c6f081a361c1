import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRow } from '../../server/features/people/people.table';
import { leaderboardSchema, type Leaderboard } from '../../shared/schemas/leaderboards';
import { personalDataExportSchema } from '../../shared/schemas/privacy';
import { testDatabases } from '../helpers/databases';
import { TEST_PLATFORM_SECRET } from '../helpers/learning';
import { fetchOpenApiDocument, listOperations, type Operation } from '../helpers/openapi';
import { createTestOrganisation, signInActors, type Actor, type TestOrganisation } from '../helpers/organisation';
import { send, validRequests } from '../helpers/route-requests';
import { addCompetition, addPoints } from '../helpers/rewards';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

/** Points nobody else earns, so they can be looked for in every answer. */
const HIDDEN_POINTS = 4321;
const OPTED_POINTS = 1234;

/** Every number anywhere in a JSON value. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe.each(testDatabases())('leaderboards ($name)', (kind) => {
  let ctx: TestContext;
  let org: TestOrganisation;
  let actors: Record<Actor, TestClient>;
  let operations: Operation[];
  let hidden: PersonRow;
  let opted: PersonRow;
  let optedPhone: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind, { learningPlatformSecret: TEST_PLATFORM_SECRET });
    org = await createTestOrganisation(ctx);
    actors = await signInActors(ctx, org);
    operations = listOperations(await fetchOpenApiDocument(ctx.app));
    // Team A: the employee, manager A, Hidden, Opted and two more: six people, enough for team figures.
    hidden = await addPerson(ctx, { teamId: org.teamA.id, name: 'Hidden Verborgen' });
    opted = await addPerson(ctx, { teamId: org.teamA.id, name: 'Olga Zichtbaar' });
    const others = [await addPerson(ctx, { teamId: org.teamA.id }), await addPerson(ctx, { teamId: org.teamA.id })];
    const at = ctx.clock().toISOString();
    await addPoints(ctx, hidden.id, at, HIDDEN_POINTS);
    await addPoints(ctx, opted.id, at, OPTED_POINTS);
    for (const person of others) await addPoints(ctx, person.id, at, 7);
    await addPoints(ctx, org.people.employee.id, at, 3);
    // A running competition, so the prizes page has standings to show.
    await addCompetition(ctx);
    optedPhone = await signedInClient(ctx, opted.id);
    expect((await optedPhone.request('PUT', '/api/me/leaderboard', { optedIn: true })).status).toBe(200);
  });
  afterAll(() => ctx.close());

  const boardFor = async (client: TestClient): Promise<Leaderboard> => {
    const response = await client.get('/api/leaderboards');
    expect(response.status).toBe(200);
    return leaderboardSchema.parse(await response.json());
  };

  it('ranks teams by points per active member, and shows no figures for a team under five', async () => {
    const board = await boardFor(actors.employee);
    expect(board.month).toBe('2026-03');
    const teamA = board.teams.find((t) => t.groupId === org.teamA.id);
    expect(teamA).toMatchObject({ members: 6, activeMembers: 5, pointsPerActiveMember: Math.round((HIDDEN_POINTS + OPTED_POINTS + 14 + 3) / 5), position: 1 });
    expect(board.teams.find((t) => t.groupId === org.teamB.id)).toMatchObject({ members: 1, activeMembers: null, pointsPerActiveMember: null, position: null });
  });

  it.each(['employee', 'managerA', 'managerB', 'admin'] as const)('shows %s the people who opted in, by name, and nobody else', async (actor) => {
    const board = await boardFor(actors[actor]);
    expect(board.people).toEqual([{ position: 1, name: 'Olga Zichtbaar', points: OPTED_POINTS, isMe: false }]);
  });

  // The manager's list of their own team, to name a role model, holds names but no figures.
  const namesAllowed = (actor: Actor, key: string) => actor === 'managerA' && key === 'GET /api/recognitions/candidates';

  it.each(['employee', 'managerA', 'managerB'] as const)('leaks neither the name nor the points of someone who did not opt in, in any answer, to %s', async (actor) => {
    const requests = validRequests(ctx, org);
    const gets = operations.filter((o) => o.method === 'GET');
    expect(gets.length).toBeGreaterThan(10);
    for (const operation of gets) {
      const build = requests[operation.key];
      if (!build) throw new Error(`no valid request for ${operation.key}`);
      const response = await send(actors[actor], operation, await build());
      const text = await response.text();
      if (!namesAllowed(actor, operation.key)) {
        expect(text, operation.key).not.toContain(hidden.name);
        expect(text, operation.key).not.toContain(hidden.id);
      }
      if (!(response.headers.get('content-type') ?? '').includes('json')) continue;
      expect(numbersIn(JSON.parse(text)), operation.key).not.toContain(HIDDEN_POINTS);
    }
  });

  it('takes an opt-out at once, for everyone looking', async () => {
    const colleague = actors.employee;
    expect((await boardFor(colleague)).people.map((p) => p.name)).toContain('Olga Zichtbaar');
    expect(await (await optedPhone.request('PUT', '/api/me/leaderboard', { optedIn: false })).json()).toEqual({ optedIn: false });
    for (const actor of ['employee', 'managerA', 'admin'] as const) {
      const text = JSON.stringify(await boardFor(actors[actor]));
      expect(text).not.toContain('Olga Zichtbaar');
      expect((await boardFor(actors[actor])).people).toEqual([]);
    }
    // She still sees her own points.
    expect((await boardFor(optedPhone)).me).toEqual({ optedIn: false, points: OPTED_POINTS });
    expect((await optedPhone.request('PUT', '/api/me/leaderboard', { optedIn: true })).status).toBe(200);
    expect((await boardFor(optedPhone)).people).toEqual([{ position: 1, name: 'Olga Zichtbaar', points: OPTED_POINTS, isMe: true }]);
  });

  it('exports the opt-in with the person and erases it with them', async () => {
    const person = await addPerson(ctx, { teamId: org.teamA.id });
    const phone = await signedInClient(ctx, person.id);
    await phone.request('PUT', '/api/me/leaderboard', { optedIn: true });
    const exported = personalDataExportSchema.parse(await (await phone.get('/api/me/export')).json());
    expect(exported.leaderboardOptIn).toEqual({ optedInAt: ctx.clock().toISOString() });
    expect((await phone.delete('/api/me')).status).toBe(200);
    expect(await ctx.deps.db.selectFrom('leaderboard_opt_ins').select('person_id').where('person_id', '=', person.id).execute()).toEqual([]);
  });

  it('answers other months, and refuses a malformed one', async () => {
    const board = leaderboardSchema.parse(await (await actors.employee.get('/api/leaderboards?month=2026-02')).json());
    expect(board).toMatchObject({ month: '2026-02', start: '2026-01-31T23:00:00.000Z', people: [] });
    expect((await actors.employee.get('/api/leaderboards?month=2026-13')).status).toBe(400);
  });
});
