import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ambassadorCandidatesSchema, ideaListSchema, ideaSchema, myAmbassadorSchema } from '../../shared/schemas/ideas';
import { personalDataExportSchema } from '../../shared/schemas/privacy';
import { expectApiError } from '../helpers/api-error';
import { testDatabases } from '../helpers/databases';
import { addLearner, sendEvents, addItem } from '../helpers/learning';
import { noticesOf } from '../helpers/retain';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';
import { tellsSettled } from '../../server/features/push/tell';

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

  it('turns an ambassador’s drafts into an unpublished teaser and micro-training, crediting the ambassador on the training while they want it', async () => {
    const ambassador = await addLearner(ctx, { name: 'Drafting Ambassador' });
    await ctx.deps.db
      .insertInto('ambassadors')
      .values({ person_id: ambassador.person.id, considered: 1, invited_at: ctx.clock().toISOString(), accepted_at: ctx.clock().toISOString(), show_badge: 1, show_authorship: 1, updated_at: ctx.clock().toISOString() })
      .execute();
    const draft = async (body: Record<string, string>) => ((await (await ambassador.client.post('/api/ambassador/drafts', body)).json()) as { id: string }).id;
    const teaserBody = 'Een boze bezoeker aan de balie? Drie zinnen helpen je rustig te blijven, en de bezoeker ook. Probeer ze vandaag nog: je merkt het verschil meteen, en je collega’s ook.';
    const teaserDraft = await draft({ kind: 'teaser', language: 'nl', title: 'Rustig aan de balie', body: teaserBody });
    const microDraft = await draft({ kind: 'micro', language: 'en', title: 'Calm at the desk', body: 'Listen first.\n\nName what you hear.\n\nOffer one next step.' });

    const adoptedTeaser = (await (await admin.post(`/api/admin/ambassador-drafts/${teaserDraft}/adopt`)).json()) as { kind: string; id: string };
    expect(adoptedTeaser.kind).toBe('teaser');
    const teaser = (await (await admin.get(`/api/admin/teasers/${adoptedTeaser.id}`)).json()) as { publishedAt: string | null; texts: Array<{ language: string; hook: string }> };
    expect(teaser.publishedAt).toBeNull();
    expect(teaser.texts).toHaveLength(1);
    expect(teaser.texts[0]?.language).toBe('nl');
    expect(teaser.texts[0]?.hook.length).toBeLessThanOrEqual(140);
    expect(teaser.texts[0]?.hook).toMatch(/^Een boze bezoeker aan de balie\?.*…$/);
    // Asked again (a double tap, a retry): the same teaser, not a second one, and the ambassador was told once.
    expect(await (await admin.post(`/api/admin/ambassador-drafts/${teaserDraft}/adopt`)).json()).toEqual(adoptedTeaser);
    await tellsSettled();
    const told = await noticesOf(ctx, ambassador.person.id, 'ambassador_draft_adopted');
    expect(told).toHaveLength(1);
    expect(told[0]?.title).toBe('Your draft "Rustig aan de balie" becomes a teaser');

    // Two L&D colleagues at once: one teaser is made and the draft names it; the other is told so, and makes nothing.
    const raced = await draft({ kind: 'teaser', language: 'nl', title: 'Tegelijk', body: 'Twee mensen tikken tegelijk op dezelfde knop.' });
    const teasersBeforeRace = (await ctx.deps.db.selectFrom('teasers').select('id').execute()).length;
    const answers = await Promise.all([admin.post(`/api/admin/ambassador-drafts/${raced}/adopt`), admin.post(`/api/admin/ambassador-drafts/${raced}/adopt`)]);
    const made = (await ctx.deps.db.selectFrom('teasers').select('id').execute()).length - teasersBeforeRace;
    expect(made).toBe(1);
    expect(answers.map((a) => a.status).sort()).toEqual(answers.some((a) => a.status === 409) ? [200, 409] : [200, 200]);


    const adoptedItem = (await (await admin.post(`/api/admin/ambassador-drafts/${microDraft}/adopt`)).json()) as { kind: string; id: string };
    expect(adoptedItem.kind).toBe('item');
    const item = (await (await admin.get(`/api/admin/items/${adoptedItem.id}`)).json()) as { kind: string; publishedAt: string | null; texts: Array<{ title: string; micro: { cards: Array<{ kind: string; body?: string }> } }> };
    expect(item).toMatchObject({ kind: 'micro', publishedAt: null });
    expect(item.texts[0]?.title).toBe('Calm at the desk');
    expect(item.texts[0]?.micro.cards.filter((c) => c.kind === 'text').map((c) => c.body)).toEqual(['Listen first.', 'Name what you hear.', 'Offer one next step.']);
    expect(item.texts[0]?.micro.cards.some((c) => c.kind === 'question')).toBe(true);
    const listed = (await (await admin.get('/api/admin/ambassador-drafts')).json()) as { drafts: Array<{ id: string; status: string; adopted: unknown }> };
    expect(listed.drafts.find((d) => d.id === microDraft)).toMatchObject({ status: 'reviewed', adopted: adoptedItem });
    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('entity_id', 'in', [microDraft, teaserDraft]).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['ambassador_draft.adopt', 'ambassador_draft.adopt']);

    // Published by L&D, the training names the ambassador; turning authorship off (or leaving) removes the name at once.
    await ctx.deps.db.updateTable('learning_items').set({ published_at: ctx.clock().toISOString() }).where('id', '=', adoptedItem.id).execute();
    const colleague = await addLearner(ctx);
    const creditOf = async () => ((await (await colleague.client.get(`/api/items/${adoptedItem.id}`)).json()) as { credit?: string | null }).credit ?? null;
    expect(await creditOf()).toBe('Drafting Ambassador');
    expect((await ambassador.client.patch('/api/me/ambassador', { showAuthorship: false })).status).toBe(200);
    expect(await creditOf()).toBeNull();
    expect((await ambassador.client.patch('/api/me/ambassador', { showAuthorship: true })).status).toBe(200);
    expect((await ambassador.client.delete('/api/me/ambassador')).status).toBe(200);
    expect(await creditOf()).toBeNull();

    // Not a draft: 404, and nothing is made.
    const teasersBefore = (await ctx.deps.db.selectFrom('teasers').select('id').execute()).length;
    await expectApiError(await admin.post(`/api/admin/ambassador-drafts/${crypto.randomUUID()}/adopt`), 404);
    await expectApiError(await admin.post('/api/admin/ambassador-drafts/not-an-id/adopt'), 400);
    await expectApiError(await ambassador.client.post(`/api/admin/ambassador-drafts/${microDraft}/adopt`), 403);
    expect((await ctx.deps.db.selectFrom('teasers').select('id').execute()).length).toBe(teasersBefore);
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
