import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInviteLink } from '../../server/features/auth/auth.service';
import type { PersonRow } from '../../server/features/people/people.table';
import { MIN_GROUP_SIZE } from '../../shared/domain/group-privacy';
import { teamSummarySchema } from '../../shared/schemas/org';
import { personalDataExportSchema } from '../../shared/schemas/privacy';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addLearningItem } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('privacy ($name)', (kind) => {
  let ctx: TestContext;
  /** The one admin; while they stay, everyone else may leave. */
  let admin: PersonRow;
  /** A micro-training and a classroom session open to everyone. */
  let micro: string;
  let session: string;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = await addPerson(ctx, { role: 'admin' });
    micro = (await addLearningItem(ctx, 'micro')).id;
    session = (await addLearningItem(ctx, 'classroom')).sessionId ?? '';
  });
  afterAll(() => ctx.close());

  /** Completes the micro-training (recording `eventId`) and registers for the classroom session, as `client`. */
  const learn = async (client: TestClient, eventId = randomUUID()) => {
    const event = { id: eventId, kind: 'training_completed', occurredAt: ctx.clock().toISOString(), timeZone: 'Europe/Amsterdam', itemId: micro };
    expect((await client.post('/api/events', { events: [event] })).status).toBe(200);
    expect((await client.post(`/api/sessions/${session}/registration`)).status).toBe(200);
  };

  const rowsOf = async (personId: string) => {
    const { db } = ctx.deps;
    return {
      people: await db.selectFrom('people').select('id').where('id', '=', personId).execute(),
      sessions: await db.selectFrom('sessions').select('person_id').where('person_id', '=', personId).execute(),
      loginTokens: await db.selectFrom('login_tokens').select('person_id').where('person_id', '=', personId).execute(),
      events: await db.selectFrom('learning_events').select('person_id').where('person_id', '=', personId).execute(),
      completions: await db.selectFrom('item_completions').select('person_id').where('person_id', '=', personId).execute(),
      registrations: await db.selectFrom('classroom_registrations').select('person_id').where('person_id', '=', personId).execute(),
    };
  };

  it('exports what Leerlust holds about the person asking, and nothing about anyone else', async () => {
    const [person, colleague] = [await addPerson(ctx, { name: 'Exporting Person' }), await addPerson(ctx, { name: 'Someone Else' })];
    const phone = await signedInClient(ctx, person.id);
    await signedInClient(ctx, person.id);
    await signedInClient(ctx, colleague.id);

    const response = await phone.get('/api/me/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.json"$/);
    const text = await response.text();
    const exported = personalDataExportSchema.parse(JSON.parse(text));
    expect(exported.person).toMatchObject({ id: person.id, email: person.email, name: 'Exporting Person', createdAt: person.created_at });
    expect(exported.sessions).toHaveLength(2);
    for (const leak of [colleague.id, colleague.email ?? '', colleague.name]) expect(text).not.toContain(leak);
  });

  it('exports what the person did: their learning events, completions and classroom registrations', async () => {
    const phone = await signedInClient(ctx, (await addPerson(ctx)).id);
    const eventId = randomUUID();
    await learn(phone, eventId);
    await learn(await signedInClient(ctx, (await addPerson(ctx)).id));

    const exported = personalDataExportSchema.parse(await (await phone.get('/api/me/export')).json());
    expect(exported.learningEvents).toEqual([expect.objectContaining({ id: eventId, kind: 'training_completed', itemId: micro })]);
    expect(exported.completions).toEqual([expect.objectContaining({ itemId: micro, source: 'app' })]);
    expect(exported.classroomRegistrations).toEqual([expect.objectContaining({ sessionId: session })]);
  });

  it('erases the person and everything that is theirs on request', async () => {
    const person = await addPerson(ctx);
    const [phone, laptop] = [await signedInClient(ctx, person.id), await signedInClient(ctx, person.id)];
    await createInviteLink(ctx.deps, person.id);
    await learn(phone);

    const response = await phone.delete('/api/me');
    expect(response.status).toBe(200);
    expect(await rowsOf(person.id)).toEqual({ people: [], sessions: [], loginTokens: [], events: [], completions: [], registrations: [] });
    await expectApiError(await phone.get('/api/me'), 401);
    await expectApiError(await laptop.get('/api/me'), 401);
  });

  it('erases a manager without taking their team with them', async () => {
    const team = await addTeam(ctx);
    const manager = await addPerson(ctx, { role: 'manager', teamId: team.id });
    const report = await addPerson(ctx, { teamId: team.id, managerId: manager.id });

    expect((await (await signedInClient(ctx, manager.id)).delete('/api/me')).status).toBe(200);
    const left = await ctx.deps.db.selectFrom('people').select(['id', 'manager_id']).where('id', '=', report.id).executeTakeFirst();
    expect(left).toEqual({ id: report.id, manager_id: null });
  });

  it('refuses to erase the last admin, and erases an admin who is not the last', async () => {
    const client = await signedInClient(ctx, admin.id);
    await expectApiError(await client.delete('/api/me'), 409, 'last_admin');
    expect((await client.get('/api/me')).status).toBe(200);

    admin = await addPerson(ctx, { role: 'admin' });
    expect((await client.delete('/api/me')).status).toBe(200);
  });

  it(`withholds how many joined for teams under ${MIN_GROUP_SIZE} members, and shows it from ${MIN_GROUP_SIZE}`, async () => {
    const team = await addTeam(ctx);
    const manager = await addPerson(ctx, { role: 'manager', teamId: team.id });
    const client = await signedInClient(ctx, manager.id);
    const colleagues = [];
    for (let i = 2; i < MIN_GROUP_SIZE; i++) colleagues.push(await addPerson(ctx, { teamId: team.id }));
    const first = colleagues[0];
    if (first) await signedInClient(ctx, first.id);

    const summary = async () => teamSummarySchema.parse(await (await client.get(`/api/teams/${team.id}/summary`)).json());
    expect(await summary()).toEqual({ teamId: team.id, name: team.name, members: MIN_GROUP_SIZE - 1, joined: null });

    await addPerson(ctx, { teamId: team.id });
    expect(await summary()).toEqual({ teamId: team.id, name: team.name, members: MIN_GROUP_SIZE, joined: 2 });
  });
});
