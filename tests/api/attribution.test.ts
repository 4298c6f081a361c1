import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Migrator, type Kysely, type Migration } from 'kysely';
import { createApp } from '../../server/app';
import { connectDatabase } from '../../server/db/connect';
import type { Database } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import * as m0001 from '../../server/db/migrations/0001_create_people_and_sign_in';
import * as m0002 from '../../server/db/migrations/0002_create_learning_offer_and_events';
import * as m0003 from '../../server/db/migrations/0003_count_catalogue_changes';
import * as m0004 from '../../server/db/migrations/0004_create_moments_push_and_reminders';
import * as m0005 from '../../server/db/migrations/0005_create_campaigns_posters_and_audit';
import * as m0006 from '../../server/db/migrations/0006_create_rewards';
import * as m0007 from '../../server/db/migrations/0007_count_feed_changes_per_person';
import * as m0008 from '../../server/db/migrations/0008_add_competition_target_groups';
import { creditVisit, registerSource } from '../../server/features/attribution/attribution.service';
import { figuresOf } from '../../server/features/posters/posters.repository';
import type { JoinedEvent } from '../../server/http/app-env';
import type { PersonalDataExport } from '../../shared/schemas/privacy';
import { addCampaign, addPoster } from '../helpers/campaigns';
import { testDatabases } from '../helpers/databases';
import { addLearner } from '../helpers/learning';
import { addPerson, createTestContext, TestClient, type TestContext } from '../helpers/test-app';
import type { PersonRow } from '../../server/features/people/people.table';

const NOW = '2026-03-11T10:00:00.000Z';

/** Signs `email` in through a magic link asked for with `via`, as the sign-in page does. */
async function signUpVia(ctx: TestContext, email: string, via: string | undefined): Promise<TestClient> {
  const browser = new TestClient(ctx.app);
  expect((await browser.post('/api/auth/magic-link', { email, ...(via && { via }) })).status).toBe(202);
  const link = ctx.sentMail.at(-1)?.text.match(/https?:\/\/\S+/)?.[0] ?? '';
  const fragment = new URLSearchParams(new URL(link).hash.slice(1));
  const via2 = fragment.get('via');
  expect((await browser.post('/api/auth/session', { token: fragment.get('token'), ...(via2 && { via: via2 }) })).status).toBe(200);
  return browser;
}

describe.each(testDatabases())('attribution in one place ($name)', (kind) => {
  let ctx: TestContext;
  let admin: PersonRow;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    admin = (await addLearner(ctx, { role: 'admin' })).person;
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(NOW));

  const touchOf = async (personId: string) =>
    ctx.deps.db
      .selectFrom('first_touches')
      .innerJoin('attribution_sources', 'attribution_sources.id', 'first_touches.source_id')
      .select(['attribution_sources.kind', 'attribution_sources.ref_id'])
      .where('first_touches.person_id', '=', personId)
      .execute();

  it('credits visits and sign-ups of every kind of source the same way, first touch across posters, links and stories', async () => {
    const campaign = await addCampaign(ctx, admin);
    const poster = await addPoster(ctx, admin, campaign.id, 'Kantine');
    // Sources of other features' kinds, registered the way those features do.
    const link = await registerSource(ctx.deps.db, { kind: 'channel_link', refId: 'intranet-home', campaignId: campaign.id, label: 'Intranet' }, ctx.clock());
    const story = await registerSource(ctx.deps.db, { kind: 'story', refId: 'story-of-fatima', campaignId: campaign.id, label: 'Fatima' }, ctx.clock());
    expect(new Set([poster.code, link.code, story.code]).size).toBe(3);
    await creditVisit(ctx.deps.db, link.id, ctx.clock());
    await creditVisit(ctx.deps.db, story.id, ctx.clock());
    await creditVisit(ctx.deps.db, story.id, ctx.clock());

    const viaStory = await addPerson(ctx);
    const browser = await signUpVia(ctx, viaStory.email ?? '', story.code);
    // Later links, a poster and then a channel link, change nothing: the story keeps the credit.
    await signUpVia(ctx, viaStory.email ?? '', poster.code);
    await signUpVia(ctx, viaStory.email ?? '', link.code);
    expect(await touchOf(viaStory.id)).toEqual([{ kind: 'story', ref_id: 'story-of-fatima' }]);

    const viaLink = await addPerson(ctx);
    await signUpVia(ctx, viaLink.email ?? '', link.code.toLowerCase());
    expect(await touchOf(viaLink.id)).toEqual([{ kind: 'channel_link', ref_id: 'intranet-home' }]);

    // Joined without a code, then came through a poster: joining was the moment, so no credit.
    const direct = await addPerson(ctx);
    await signUpVia(ctx, direct.email ?? '', undefined);
    await signUpVia(ctx, direct.email ?? '', poster.code);
    expect(await touchOf(direct.id)).toEqual([]);

    // The export names the source by its kind, id and label.
    expect((await browser.post('/api/me/acquisition-events', { kind: 'install' })).status).toBe(200);
    const exported = (await (await browser.get('/api/me/export')).json()) as PersonalDataExport;
    expect(exported.firstTouch).toMatchObject({ kind: 'story', id: 'story-of-fatima', label: 'Fatima' });
    expect(exported.acquisitionEvents.map((e) => e.kind)).toEqual(['install']);

    const visits = await ctx.deps.db.selectFrom('attribution_visits').select(['source_id']).where('source_id', 'in', [link.id, story.id]).execute();
    expect(visits.filter((v) => v.source_id === story.id)).toHaveLength(2);
    expect(visits.filter((v) => v.source_id === link.id)).toHaveLength(1);
  });

  it('is called by sign-in through the joined hook in AppDeps, once, at the first sign-in only', async () => {
    const calls: JoinedEvent[] = [];
    const app = createApp({ ...ctx.deps, hooks: { ...ctx.deps.hooks, joined: async (_db, event) => void calls.push(event) } });
    const person = await addPerson(ctx);
    const viaHookCtx = { ...ctx, app };
    await signUpVia(viaHookCtx, person.email ?? '', 'ABCDEFGH');
    await signUpVia(viaHookCtx, person.email ?? '', 'HGFEDCBA');
    expect(calls).toEqual([{ personId: person.id, via: 'ABCDEFGH', at: new Date(NOW) }]);
    // This app's hook did the crediting, not a direct call from sign-in.
    expect(await touchOf(person.id)).toEqual([]);
  });

  it('forgets a deleted poster: its code credits nothing any more, its people count as unattributed', async () => {
    const campaign = await addCampaign(ctx, admin);
    const poster = await addPoster(ctx, admin, campaign.id, 'Lift');
    const person = await addPerson(ctx);
    await signUpVia(ctx, person.email ?? '', poster.code);
    expect(await touchOf(person.id)).toEqual([{ kind: 'poster', ref_id: poster.id }]);
    const adminClient = (await addLearner(ctx, { role: 'admin' })).client;
    expect((await adminClient.delete(`/api/admin/posters/${poster.id}`)).status).toBe(200);
    expect(await touchOf(person.id)).toEqual([]);
    expect(await ctx.deps.db.selectFrom('attribution_sources').select('id').where('code', '=', poster.code).execute()).toEqual([]);
  });
});

