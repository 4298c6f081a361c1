import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ambassadorCandidatesSchema, ideaListSchema, ideaSchema, myAmbassadorSchema } from '../../shared/schemas/ideas';
import { personalDataExportSchema } from '../../shared/schemas/privacy';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addLearner, sendEvents, addItem } from '../helpers/learning';
import { noticesOf } from '../helpers/retain';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

const DAY = 86_400_000;
const idea = { title: 'A training on difficult conversations', body: 'Families sometimes get angry at the desk; a short training on staying calm would help.', topic: 'Communication' };

describe.each(testDatabases())('ideas and ambassadors ($name)', (kind) => {
  let ctx: TestContext;
  let admin: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
  });
  afterAll(() => ctx.close());

  const suggest = async (client: TestClient) => ((await (await client.post('/api/ideas', idea)).json()) as { id: string }).id;
  const ideasOf = async (client: TestClient) => ideaListSchema.parse(await (await client.get('/api/ideas')).json()).ideas;

  it('takes one vote per person, withdrawable, and shows no author name to colleagues', async () => {
    const author = await addLearner(ctx, { name: 'Idea Author' });
    const colleague = await addLearner(ctx);
    const id = await suggest(author.client);
    ctx.clock.advance(3 * DAY);
    const supported = ideaSchema.parse(await (await colleague.client.post(`/api/ideas/${id}/votes`)).json());
    expect(supported).toMatchObject({ supporters: 1, supportedByMe: true, mine: false });
    await expectApiError(await colleague.client.post(`/api/ideas/${id}/votes`), 409, 'already_supported');
    expect(ideaSchema.parse(await (await colleague.client.delete(`/api/ideas/${id}/votes`)).json())).toMatchObject({ supporters: 0, supportedByMe: false });
    await expectApiError(await colleague.client.delete(`/api/ideas/${id}/votes`), 404);
    expect(JSON.stringify(await ideasOf(colleague.client))).not.toContain('Idea Author');
    await expectApiError(await colleague.client.post('/api/ideas', { ...idea, body: 'x'.repeat(501) }), 400, 'validation_failed');
  });

  it('tells the author and each supporter once when its status changes, and nobody when it stays the same', async () => {
    const author = await addLearner(ctx);
    const supporters = [await addLearner(ctx), await addLearner(ctx)];
    const bystander = await addLearner(ctx);
    const id = await suggest(author.client);
    ctx.clock.advance(3 * DAY);
    // The author supports their own idea too: still one notice for them.
    for (const p of [author, ...supporters]) expect((await p.client.post(`/api/ideas/${id}/votes`)).status).toBe(200);

    const planned = await admin.patch(`/api/admin/ideas/${id}`, { status: 'planned', answer: 'In the autumn offer.' });
    expect(ideaSchema.parse(await planned.json())).toMatchObject({ status: 'planned', answer: 'In the autumn offer.', supporters: 3 });
    for (const p of [author, ...supporters]) expect(await noticesOf(ctx, p.person.id, 'idea_status')).toHaveLength(1);
    expect(await noticesOf(ctx, bystander.person.id, 'idea_status')).toEqual([]);
    // The same status again (a second click, a changed answer) tells nobody again.
    await Promise.all([admin.patch(`/api/admin/ideas/${id}`, { status: 'planned', answer: 'In September.' }), admin.patch(`/api/admin/ideas/${id}`, { status: 'planned', answer: 'In September.' })]);
    for (const p of [author, ...supporters]) expect(await noticesOf(ctx, p.person.id, 'idea_status')).toHaveLength(1);
    await admin.patch(`/api/admin/ideas/${id}`, { status: 'done', answer: 'Online now: "Calm at the desk".' });
    const notices = await noticesOf(ctx, supporters[0]?.person.id ?? '', 'idea_status');
    expect(notices).toHaveLength(2);
    expect(notices.at(-1)?.body).toBe('Online now: "Calm at the desk".');
    // "You said, we did": done ideas with their answer, for everyone.
    expect((await ideasOf(bystander.client)).find((i) => i.id === id)).toMatchObject({ status: 'done', answer: 'Online now: "Calm at the desk".' });
    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).execute();
    expect(audit.map((a) => a.action).filter((a) => a === 'idea.status')).toHaveLength(2);
    await expectApiError(await admin.patch(`/api/admin/ideas/${id}`, { status: 'shelved', answer: '' }), 400, 'validation_failed');
  });

  it('shows new ideas to ambassadors first, considers only people who opted in, and lets an ambassador leave with one tap', async () => {
    const optedIn = await addLearner(ctx, { name: 'Willing Learner' });
    const notOptedIn = await addLearner(ctx, { name: 'Private Learner' });
    const item = await addItem(ctx);
    for (const p of [optedIn, notOptedIn]) await sendEvents(ctx, p.client, [{ kind: 'training_completed', itemId: item.id }]);
    expect(myAmbassadorSchema.parse(await (await optedIn.client.patch('/api/me/ambassador', { considered: true })).json())).toMatchObject({ considered: true, active: false });
    await expectApiError(await optedIn.client.post('/api/me/ambassador/accept'), 409, 'not_invited');

    const candidates = ambassadorCandidatesSchema.parse(await (await admin.get('/api/admin/ambassadors')).json()).people;
    expect(candidates.find((c) => c.personId === optedIn.person.id)).toMatchObject({ activities90Days: 1, status: 'candidate' });
    expect(candidates.some((c) => c.personId === notOptedIn.person.id)).toBe(false);
    await expectApiError(await admin.post(`/api/admin/ambassadors/${notOptedIn.person.id}/invite`), 404);
    expect((await admin.post(`/api/admin/ambassadors/${optedIn.person.id}/invite`)).status).toBe(200);
    expect(await noticesOf(ctx, optedIn.person.id, 'ambassador_invitation')).toHaveLength(1);
    expect(myAmbassadorSchema.parse(await (await optedIn.client.post('/api/me/ambassador/accept')).json())).toMatchObject({ active: true, showBadge: true });

    const fresh = await suggest(notOptedIn.client);
    expect((await ideasOf(optedIn.client)).some((i) => i.id === fresh)).toBe(true);
    const other = await addLearner(ctx);
    expect((await ideasOf(other.client)).some((i) => i.id === fresh)).toBe(false);

    await expectApiError(await other.client.post('/api/ambassador/drafts', { kind: 'teaser', language: 'en', title: 'Calm at the desk', body: 'Three sentences that calm an angry visitor.' }), 403);
    expect((await optedIn.client.patch('/api/me/ambassador', { showAuthorship: true })).status).toBe(200);
    expect((await optedIn.client.post('/api/ambassador/drafts', { kind: 'teaser', language: 'en', title: 'Calm at the desk', body: 'Three sentences that calm an angry visitor.' })).status).toBe(201);
    const drafts = (await (await admin.get('/api/admin/ambassador-drafts')).json()) as { drafts: Array<{ id: string; author: string | null }> };
    expect(drafts.drafts[0]?.author).toBe('Willing Learner');

    expect(myAmbassadorSchema.parse(await (await optedIn.client.delete('/api/me/ambassador')).json())).toMatchObject({ active: false, considered: false });
    expect((await ideasOf(optedIn.client)).some((i) => i.id === fresh)).toBe(false);

    const exported = personalDataExportSchema.parse(await (await notOptedIn.client.get('/api/me/export')).json());
    expect(exported.ideas.map((i) => i.id)).toContain(fresh);
    expect(personalDataExportSchema.parse(await (await optedIn.client.get('/api/me/export')).json()).ambassadorDrafts).toHaveLength(1);
  });

  it('leaves no name among supporters when a supporter is erased', async () => {
    const author = await addLearner(ctx);
    const supporter = await addLearner(ctx);
    const id = await suggest(author.client);
    ctx.clock.advance(3 * DAY);
    await supporter.client.post(`/api/ideas/${id}/votes`);
    expect((await supporter.client.delete('/api/me')).status).toBe(200);
    expect(await ctx.deps.db.selectFrom('idea_votes').select('person_id').where('idea_id', '=', id).execute()).toEqual([]);
    expect((await ideasOf(author.client)).find((i) => i.id === id)?.supporters).toBe(0);
  });
});
