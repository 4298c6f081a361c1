import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { saveMomentSettings, defaultMomentSettings } from '../../server/features/moments/moment-settings';
import { createMailer, type Mailer } from '../../server/mail/mailer';
import { notifyPerson } from '../../server/features/push/notify';
import type { PersonRow } from '../../server/features/people/people.table';
import { runJourneys, type JourneyEngineDeps } from '../../server/jobs/journey-scheduler';
import { journeyFiguresSchema, journeyListSchema, journeyPreviewSchema, journeySchema } from '../../shared/schemas/journeys';
import { testDatabases } from '../helpers/databases';
import { expectApiError } from '../helpers/api-error';
import { addJourney, journeyInput } from '../helpers/journeys';
import { addItem } from '../helpers/learning';
import { addTeam } from '../helpers/organisation';
import { startPushRig, TEST_VAPID_SUBJECT, type PushRig } from '../helpers/push';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp-server';
import { addTargetGroup } from '../helpers/target-groups';
import { addPerson, createTestContext, signedInClient, type TestClient, type TestContext } from '../helpers/test-app';

const emailStep = (id: string, hook = 'Hello {{firstName}}') => ({
  id,
  kind: 'email' as const,
  texts: { nl: { subject: `NL ${id}`, hook, body: 'Lees meer: {{itemLink}}' }, en: { subject: `EN ${id}`, hook, body: 'Read more: {{itemLink}}' } },
});