const before0059: Record<string, Migration> = {
  '0001_create_people_and_sign_in': m0001,
  '0002_create_learning_offer_and_events': m0002,
  '0003_count_catalogue_changes': m0003,
  '0004_create_moments_push_and_reminders': m0004,
  '0005_create_campaigns_posters_and_audit': m0005,
  '0006_create_rewards': m0006,
  '0007_count_feed_changes_per_person': m0007,
  '0008_add_competition_target_groups': m0008,
};

describe.each(testDatabases())('moving the poster tables onto attribution ($name)', (kind) => {
  it('keeps every poster figure: scans, sign-ups, installs and push opt-ins', async () => {
    // A database as it was before attribution, with poster history in the old tables.
    const handle = await kind.create();
    const fresh = kind.name === 'sqlite' ? connectDatabase({ sqliteFile: ':memory:' }) : null;
    const db = (fresh?.db ?? handle.db) as Kysely<Database>;
    try {
      if (!fresh) {
        // The throw-away PostgreSQL database is migrated already: start it again from nothing.
        await db.schema.dropSchema('public').cascade().execute();
        await db.schema.createSchema('public').execute();
      }
      await new Migrator({ db, provider: { getMigrations: async () => before0059 } }).migrateToLatest();
      const old = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      const at = '2026-03-01T10:00:00.000Z';
      await old.insertInto('people').values([0, 1, 2].map((i) => ({ id: `p${i}`, email: null, name: `P${i}`, role: 'employee', language: 'nl', time_zone: 'Europe/Amsterdam', created_at: at, joined_at: at }))).execute();
      await old.insertInto('campaigns').values({ id: 'c1', name: 'C', starts_on: '2026-03-01', ends_on: '2026-04-01', texts: '[]', target: '{}', created_at: at, updated_at: at }).execute();
      await old.insertInto('posters').values([{ id: 'kantine', campaign_id: 'c1', placement: 'Kantine', code: 'AAAAAAAA', created_at: at }, { id: 'hal', campaign_id: 'c1', placement: 'Hal', code: 'BBBBBBBB', created_at: at }]).execute();
      await old.insertInto('poster_scans').values([1, 2, 3, 4, 5].map((i) => ({ id: `s${i}`, poster_id: i < 5 ? 'kantine' : 'hal', scanned_at: at }))).execute();
      await old.insertInto('poster_attributions').values([{ person_id: 'p0', poster_id: 'kantine', attributed_at: at }, { person_id: 'p1', poster_id: 'kantine', attributed_at: at }, { person_id: 'p2', poster_id: 'hal', attributed_at: at }]).execute();
      await old.insertInto('acquisition_events').values([{ person_id: 'p0', kind: 'install', occurred_at: at }, { person_id: 'p1', kind: 'install', occurred_at: at }, { person_id: 'p1', kind: 'push_opt_in', occurred_at: at }]).execute();

      await migrateToLatest(db);
      const figures = await figuresOf(db, ['kantine', 'hal']);
      expect(Object.fromEntries(figures)).toEqual({
        kantine: { scans: 4, signUps: 2, installs: 2, pushOptIns: 1 },
        hal: { scans: 1, signUps: 1, installs: 0, pushOptIns: 0 },
      });
      // The poster's code is its source's code, so printed posters keep crediting.
      expect(await db.selectFrom('attribution_sources').select(['kind', 'ref_id', 'code', 'label']).orderBy('code').execute()).toEqual([
        { kind: 'poster', ref_id: 'kantine', code: 'AAAAAAAA', label: 'Kantine' },
        { kind: 'poster', ref_id: 'hal', code: 'BBBBBBBB', label: 'Hal' },
      ]);
    } finally {
      await fresh?.destroy();
      await handle.destroy();
    }
  });
});
