import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJourneys, type JourneyEngineDeps } from '../../server/jobs/journey-scheduler';
import { journeyFiguresSchema, journeyListSchema } from '../../shared/schemas/journeys';
import { testDatabases } from '../helpers/databases';
import { demoContext } from '../helpers/demo';
import { startPushRig, type PushRig } from '../helpers/push';
import type { TestClient, TestContext } from '../helpers/test-app';

describe.each(testDatabases())('the demo onboarding journey ($name)', (kind) => {
  let ctx: TestContext;
  let rig: PushRig;
  let engine: JourneyEngineDeps;
  let admin: TestClient;
  let signIn: (email: string) => Promise<TestClient>;

  beforeAll(async () => {
    // Monday 2 March 2026, 09:00 in Amsterdam.
    ({ ctx, signIn } = await demoContext(kind, '2026-03-02T08:00:00Z'));
    rig = await startPushRig(ctx);
    engine = { db: ctx.deps.db, dialect: ctx.deps.dialect, mailer: ctx.deps.mailer, sender: rig.sender, log: ctx.deps.log, publicUrl: ctx.deps.config.publicUrl, instanceId: 'demo' };
    admin = await signIn('lotte@anker.example');
  });
  afterAll(async () => {
    await rig.close();
    await ctx.close();
  });

  it('welcomes whoever joins, pushes the first training after two days, reminds only those who did not start, and shows a story after a week', async () => {
    const { journeys } = journeyListSchema.parse(await (await admin.get('/api/admin/journeys')).json());
    const onboarding = journeys.find((j) => j.name === 'Onboarding');
    expect(onboarding?.status).toBe('active');
    const lifting = onboarding?.steps.find((s) => s.id === 'first-training');
    const itemId = lifting && 'itemId' in lifting ? (lifting.itemId ?? '') : '';
    // Lotte joined by signing in above; Sanne joins now.
    await signIn('sanne@anker.example');
    await runJourneys(engine, ctx.clock());
    const welcomes = ctx.sentMail.filter((m) => m.subject.startsWith('Welkom bij Leerlust'));
    expect(welcomes.map((m) => m.to).sort()).toEqual(['lotte@anker.example', 'sanne@anker.example']);
    expect(welcomes[0]?.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    // Sanne does the first training on day 3; Lotte does not.
    ctx.clock.set('2026-03-04T08:00:00Z');
    await runJourneys(engine, ctx.clock());
    const sanne = await ctx.deps.db.selectFrom('people').select('id').where('email', '=', 'sanne@anker.example').executeTakeFirstOrThrow();
    await ctx.deps.db.insertInto('item_completions').values({ person_id: sanne.id, item_id: itemId, completed_at: '2026-03-04T09:00:00.000Z', source: 'app' }).execute();
    for (const at of ['2026-03-06T08:00:00Z', '2026-03-09T08:00:00Z']) {
      ctx.clock.set(at);
      await runJourneys(engine, ctx.clock());
    }
    const inbox = await ctx.deps.db.selectFrom('notifications').innerJoin('people', 'people.id', 'notifications.person_id').select(['people.email', 'notifications.title']).where('notifications.kind', '=', 'journey').orderBy('notifications.created_at').execute();
    const titlesOf = (email: string) => inbox.filter((n) => n.email === email).map((n) => n.title);
    expect(titlesOf('sanne@anker.example')).toEqual(['Tillen zonder rugpijn: drie minuten', 'Zo helpt het een collega']);
    expect(titlesOf('lotte@anker.example')).toEqual(['Tillen zonder rugpijn: drie minuten', 'Nog even? Je eerste training wacht op je', 'Zo helpt het een collega']);
    const figures = journeyFiguresSchema.parse(await (await admin.get(`/api/admin/journeys/${onboarding?.id ?? ''}/figures`)).json());
    expect(figures).toMatchObject({ entered: 2, exited: 2 });
  });
});
