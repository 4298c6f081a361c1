import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminStoryListSchema, myStoryListSchema, sharedStorySchema, storyListSchema } from '../../shared/schemas/stories';
import { personalDataExportSchema } from '../../shared/schemas/privacy';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addItem, addLearner } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { addStory, joinVia, noticesOf } from '../helpers/retain';
import { storyForReader } from '../../server/features/stories/stories.service';
import { addPerson, createTestContext, signedInClient, TestClient, type TestClient as Client, type TestContext } from '../helpers/test-app';

describe.each(testDatabases())('success stories ($name)', (kind) => {
  let ctx: TestContext;
  let admin: Client;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
  });
  afterAll(() => ctx.close());

  const feedOf = async (client: Client) => storyListSchema.parse(await (await client.get('/api/stories')).json()).stories;
  const adminStory = async (id: string) => adminStoryListSchema.parse(await (await admin.get('/api/admin/stories')).json()).stories.find((s) => s.id === id);

  it('appears nowhere before L&D approves it, then in the feed and behind its link, and counts views, shares, starts and joins', async () => {
    const author = await addLearner(ctx);
    const reader = await addLearner(ctx);
    const { id, code, itemId } = await addStory(ctx, author.client, { approve: false });
    expect((await feedOf(reader.client)).some((s) => s.id === id)).toBe(false);
    await expectApiError(await new TestClient(ctx.app).get(`/api/s/${code}`), 404, 'not_found');
    await expectApiError(await reader.client.post(`/api/stories/${id}/starts`), 404);

    expect((await admin.post(`/api/admin/stories/${id}/approve`)).status).toBe(200);
    await expectApiError(await admin.post(`/api/admin/stories/${id}/approve`), 409, 'already_approved');
    expect(await noticesOf(ctx, author.person.id, 'story_approved')).toHaveLength(1);
    const inFeed = (await feedOf(reader.client)).find((s) => s.id === id);
    expect(inFeed).toMatchObject({ title: 'Lifting without back pain', author: { name: author.person.name }, training: { id: itemId }, shareUrl: `http://localhost:3000/s/${code}` });

    // Signed out, the link says what the story is about and leads to joining: no text, no name.
    const stranger = new TestClient(ctx.app);
    const preview = sharedStorySchema.parse(await (await stranger.get(`/api/s/${code}?lang=en`)).json());
    expect(preview).toMatchObject({ code, title: 'Lifting without back pain', story: null });
    expect(JSON.stringify(preview)).not.toContain(author.person.name);
    expect(sharedStorySchema.parse(await (await reader.client.get(`/api/s/${code}`)).json()).story?.body).toContain('new grip');

    for (const client of [stranger, reader.client]) expect((await client.post(`/api/s/${code}/views`)).status).toBe(200);
    expect((await reader.client.post(`/api/stories/${id}/shares`)).status).toBe(200);
    // "I want to learn this too": the training to open, counted once per person however often tapped.
    for (let i = 0; i < 2; i += 1) expect(await (await reader.client.post(`/api/stories/${id}/starts`)).json()).toEqual({ itemId });
    const newcomer = await addPerson(ctx);
    await joinVia(ctx, newcomer.email ?? '', code);

    expect((await adminStory(id))?.figures).toEqual({ views: 2, shares: 1, trainingsStarted: 1, joined: 1 });
    const touch = await ctx.deps.db.selectFrom('first_touches').innerJoin('attribution_sources', 'attribution_sources.id', 'first_touches.source_id').select(['kind', 'ref_id']).where('person_id', '=', newcomer.id).execute();
    expect(touch).toEqual([{ kind: 'story', ref_id: id }]);
    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('story.approve');
  });

  it('names the author as they chose: full name, first name and department, or nobody', async () => {
    const team = await addTeam(ctx);
    const author = await addLearner(ctx, { name: 'Fatma Yilmaz', teamId: team.id });
    const reader = await addLearner(ctx);
    const first = await addStory(ctx, author.client, { display: 'first_name_department' });
    const anonymous = await addStory(ctx, author.client, { display: 'anonymous' });
    const feed = await feedOf(reader.client);
    expect(feed.find((s) => s.id === first.id)?.author).toEqual({ name: 'Fatma', department: expect.stringMatching(/^Department/) });
    const hidden = feed.find((s) => s.id === anonymous.id);
    expect(hidden?.author).toEqual({ name: null, department: null });
    expect(JSON.stringify(hidden)).not.toMatch(/Fatma|Yilmaz/);
  });

  it('tells the author why it was declined, and publishes an edit only when the author agrees', async () => {
    const author = await addLearner(ctx);
    const reader = await addLearner(ctx);
    const declined = await addStory(ctx, author.client, { approve: false });
    expect((await admin.post(`/api/admin/stories/${declined.id}/decline`, { reason: 'Please leave out the client’s name.' })).status).toBe(200);
    const mine = myStoryListSchema.parse(await (await author.client.get('/api/me/stories')).json()).stories;
    expect(mine.find((s) => s.id === declined.id)).toMatchObject({ status: 'declined', declineReason: 'Please leave out the client’s name.' });

    const edited = await addStory(ctx, author.client);
    expect((await admin.post(`/api/admin/stories/${edited.id}/edit`, { title: 'A better grip', body: 'Since the training I lift with the new grip; my back is fine.' })).status).toBe(200);
    expect((await feedOf(reader.client)).some((s) => s.id === edited.id)).toBe(false);
    expect(await noticesOf(ctx, author.person.id, 'story_edit_proposed')).toHaveLength(1);
    const decided = await author.client.post(`/api/me/stories/${edited.id}/edit-decision`, { accept: true });
    expect(await decided.json()).toMatchObject({ status: 'approved', title: 'A better grip', proposedEdit: null });
    expect((await feedOf(reader.client)).find((s) => s.id === edited.id)?.title).toBe('A better grip');
    await expectApiError(await author.client.post(`/api/me/stories/${edited.id}/edit-decision`, { accept: true }), 409, 'no_edit_proposed');
    await expectApiError(await reader.client.post(`/api/me/stories/${edited.id}/edit-decision`, { accept: true }), 404);
  });

  it('is gone everywhere at once when withdrawn: feed, link, moderation and figures', async () => {
    const author = await addLearner(ctx);
    const reader = await addLearner(ctx);
    const { id, code } = await addStory(ctx, author.client);
    await new TestClient(ctx.app).post(`/api/s/${code}/views`);
    await expectApiError(await reader.client.delete(`/api/me/stories/${id}`), 404);
    expect((await author.client.delete(`/api/me/stories/${id}`)).status).toBe(200);
    expect((await feedOf(reader.client)).some((s) => s.id === id)).toBe(false);
    await expectApiError(await reader.client.get(`/api/s/${code}`), 404);
    expect(await adminStory(id)).toBeUndefined();
    expect(await ctx.deps.db.selectFrom('attribution_sources').select('id').where('ref_id', '=', id).execute()).toEqual([]);
  });

  it('can be referred to by its id from elsewhere (a journey step), shown only while approved', async () => {
    const author = await addLearner(ctx);
    const reader = await addLearner(ctx);
    const byId = (id: string) => storyForReader(ctx.deps, id, reader.person, ctx.clock());
    const pending = await addStory(ctx, author.client, { approve: false, title: 'Waiting for L&D' });
    expect(await byId(pending.id)).toBeNull();
    const { id, code } = await addStory(ctx, author.client, { title: 'Referred to by id' });
    expect(await byId(id)).toMatchObject({ id, title: 'Referred to by id', shareUrl: expect.stringContaining(`/s/${code}`) });
    expect(await byId(crypto.randomUUID())).toBeNull();
    expect((await author.client.delete(`/api/me/stories/${id}`)).status).toBe(200);
    expect(await byId(id)).toBeNull();
  });

  it('refuses a story that is too long, about an unknown training, or with an unknown photo', async () => {
    const { client } = await addLearner(ctx);
    const itemId = (await addItem(ctx)).id;
    const valid = { title: 'My story', body: 'A training that helped me every single day.', itemId, display: 'anonymous' };
    await expectApiError(await client.post('/api/me/stories', { ...valid, body: 'x'.repeat(601) }), 400, 'validation_failed');
    await expectApiError(await client.post('/api/me/stories', { ...valid, display: 'nickname' }), 400, 'validation_failed');
    await expectApiError(await client.post('/api/me/stories', { ...valid, itemId: crypto.randomUUID() }), 422, 'unknown_item');
    await expectApiError(await client.post('/api/me/stories', { ...valid, imageId: crypto.randomUUID() }), 422, 'unknown_image');
    expect((await client.post('/api/me/stories', { ...valid, body: 'y'.repeat(600) })).status).toBe(201);
  });

  it('is in its author’s export, and leaves no trace of them when they are erased', async () => {
    const author = await addLearner(ctx, { name: 'Erased Author' });
    const reader = await addLearner(ctx);
    const { id, code } = await addStory(ctx, author.client);
    await author.client.post(`/api/stories/${id}/starts`);
    const exported = personalDataExportSchema.parse(await (await author.client.get('/api/me/export')).json());
    expect(exported.stories.map((s) => s.id)).toEqual([id]);
    expect(exported.storyStarts.map((s) => s.storyId)).toEqual([id]);
    expect((await author.client.delete('/api/me')).status).toBe(200);
    expect(await ctx.deps.db.selectFrom('stories').select('id').where('id', '=', id).execute()).toEqual([]);
    expect(await ctx.deps.db.selectFrom('attribution_sources').select('id').where('ref_id', '=', id).execute()).toEqual([]);
    await expectApiError(await reader.client.get(`/api/s/${code}`), 404);
    expect(JSON.stringify(await (await admin.get('/api/admin/stories')).json())).not.toContain('Erased Author');
  });
});