describe.each(testDatabases())('drip journeys ($name)', (kind) => {
  let ctx: TestContext;
  let smtp: TestSmtpServer;
  let mailer: Mailer;
  let rig: PushRig;
  let engine: JourneyEngineDeps;
  let admin: TestClient;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    ctx = await createTestContext(kind, { vapidSubject: TEST_VAPID_SUBJECT, smtpUrl: smtp.url });
    rig = await startPushRig(ctx);
    mailer = createMailer(smtp.url, ctx.deps.config.mailFrom, ctx.deps.log);
    engine = { db: ctx.deps.db, dialect: ctx.deps.dialect, mailer, sender: rig.sender, log: ctx.deps.log, publicUrl: ctx.deps.config.publicUrl, instanceId: 'test-a' };
    admin = await signedInClient(ctx, (await addPerson(ctx, { role: 'admin' })).id);
  });
  afterAll(async () => {
    mailer.close();
    await rig.close();
    await ctx.close();
    await smtp.close();
  });
  beforeEach(async () => {
    ctx.clock.set('2026-03-02T09:00:00Z');
    await saveMomentSettings(ctx.deps.db, { ...defaultMomentSettings, weeklyPushCap: 10 }, ctx.clock());
    // Earlier tests' journeys stop, so each test counts only its own.
    await ctx.deps.db.updateTable('journeys').set({ status: 'paused' }).execute();
  });

  const mailsTo = (address: string | null): ParsedMail[] => smtp.messages.filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address === address)));
  const tick = async (at: string) => {
    ctx.clock.set(at);
    return runJourneys(engine, ctx.clock());
  };
  /** People in `departmentId` only, so each journey reaches the people of its own test. */
  async function group(zones: readonly string[]) {
    const { id: departmentId } = await ctx.deps.db
      .insertInto('departments')
      .values({ id: crypto.randomUUID(), name: `Dept ${crypto.randomUUID()}`, created_at: ctx.clock().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const people = [];
    for (const timeZone of zones) people.push(await addPerson(ctx, { timeZone, departmentId }));
    return { departmentId, people };
  }
  const audienceOf = (departmentId: string) => ({ departmentIds: [departmentId], teamIds: [], roles: [], languages: [], groupIds: [] });

  it('sends each step once to each person, inside their working hours in their own zone, across the DST change', async () => {
    // Saturday 28 March 2026: Europe moves its clocks on Sunday the 29th, New York did on the 8th.
    ctx.clock.set('2026-03-28T12:00:00Z');
    const { departmentId, people } = await group(['Europe/Amsterdam', 'America/New_York']);
    const [amsterdam, newYork] = people;
    await addJourney(ctx, { steps: [emailStep('welcome'), { id: 'wait', kind: 'wait_days', days: 2 }, emailStep('second')], audience: audienceOf(departmentId), trigger: { kind: 'date', at: '2026-03-28T00:00:00.000Z' } }, true);

    expect((await tick('2026-03-28T12:00:00Z')).entered).toBe(2);
    expect(mailsTo(amsterdam?.email ?? null)).toHaveLength(0);
    // Monday 08:00 in Amsterdam is 06:00 UTC after the change (it was 07:00 before it).
    await tick('2026-03-30T05:59:00Z');
    expect(mailsTo(amsterdam?.email ?? null)).toHaveLength(0);
    await tick('2026-03-30T06:00:00Z');
    expect(mailsTo(amsterdam?.email ?? null)).toHaveLength(1);
    expect(mailsTo(newYork?.email ?? null)).toHaveLength(0);
    // 08:00 in New York (EDT, UTC−4).
    await tick('2026-03-30T12:00:00Z');
    expect(mailsTo(newYork?.email ?? null)).toHaveLength(1);
    // Again and again: nothing twice.
    await tick('2026-03-30T12:01:00Z');
    await tick('2026-03-31T12:00:00Z');
    expect(mailsTo(amsterdam?.email ?? null).map((m) => m.subject)).toEqual(['EN welcome']);
    // Two days after the welcome, at the same wall-clock time: the second step.
    await tick('2026-04-01T06:00:00Z');
    await tick('2026-04-01T12:00:00Z');
    await tick('2026-04-02T12:00:00Z');
    expect(mailsTo(amsterdam?.email ?? null).map((m) => m.subject)).toEqual(['EN welcome', 'EN second']);
    expect(mailsTo(newYork?.email ?? null).map((m) => m.subject)).toEqual(['EN welcome', 'EN second']);
    const [mail] = mailsTo(amsterdam?.email ?? null);
    // Multipart from one template: the same words in text and HTML; the hook is the first line.
    expect(mail?.text?.split('\n')[0]).toBe(`Hello ${amsterdam?.name.split(' ')[0]}`);
    expect(mail?.html).toContain(`Hello ${amsterdam?.name.split(' ')[0]}`);
    expect(mail?.html).not.toMatch(/<img/i);
    expect(mail?.messageId).toMatch(/^<journey\./);
  });

  it('keeps to the one weekly budget across channels and senders: what does not fit waits for next week', async () => {
    await saveMomentSettings(ctx.deps.db, { ...defaultMomentSettings, weeklyPushCap: 2 }, ctx.clock());
    const { departmentId, people } = await group(['Europe/Amsterdam']);
    const [person] = people;
    // A reminder pushed this week already counts.
    await ctx.deps.db.insertInto('notifications').values({ id: crypto.randomUUID(), person_id: person?.id ?? '', kind: 'reminder', title: 'Your moment', body: 'now', url: '/', created_at: '2026-03-02T08:30:00.000Z', pushed_at: '2026-03-02T08:30:00.000Z', read_at: null }).execute();
    await addJourney(ctx, { steps: [emailStep('one'), emailStep('two'), emailStep('three')], audience: audienceOf(departmentId) }, true);
    await tick('2026-03-02T09:00:00Z');
    await tick('2026-03-02T09:01:00Z');
    await tick('2026-03-04T10:00:00Z');
    expect(mailsTo(person?.email ?? null).map((m) => m.subject)).toEqual(['EN one']);
    // Monday 9 March, 08:00 in Amsterdam: a new week.
    await tick('2026-03-09T06:59:00Z');
    expect(mailsTo(person?.email ?? null)).toHaveLength(1);
    await tick('2026-03-09T07:00:00Z');
    await tick('2026-03-09T07:01:00Z');
    expect(mailsTo(person?.email ?? null).map((m) => m.subject)).toEqual(['EN one', 'EN two', 'EN three']);
  });

  it('the reminders and kick-off pushes keep to the same budget: journey e-mails and cards count against their cap', async () => {
    await saveMomentSettings(ctx.deps.db, { ...defaultMomentSettings, weeklyPushCap: 2 }, ctx.clock());
    const { people } = await group(['Europe/Amsterdam', 'Europe/Amsterdam']);
    const [full, free] = people;
    for (const channel of ['email', 'in_app']) {
      await ctx.deps.db.insertInto('delivery_ledger').values({ id: crypto.randomUUID(), person_id: full?.id ?? '', channel, source: 'journey', sent_at: '2026-03-02T08:00:00.000Z' }).execute();
    }
    const notice = { kind: 'reminder', title: 'Your learning moment', body: 'Now', url: '/', tag: 'moment', ttlSeconds: 600, urgency: 'normal' as const };
    const deps = { db: ctx.deps.db, sender: rig.sender, log: ctx.deps.log };
    expect((await notifyPerson(deps, full as PersonRow, notice, ctx.clock())).outcome).toBe('capped');
    expect((await notifyPerson(deps, free as PersonRow, notice, ctx.clock())).outcome).toBe('inbox');
  });

  it('ends at its goal, and the figures say so', async () => {
    const { departmentId, people } = await group(['Europe/Amsterdam', 'Europe/Amsterdam']);
    const [done, notDone] = people;
    const item = await addItem(ctx);
    const id = await addJourney(ctx, { steps: [emailStep('first'), { id: 'wait', kind: 'wait_days', days: 1 }, emailStep('second')], goal: { kind: 'completed_item', itemId: item.id }, audience: audienceOf(departmentId) }, true);
    await tick('2026-03-02T09:00:00Z');
    await ctx.deps.db.insertInto('item_completions').values({ person_id: done?.id ?? '', item_id: item.id, completed_at: '2026-03-02T10:00:00.000Z', source: 'app' }).execute();
    await tick('2026-03-03T09:00:00Z');
    await tick('2026-03-03T09:01:00Z');
    expect(mailsTo(done?.email ?? null).map((m) => m.subject)).toEqual(['EN first']);
    expect(mailsTo(notDone?.email ?? null).map((m) => m.subject)).toEqual(['EN first', 'EN second']);
    const figures = journeyFiguresSchema.parse(await (await admin.get(`/api/admin/journeys/${id}/figures`)).json());
    expect(figures).toMatchObject({ entered: 2, goalReached: 1, exited: 2, sentPerChannel: { email: 3, push: 0, in_app: 0 } });
    expect(figures.steps.find((s) => s.stepId === 'first')).toMatchObject({ sent: 2, delivered: 2, bounced: 0 });
  });

  it('a one-click POST to the List-Unsubscribe URL stops further mail on that topic; a GET shows a page and does not', async () => {
    const { departmentId, people } = await group(['Europe/Amsterdam']);
    const [person] = people;
    await addJourney(ctx, { steps: [emailStep('a'), { id: 'w1', kind: 'wait_days', days: 1 }, emailStep('b'), { id: 'w2', kind: 'wait_days', days: 1 }, emailStep('c')], audience: audienceOf(departmentId) }, true);
    await tick('2026-03-02T09:00:00Z');
    const [first] = mailsTo(person?.email ?? null);
    const header = (name: string) => first?.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const url = /^<(https?:\/\/[^>]+)>$/.exec(header('list-unsubscribe') ?? '')?.[1] ?? '';
    expect(url).toMatch(/\/unsubscribe\/journeys\//);
    const path = new URL(url).pathname;
    // A link scanner's GET: a page, nothing changed.
    const page = await ctx.app.request(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    await tick('2026-03-03T09:00:00Z');
    expect(mailsTo(person?.email ?? null)).toHaveLength(2);
    // A forged token changes nothing and says so.
    expect((await ctx.app.request(path.replace(/[^/]+$/, 'x'.repeat(32)), { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(404);
    // The provider's one click: no session, a form body.
    const clicked = await ctx.app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(clicked.status).toBe(200);
    await tick('2026-03-04T09:00:00Z');
    await tick('2026-03-05T09:00:00Z');
    expect(mailsTo(person?.email ?? null).map((m) => m.subject)).toEqual(['EN a', 'EN b']);
    // Mandatory training cannot be switched off.
    expect((await ctx.app.request(path.replace('/journeys/', '/mandatory-training/'), { method: 'POST' })).status).toBe(422);
  });

  it('a permanent SMTP rejection marks the address and stops e-mail to it; a temporary one is retried', async () => {
    const { departmentId, people } = await group(['Europe/Amsterdam', 'Europe/Amsterdam']);
    const [bouncing, busy] = people;
    smtp.reject(bouncing?.email ?? '', 550);
    smtp.reject(busy?.email ?? '', 451, 1);
    const id = await addJourney(ctx, { steps: [emailStep('a'), emailStep('b')], audience: audienceOf(departmentId) }, true);
    await tick('2026-03-02T09:00:00Z');
    expect(smtp.refusals.get(bouncing?.email ?? '')).toBe(1);
    expect(mailsTo(busy?.email ?? null)).toHaveLength(0);
    // The retry waits its backoff (a minute) and then goes through.
    await tick('2026-03-02T09:00:30Z');
    expect(mailsTo(busy?.email ?? null)).toHaveLength(0);
    await tick('2026-03-02T09:02:00Z');
    await tick('2026-03-02T09:03:00Z');
    expect(mailsTo(busy?.email ?? null).map((m) => m.subject)).toEqual(['EN a', 'EN b']);
    // The bounced address got no second attempt: its second step is skipped as undeliverable.
    expect(smtp.refusals.get(bouncing?.email ?? '')).toBe(1);
    const recipient = await ctx.deps.db.selectFrom('mail_recipients').select('undeliverable_at').where('person_id', '=', bouncing?.id ?? '').executeTakeFirstOrThrow();
    expect(recipient.undeliverable_at).not.toBeNull();
    const figures = journeyFiguresSchema.parse(await (await admin.get(`/api/admin/journeys/${id}/figures`)).json());
    expect(figures.steps.find((s) => s.stepId === 'a')).toMatchObject({ sent: 1, bounced: 1 });
  });

  it('skips a step whose moment passed longer ago than the catch-up window, and counts it', async () => {
    const { departmentId, people } = await group(['Europe/Amsterdam']);
    const id = await addJourney(ctx, { steps: [emailStep('late'), emailStep('next')], catchUpHours: 2, audience: audienceOf(departmentId) }, true);
    await ctx.deps.db.updateTable('journeys').set({ status: 'paused' }).where('id', '=', id).execute();
    // Entered while running, then every instance was down for a day.
    await tick('2026-03-02T09:00:00Z');
    await ctx.deps.db.updateTable('journeys').set({ status: 'active' }).where('id', '=', id).execute();
    await ctx.deps.db.insertInto('journey_entries').values({ journey_id: id, person_id: people[0]?.id ?? '', entered_at: '2026-03-02T09:00:00.000Z', exited_at: null, exit_reason: null }).onConflict((oc) => oc.doNothing()).execute();
    await ctx.deps.db
      .insertInto('journey_jobs')
      .values({ id: crypto.randomUUID(), journey_id: id, person_id: people[0]?.id ?? '', step_id: 'late', channel: 'email', due_at: '2026-03-02T09:00:00.000Z', first_due_at: '2026-03-02T09:00:00.000Z', claimed_at: null, claimed_by: null, attempt: 0, done_at: null, outcome: null, last_error: null, link_code: 'latelinkcode1', clicked_at: null })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await tick('2026-03-03T09:00:00Z');
    await tick('2026-03-03T09:01:00Z');
    expect(mailsTo(people[0]?.email ?? null).map((m) => m.subject)).toEqual(['EN next']);
    const figures = journeyFiguresSchema.parse(await (await admin.get(`/api/admin/journeys/${id}/figures`)).json());
    expect(figures.steps.find((s) => s.stepId === 'late')?.skippedLate).toBe(1);
  });

  it('counts a click on a message link, and a branch on "opened the previous message?" follows it', async () => {
    const { departmentId, people } = await group(['Europe/Amsterdam', 'Europe/Amsterdam']);
    const [clicker, ignorer] = people;
    const id = await addJourney(
      ctx,
      {
        steps: [emailStep('invite'), { id: 'day', kind: 'wait_days', days: 1 }, { id: 'opened', kind: 'branch', condition: { kind: 'opened_previous' }, then: 'thanks', otherwise: 'nudge' }, emailStep('nudge'), { id: 'stop', kind: 'branch', condition: { kind: 'joined' }, then: null, otherwise: null }, emailStep('thanks')],
        audience: audienceOf(departmentId),
      },
      true,
    );
    await tick('2026-03-02T09:00:00Z');
    const link = /\/api\/j\/[A-Za-z0-9_-]+/.exec(mailsTo(clicker?.email ?? null)[0]?.text ?? '')?.[0] ?? '';
    const followed = await ctx.app.request(link);
    expect(followed.status).toBe(302);
    expect(followed.headers.get('location')).toMatch(/via=/);
    await tick('2026-03-03T09:00:00Z');
    await tick('2026-03-03T09:01:00Z');
    expect(mailsTo(clicker?.email ?? null).map((m) => m.subject)).toEqual(['EN invite', 'EN thanks']);
    expect(mailsTo(ignorer?.email ?? null).map((m) => m.subject)).toEqual(['EN invite', 'EN nudge']);
    const figures = journeyFiguresSchema.parse(await (await admin.get(`/api/admin/journeys/${id}/figures`)).json());
    expect(figures.steps.find((s) => s.stepId === 'invite')?.clicked).toBe(1);
  });

  it('refuses a loop, a negative wait, a missing language and an unknown placeholder with a 422, storing nothing', async () => {
    const before = journeyListSchema.parse(await (await admin.get('/api/admin/journeys')).json()).journeys.length;
    const bad = [
      journeyInput({ steps: [emailStep('a'), { id: 'back', kind: 'branch', condition: { kind: 'joined' }, then: 'a', otherwise: null }] }),
      journeyInput({ steps: [{ id: 'w', kind: 'wait_days', days: -1 }, emailStep('a')] }),
      journeyInput({ steps: [{ id: 'a', kind: 'email', texts: { en: { subject: 'Hi', hook: 'Hi', body: 'Hi' } } }] }),
      journeyInput({ steps: [emailStep('a', 'Hi {{lastName}}')] }),
      journeyInput({ steps: [emailStep('a', 'x'.repeat(141))] }),
    ];
    for (const body of bad) await expectApiError(await admin.post('/api/admin/journeys', body), 422, 'invalid_journey');
    const id = await addJourney(ctx);
    await expectApiError(await admin.request('PUT', `/api/admin/journeys/${id}`, bad[0]), 422, 'invalid_journey');
    expect(journeyListSchema.parse(await (await admin.get('/api/admin/journeys')).json()).journeys.length).toBe(before + 1);
  });

  it('a journey for a saved group mails only whom its rules hold, decided from their facts at each tick', async () => {
    const { departmentId, people } = await group(['Europe/Amsterdam', 'Europe/Amsterdam', 'Europe/Amsterdam']);
    const [early, later, never] = people;
    const item = await addItem(ctx);
    const completes = (personId: string, at: string) => ctx.deps.db.insertInto('item_completions').values({ person_id: personId, item_id: item.id, completed_at: at, source: 'app' }).execute();
    await completes(early?.id ?? '', '2026-03-01T10:00:00.000Z');
    // Completed the training, and in this department: a rule over what people did, not only their profile.
    const saved = await addTargetGroup(ctx, [{ kind: 'department', ids: [departmentId] }, { kind: 'completed_item', ids: [item.id] }]);
    const id = await addJourney(ctx, { steps: [emailStep('well-done')], groupId: saved.id }, true);
    expect(journeySchema.parse(await (await admin.get(`/api/admin/journeys/${id}`)).json()).groupId).toBe(saved.id);

    expect((await tick('2026-03-02T09:00:00Z')).entered).toBe(1);
    expect(mailsTo(early?.email ?? null).map((m) => m.subject)).toEqual(['EN well-done']);
    expect(mailsTo(later?.email ?? null)).toHaveLength(0);
    // Someone who comes to hold the rule enters at the next tick; nobody gets the step twice.
    await completes(later?.id ?? '', '2026-03-02T09:30:00.000Z');
    expect((await tick('2026-03-02T10:00:00Z')).entered).toBe(1);
    await tick('2026-03-02T10:01:00Z');
    expect(mailsTo(early?.email ?? null)).toHaveLength(1);
    expect(mailsTo(later?.email ?? null).map((m) => m.subject)).toEqual(['EN well-done']);
    expect(mailsTo(never?.email ?? null)).toHaveLength(0);
  });

  it('an "entered the group" journey lets a person in when they come into the group, and only once', async () => {
    const [kitchen, hall] = [await addTeam(ctx), await addTeam(ctx)];
    const cook = await addPerson(ctx, { teamId: kitchen.id, departmentId: kitchen.department_id });
    const waiter = await addPerson(ctx, { teamId: hall.id, departmentId: hall.department_id });
    const saved = await addTargetGroup(ctx, [{ kind: 'team', ids: [kitchen.id] }]);
    const id = await addJourney(ctx, { trigger: { kind: 'entered_group', groupId: saved.id }, steps: [emailStep('kitchen-welcome')] }, true);
    const moveTo = async (personId: string, team: typeof kitchen) => expect((await admin.patch(`/api/admin/people/${personId}`, { teamId: team.id, departmentId: team.department_id })).status).toBe(200);

    // In the group when the journey starts: in at the first tick.
    expect((await tick('2026-03-02T09:00:00Z')).entered).toBe(1);
    expect(mailsTo(cook.email).map((m) => m.subject)).toEqual(['EN kitchen-welcome']);
    expect(mailsTo(waiter.email)).toHaveLength(0);
    // The waiter moves to the kitchen: the next tick lets them in.
    await moveTo(waiter.id, kitchen);
    expect((await tick('2026-03-02T10:00:00Z')).entered).toBe(1);
    await tick('2026-03-02T10:01:00Z');
    expect(mailsTo(waiter.email).map((m) => m.subject)).toEqual(['EN kitchen-welcome']);
    // Out of the group and back in: still the one entry, no second mail.
    await moveTo(waiter.id, hall);
    expect((await tick('2026-03-02T11:00:00Z')).entered).toBe(0);
    await moveTo(waiter.id, kitchen);
    expect((await tick('2026-03-02T12:00:00Z')).entered).toBe(0);
    await tick('2026-03-02T12:01:00Z');
    expect(mailsTo(waiter.email)).toHaveLength(1);
    expect(mailsTo(cook.email)).toHaveLength(1);
    const figures = journeyFiguresSchema.parse(await (await admin.get(`/api/admin/journeys/${id}/figures`)).json());
    expect(figures).toMatchObject({ entered: 2, sentPerChannel: { email: 2 } });
  });

  it('refuses a target group that does not exist, or a group beside departments and teams, with a 422, storing nothing', async () => {
    const team = await addTeam(ctx);
    const saved = await addTargetGroup(ctx, [{ kind: 'team', ids: [team.id] }]);
    const missing = crypto.randomUUID();
    const id = await addJourney(ctx, { name: 'Untouched' });
    const journeys = async () => ctx.deps.db.selectFrom('journeys').selectAll().orderBy('id').execute();
    const sources = async () => (await ctx.deps.db.selectFrom('attribution_sources').select('id').execute()).length;
    const [beforeJourneys, beforeSources] = [await journeys(), await sources()];
    const bad: Array<[ReturnType<typeof journeyInput>, string]> = [
      [journeyInput({ groupId: missing }), 'unknown_group'],
      [journeyInput({ trigger: { kind: 'entered_group', groupId: missing } }), 'unknown_group'],
      [journeyInput({ groupId: saved.id, audience: { departmentIds: [team.department_id], teamIds: [], roles: [], languages: [], groupIds: [] } }), 'audience_and_group'],
    ];
    for (const [body, code] of bad) {
      const error = await expectApiError(await admin.post('/api/admin/journeys', body), 422, code);
      if (code === 'unknown_group') expect(error.message).toContain(missing);
      await expectApiError(await admin.request('PUT', `/api/admin/journeys/${id}`, { ...body, name: 'Changed' }), 422, code);
    }
    expect(await journeys()).toEqual(beforeJourneys);
    expect(await sources()).toBe(beforeSources);
    expect(journeySchema.parse(await (await admin.get(`/api/admin/journeys/${id}`)).json())).toMatchObject({ name: 'Untouched', groupId: null });
  });

  it('refuses with a 409 to delete a saved group a journey uses, naming the journey', async () => {
    const team = await addTeam(ctx);
    const [audience, trigger] = [await addTargetGroup(ctx, [{ kind: 'team', ids: [team.id] }]), await addTargetGroup(ctx, [{ kind: 'team', ids: [team.id] }])];
    const forGroup = await addJourney(ctx, { name: 'Keuken welkom', groupId: audience.id });
    await addJourney(ctx, { name: 'Nieuw in de keuken', trigger: { kind: 'entered_group', groupId: trigger.id } });
    const inUse = await expectApiError(await admin.delete(`/api/admin/target-groups/${audience.id}`), 409, 'group_in_use');
    expect(inUse.message).toContain('"Keuken welkom"');
    expect((await expectApiError(await admin.delete(`/api/admin/target-groups/${trigger.id}`), 409, 'group_in_use')).message).toContain('"Nieuw in de keuken"');
    expect(await ctx.deps.db.selectFrom('target_groups').select('id').where('id', 'in', [audience.id, trigger.id]).execute()).toHaveLength(2);
    // Once the journey is for no group, the group may go.
    expect((await admin.request('PUT', `/api/admin/journeys/${forGroup}`, journeyInput({ name: 'Keuken welkom', groupId: null }))).status).toBe(200);
    expect((await admin.delete(`/api/admin/target-groups/${audience.id}`)).status).toBe(200);
  });

  it('previews both languages filled in for you, with your timeline, and sends a test to yourself', async () => {
    const me = await addPerson(ctx, { role: 'admin', name: 'Lotte de Vries' });
    const client = await signedInClient(ctx, me.id);
    const id = await addJourney(ctx);
    const preview = journeyPreviewSchema.parse(await (await client.get(`/api/admin/journeys/${id}/preview`)).json());
    expect(preview.messages.map((m) => `${m.stepId}:${m.language}`)).toEqual(['welcome:nl', 'welcome:en', 'nudge:nl', 'nudge:en']);
    expect(preview.messages[0]?.hook).toBe('Welkom bij Leerlust, Lotte!');
    expect(preview.timeline.map((t) => t.stepId)).toEqual(['welcome', 'wait', 'nudge']);
    expect((await client.post(`/api/admin/journeys/${id}/test-send`, { stepId: 'welcome', language: 'nl' })).status).toBe(200);
    const mail = await smtp.waitForMail(me.email ?? '');
    expect(mail.subject).toBe('[Test] Welkom, Lotte');
    await expectApiError(await client.post(`/api/admin/journeys/${id}/test-send`, { stepId: 'wait', language: 'nl' }), 422, 'not_a_message');
  });
});
