import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { createInviteLink } from '../../server/features/auth/auth.service';
import { addLearningItem, platformSignature } from './learning';
import { addCampaign, addPoster, addTeaser, campaignBody, teaserBody, testJpeg } from './campaigns';
import type { Operation } from './openapi';
import { addAward, addCompetition, addPrize, addRecognition } from './rewards';
import { addTeam, type TestOrganisation } from './organisation';
import { addPerson, type TestClient, type TestContext } from './test-app';
import { addOrganisationGoal, addPath, addPersonalGoal } from './inform';
import { retainRequests } from './retain-requests';
import { journeyRequests } from './journeys';
import { addCampaignChannel, addTargetGroup } from './target-groups';
import { mintScimToken } from '../../server/features/scim/scim-tokens.service';
import { defaultRetention } from '../../server/features/works-council/retention-settings';

/** What to send to one operation: the path with its parameters filled in, a JSON body if it takes one, extra headers. */
export interface RouteRequest {
  path: string;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

let requestCount = 0;
const unique = () => `${(requestCount += 1)}.${Date.now()}`;

/**
 * A valid request for every operation, keyed like `Operation.key`, so that an
 * answer reflects who asked, not what was sent. Each call builds a new one:
 * a new address, a new one-time token.
 */
export function validRequests(ctx: TestContext, org: TestOrganisation): Record<string, () => Promise<RouteRequest>> {
  const plain = (path: string) => async () => ({ path });
  const newPoster = async () => addPoster(ctx, org.people.admin, (await addCampaign(ctx, org.people.admin)).id);
  // A kick-off that offers the micro-training to try before joining.
  const tryPoster = async () =>
    addPoster(ctx, org.people.admin, (await addCampaign(ctx, org.people.admin, { itemIds: [org.items.micro], tryItemIds: [org.items.micro] })).id);
  return {
    'GET /api/health': plain('/api/health'),
    'POST /api/auth/magic-link': async () => ({ path: '/api/auth/magic-link', body: { email: `nobody.${unique()}@test.example`, language: 'en' } }),
    'POST /api/auth/session': async () => {
      const invite = await createInviteLink(ctx.deps, org.people.employee.id);
      return { path: '/api/auth/session', body: { token: new URL(invite.url).hash.replace('#token=', '') } };
    },
    'GET /api/auth/session': plain('/api/auth/session'),
    'DELETE /api/auth/session': plain('/api/auth/session'),
    'DELETE /api/auth/sessions': plain('/api/auth/sessions'),
    'GET /api/me': plain('/api/me'),
    'PATCH /api/me': async () => ({ path: '/api/me', body: { name: 'Renamed Person', language: 'en', timeZone: 'Europe/Amsterdam' } }),
    'DELETE /api/me': plain('/api/me'),
    'GET /api/me/export': plain('/api/me/export'),
    'GET /api/feed': plain('/api/feed'),
    'GET /api/admin/people': plain('/api/admin/people'),
    'POST /api/admin/people': async () => ({
      path: '/api/admin/people',
      body: { email: `new.${unique()}@test.example`, name: 'New Person', role: 'employee', language: 'en', teamId: org.teamB.id },
    }),
    'POST /api/admin/people/{id}/invite': plain(`/api/admin/people/${org.people.employee.id}/invite`),
    'PATCH /api/admin/people/{id}': async () => ({
      path: `/api/admin/people/${(await addPerson(ctx)).id}`,
      body: { name: 'Renamed Person', role: 'manager', teamId: org.teamB.id, left: false },
    }),
    'POST /api/admin/people/import': async () => ({
      path: '/api/admin/people/import',
      body: { csv: `email,name,department,team\nimported.${unique()}@test.example,Imported Person,Facilitair,Keuken`, skipInvalid: true },
    }),
    'GET /api/admin/org': plain('/api/admin/org'),
    'POST /api/admin/departments': async () => ({ path: '/api/admin/departments', body: { name: `Department ${unique()}` } }),
    'PATCH /api/admin/departments/{id}': async () => ({ path: `/api/admin/departments/${(await addTeam(ctx)).department_id}`, body: { name: `Renamed ${unique()}` } }),
    'POST /api/admin/teams': async () => ({ path: '/api/admin/teams', body: { departmentId: org.teamA.department_id, name: `Team ${unique()}` } }),
    'PATCH /api/admin/teams/{id}': async () => ({ path: `/api/admin/teams/${(await addTeam(ctx)).id}`, body: { name: `Renamed ${unique()}` } }),
    'GET /api/teams/{id}/summary': plain(`/api/teams/${org.teamA.id}/summary`),
    'GET /api/items/{id}': plain(`/api/items/${org.items.micro}`),
    'POST /api/sessions/{id}/registration': plain(`/api/sessions/${org.items.session}/registration`),
    'DELETE /api/sessions/{id}/registration': plain(`/api/sessions/${org.items.session}/registration`),
    'POST /api/events': async () => ({
      path: '/api/events',
      body: {
        events: [{ id: randomUUID(), kind: 'training_completed', occurredAt: ctx.clock().toISOString(), timeZone: 'Europe/Amsterdam', itemId: org.items.micro }],
      },
    }),
    'GET /api/progress': plain('/api/progress'),
    'GET /api/admin/point-values': plain('/api/admin/point-values'),
    'PATCH /api/admin/point-values': async () => ({ path: '/api/admin/point-values', body: { teaser_opened: 2 } }),
    'GET /api/me/moment': plain('/api/me/moment'),
    'PUT /api/me/moment': async () => ({ path: '/api/me/moment', body: { weekdays: [2, 4], startTime: '10:00', durationMinutes: 30, form: 'online', topic: 'Excel' } }),
    'GET /api/me/moment.ics': plain('/api/me/moment.ics'),
    'GET /api/admin/moment-settings': plain('/api/admin/moment-settings'),
    'PATCH /api/admin/moment-settings': async () => ({ path: '/api/admin/moment-settings', body: { weeklyPushCap: 3 } }),
    'GET /api/push/public-key': plain('/api/push/public-key'),
    'PUT /api/me/push-subscriptions': async () => ({ path: '/api/me/push-subscriptions', body: fakePushSubscription() }),
    'DELETE /api/me/push-subscriptions/{id}': async () => {
      const { endpoint, keys } = fakePushSubscription();
      const at = ctx.clock().toISOString();
      const id = randomUUID();
      await ctx.deps.db
        .insertInto('push_subscriptions')
        .values({ id, person_id: org.people.employee.id, endpoint, p256dh: keys.p256dh, auth: keys.auth, created_at: at, last_seen_at: at })
        .execute();
      return { path: `/api/me/push-subscriptions/${id}` };
    },
    'GET /api/me/inbox': plain('/api/me/inbox'),
    'POST /api/me/inbox/read': plain('/api/me/inbox/read'),
    'GET /api/admin/teasers': plain('/api/admin/teasers'),
    'POST /api/admin/teasers': async () => ({ path: '/api/admin/teasers', body: teaserBody() }),
    'GET /api/admin/teasers/{id}': async () => ({ path: `/api/admin/teasers/${(await addTeaser(ctx, org.people.admin)).id}` }),
    'PATCH /api/admin/teasers/{id}': async () => ({ path: `/api/admin/teasers/${(await addTeaser(ctx, org.people.admin)).id}`, body: { publishedAt: null } }),
    'DELETE /api/admin/teasers/{id}': async () => ({ path: `/api/admin/teasers/${(await addTeaser(ctx, org.people.admin)).id}` }),
    'GET /api/admin/items': plain('/api/admin/items'),
    'GET /api/admin/items/{id}': plain(`/api/admin/items/${org.items.classroom}`),
    'POST /api/admin/items': async () => ({ path: '/api/admin/items', body: macroItemBody() }),
    'PUT /api/admin/items/{id}': async () => ({ path: `/api/admin/items/${org.items.macro}`, body: macroItemBody() }),
    'POST /api/admin/items/{id}/sessions': async () => ({ path: `/api/admin/items/${org.items.classroom}/sessions`, body: sessionBody(ctx) }),
    'PUT /api/admin/sessions/{id}': async () => ({ path: `/api/admin/sessions/${org.items.session}`, body: sessionBody(ctx) }),
    'DELETE /api/admin/sessions/{id}': async () => {
      const { sessionId } = await addLearningItem(ctx, 'classroom');
      return { path: `/api/admin/sessions/${sessionId}` };
    },
    'GET /api/admin/campaigns': plain('/api/admin/campaigns'),
    'POST /api/admin/campaigns': async () => ({ path: '/api/admin/campaigns', body: campaignBody(ctx) }),
    'POST /api/admin/campaigns/{id}/publish': async () => ({
      path: `/api/admin/campaigns/${(await addCampaign(ctx, org.people.admin, {}, { draft: true })).id}/publish`,
      body: { anyway: true },
    }),
    'GET /api/admin/campaigns/{id}/plan': async () => ({ path: `/api/admin/campaigns/${(await addCampaign(ctx, org.people.admin)).id}/plan` }),
    'GET /api/admin/campaigns/{id}/funnel': async () => ({ path: `/api/admin/campaigns/${(await addCampaign(ctx, org.people.admin)).id}/funnel?breakdown=channel` }),
    'GET /api/team/funnel': plain('/api/team/funnel'),
    'POST /api/admin/campaigns/{id}/attachments': async () => ({
      path: `/api/admin/campaigns/${(await addCampaign(ctx, org.people.admin)).id}/attachments`,
      body: { itemIds: [org.items.micro], teaserIds: [(await addTeaser(ctx, org.people.admin)).id] },
    }),
    'GET /api/admin/campaigns/{id}': async () => ({ path: `/api/admin/campaigns/${(await addCampaign(ctx, org.people.admin)).id}` }),
    'PUT /api/admin/campaigns/{id}': async () => ({ path: `/api/admin/campaigns/${(await addCampaign(ctx, org.people.admin)).id}`, body: campaignBody(ctx) }),
    'GET /api/admin/target-groups': plain('/api/admin/target-groups'),
    'POST /api/admin/target-groups': async () => ({ path: '/api/admin/target-groups', body: { name: `Groep ${unique()}`, match: 'all', conditions: [{ kind: 'inactive_for', weeks: 4 }] } }),
    'PUT /api/admin/target-groups/{id}': async () => ({
      path: `/api/admin/target-groups/${(await addTargetGroup(ctx)).id}`,
      body: { name: `Groep ${unique()}`, conditions: [{ kind: 'team', ids: [org.teamA.id] }] },
    }),
    'DELETE /api/admin/target-groups/{id}': async () => ({ path: `/api/admin/target-groups/${(await addTargetGroup(ctx)).id}` }),
    'GET /api/admin/target-groups/{id}/members': async () => ({ path: `/api/admin/target-groups/${(await addTargetGroup(ctx)).id}/members` }),
    'POST /api/admin/target-groups/count': async () => ({ path: '/api/admin/target-groups/count', body: { match: 'any', conditions: [{ kind: 'streak_at_least', weeks: 2 }] } }),
    'GET /api/admin/campaigns/{id}/channels': async () => ({ path: `/api/admin/campaigns/${(await addCampaign(ctx, org.people.admin)).id}/channels` }),
    'POST /api/admin/campaigns/{id}/channels': async () => ({
      path: `/api/admin/campaigns/${(await addCampaign(ctx, org.people.admin)).id}/channels`,
      body: { groupId: null, channel: 'intranet_link' },
    }),
    'DELETE /api/admin/channels/{id}': async () => ({ path: `/api/admin/channels/${(await addCampaignChannel(ctx, (await addCampaign(ctx, org.people.admin)).id, 'email')).id}` }),
    'GET /api/admin/channels/{id}/handout': async () => ({
      path: `/api/admin/channels/${(await addCampaignChannel(ctx, (await addCampaign(ctx, org.people.admin)).id, 'team_meeting')).id}/handout?size=a4`,
    }),
    'POST /api/admin/campaigns/{id}/posters': async () => ({
      path: `/api/admin/campaigns/${(await addCampaign(ctx, org.people.admin)).id}/posters`,
      body: { placement: 'Receptie' },
    }),
    'DELETE /api/admin/posters/{id}': async () => ({ path: `/api/admin/posters/${(await newPoster()).id}` }),
    'GET /api/admin/posters/{id}/print': async () => ({ path: `/api/admin/posters/${(await newPoster()).id}/print?format=svg&size=a4` }),
    'GET /api/k/{code}': async () => ({ path: `/api/k/${(await newPoster()).code}` }),
    'POST /api/k/{code}/scans': async () => ({ path: `/api/k/${(await newPoster()).code}/scans` }),
    'GET /api/k/{code}/kickoff.ics': async () => ({ path: `/api/k/${(await newPoster()).code}/kickoff.ics?lang=en` }),
    'GET /api/admin/sign-up': plain('/api/admin/sign-up'),
    'PUT /api/admin/sign-up': async () => ({ path: '/api/admin/sign-up', body: { domains: ['anker.example'], defaultLanguage: 'nl' } }),
    'GET /api/organisation/language': plain('/api/organisation/language'),
    'POST /api/k/{code}/tries/{itemId}': async () => ({ path: `/api/k/${(await tryPoster()).code}/tries/${org.items.micro}?lang=en` }),
    'POST /api/me/tried-progress': async () => {
      const { tryTraining } = await import('../../server/features/try-first/try-first.service');
      const { passId } = await tryTraining(ctx.deps.db, (await tryPoster()).code, org.items.micro, 'en', ctx.clock());
      const event = { id: randomUUID(), kind: 'training_completed', occurredAt: ctx.clock().toISOString(), timeZone: 'Europe/Amsterdam', itemId: org.items.micro };
      return { path: '/api/me/tried-progress', body: { passId, events: [event] } };
    },
    'GET /api/campaigns/{id}/rsvp': async () => ({ path: `/api/campaigns/${(await addCampaign(ctx, org.people.admin)).id}/rsvp` }),
    'PUT /api/campaigns/{id}/rsvp': async () => ({ path: `/api/campaigns/${(await addCampaign(ctx, org.people.admin)).id}/rsvp`, body: { answer: 'yes' } }),
    'POST /api/me/acquisition-events': async () => ({ path: '/api/me/acquisition-events', body: { kind: 'install' } }),
    'POST /api/admin/images': async () => ({ path: '/api/admin/images', body: { data: (await testJpeg(40, 30)).toString('base64') } }),
    'GET /api/images/{id}': async () => {
      const { uploadImage } = await import('../../server/features/images/images.service');
      const image = await uploadImage(ctx.deps.db, org.people.admin, (await testJpeg(40, 30)).toString('base64'), ctx.clock());
      return { path: image.url };
    },
    'GET /api/admin/audit': plain('/api/admin/audit'),
    'POST /api/integrations/completions': async () => {
      const body = { externalId: `completion-${unique()}`, email: org.people.employee.email, itemId: org.items.macro, completedAt: ctx.clock().toISOString() };
      return { path: '/api/integrations/completions', body, headers: platformSignature(ctx, JSON.stringify(body)) };
    },
    'GET /api/admin/prizes': plain('/api/admin/prizes'),
    'POST /api/admin/prizes': async () => ({ path: '/api/admin/prizes', body: { kind: 'clothing', name: 'Company sweater', description: 'Size M', stock: 5 } }),
    'PATCH /api/admin/prizes/{id}': async () => ({ path: `/api/admin/prizes/${(await addPrize(ctx)).id}`, body: { stock: 3 } }),
    'GET /api/rewards': plain('/api/rewards'),
    'GET /api/competitions/{id}/draw': async () => ({ path: `/api/competitions/${(await addCompetition(ctx, { rule: 'raffle' })).id}/draw` }),
    'GET /api/admin/competitions': plain('/api/admin/competitions'),
    'POST /api/admin/competitions': async () => {
      const now = ctx.clock().getTime();
      const body = { rule: 'raffle', title: 'Year-end raffle', prizeId: (await addPrize(ctx)).id, startsAt: new Date(now).toISOString(), endsAt: new Date(now + 86_400_000).toISOString() };
      return { path: '/api/admin/competitions', body };
    },
    'POST /api/admin/competitions/{id}/settle': async () => ({ path: `/api/admin/competitions/${(await addCompetition(ctx, { ended: true })).id}/settle` }),
    'POST /api/awards/{id}/claim': async () => ({ path: `/api/awards/${await addAward(ctx, org.people.employee.id)}/claim` }),
    'GET /api/admin/awards': plain('/api/admin/awards'),
    'POST /api/admin/awards/{id}/handed-over': async () => ({ path: `/api/admin/awards/${await addAward(ctx, org.people.employee.id, { claimed: true })}/handed-over` }),
    'GET /api/leaderboards': plain('/api/leaderboards?month=2026-03'),
    'PUT /api/me/leaderboard': async () => ({ path: '/api/me/leaderboard', body: { optedIn: false } }),
    'GET /api/recognitions/candidates': plain('/api/recognitions/candidates'),
    'POST /api/recognitions': async () => ({ path: '/api/recognitions', body: { personId: org.people.employee.id, message: 'Shares what she learns with the team' } }),
    'GET /api/me/recognitions': plain('/api/me/recognitions'),
    'PATCH /api/me/recognitions/{id}': async () => ({
      path: `/api/me/recognitions/${await addRecognition(ctx, org.people.employee.id, org.people.managerA.id)}`,
      body: { shared: true },
    }),
    'GET /api/team/role-models': plain('/api/team/role-models'),
    'GET /api/admin/recognitions': plain('/api/admin/recognitions'),
    'GET /api/admin/strategy': plain('/api/admin/strategy'),
    'PUT /api/admin/strategy/drivers': async () => ({
      path: '/api/admin/strategy/drivers',
      body: { drivers: [{ kind: 'legal_obligations', title: { nl: 'Wetgeving', en: 'Legislation' }, explanation: { nl: 'BHV is verplicht.', en: 'Emergency response is mandatory.' } }] },
    }),
    'POST /api/admin/goals': async () => ({ path: '/api/admin/goals', body: organisationGoalBody(org) }),
    'PUT /api/admin/goals/{id}': async () => ({ path: `/api/admin/goals/${(await addOrganisationGoal(ctx, org.people.admin)).id}`, body: organisationGoalBody(org) }),
    'DELETE /api/admin/goals/{id}': async () => ({ path: `/api/admin/goals/${(await addOrganisationGoal(ctx, org.people.admin)).id}` }),
    'PUT /api/admin/wiifm': async () => ({
      path: '/api/admin/wiifm',
      body: { groupKind: 'role', groupId: 'employee', need: 'effectiveness', nl: 'Sneller klaar, meer tijd voor je cliënt.', en: 'Done sooner, more time for your client.' },
    }),
    'PUT /api/admin/roles/{role}/competencies': async () => ({ path: '/api/admin/roles/employee/competencies', body: { job: ['Clean working'], market: ['Digital skills'] } }),
    'GET /api/why-we-learn': plain('/api/why-we-learn'),
    'GET /api/me/wiifm': plain('/api/me/wiifm'),
    'POST /api/me/goals': async () => ({ path: '/api/me/goals', body: { title: 'Finish the BHV path', parentId: null, competencies: ['Safety'], agreedWithManager: true } }),
    'PATCH /api/me/goals/{id}': async () => ({ path: `/api/me/goals/${(await addPersonalGoal(ctx, org.people.employee)).id}`, body: { reached: true } }),
    'DELETE /api/me/goals/{id}': async () => ({ path: `/api/me/goals/${(await addPersonalGoal(ctx, org.people.employee)).id}` }),
    'GET /api/me/intake': plain('/api/me/intake'),
    'PUT /api/me/intake': async () => ({ path: '/api/me/intake', body: { needs: ['career'], motivation: 'new_competencies', form: 'online', moment: 'midday' } }),
    'POST /api/me/intake/skip': plain('/api/me/intake/skip'),
    'GET /api/admin/intake-summary': plain('/api/admin/intake-summary'),
    'GET /api/admin/paths': plain('/api/admin/paths'),
    'POST /api/admin/paths': async () => ({ path: '/api/admin/paths', body: pathBody(org) }),
    'PUT /api/admin/paths/{id}': async () => ({ path: `/api/admin/paths/${(await addPath(ctx, org.people.admin, [org.items.micro])).id}`, body: pathBody(org) }),
    'DELETE /api/admin/paths/{id}': async () => ({ path: `/api/admin/paths/${(await addPath(ctx, org.people.admin, [org.items.micro])).id}` }),
    'GET /api/team/paths': plain('/api/team/paths'),
    'POST /api/team/paths': async () => ({ path: '/api/team/paths', body: { title: 'Our new tablets', purpose: 'onboarding', dueDate: '2027-01-01', itemIds: [org.items.micro] } }),
    'GET /api/me/offer': plain('/api/me/offer'),
    ...retainRequests(ctx, org),
    ...journeyRequests(ctx, org),
    'GET /api/auth/options': plain('/api/auth/options'),
    // Single sign-on is off in tests unless a test starts a provider: both answer with a redirect to the sign-in page.
    'GET /api/auth/sso/start': plain('/api/auth/sso/start?via=ABC123'),
    'GET /api/auth/sso/callback': plain('/api/auth/sso/callback?state=made-up&code=made-up'),
    'GET /api/privacy/who-sees-what': plain('/api/privacy/who-sees-what'),
    'GET /api/me/access-log': plain('/api/me/access-log'),
    'GET /api/admin/works-council': plain('/api/admin/works-council'),
    'GET /api/admin/activity-figures': plain('/api/admin/activity-figures'),
    'GET /api/admin/processing-description': plain('/api/admin/processing-description?format=md&language=en'),
    'PUT /api/admin/retention': async () => ({ path: '/api/admin/retention', body: { ...defaultRetention } }),
    'PUT /api/admin/sso': async () => ({
      path: '/api/admin/sso',
      body: { enabled: false, issuer: 'https://login.anker.example/tenant/v2.0', clientId: 'leerlust', clientSecret: 'secret', buttonLabel: 'Microsoft', unknownPeople: 'refuse', magicLinks: true },
    }),
    'PUT /api/admin/lrs': async () => ({ path: '/api/admin/lrs', body: { enabled: false, endpoint: 'https://lrs.anker.example/xapi', username: 'leerlust', password: 'secret', includeEmail: false } }),
    'POST /api/admin/scim-tokens': async () => ({ path: '/api/admin/scim-tokens', body: { label: 'Entra ID' } }),
    'DELETE /api/admin/scim-tokens/{id}': async () => ({ path: `/api/admin/scim-tokens/${(await mintScimToken(ctx.deps.db, org.people.admin.id, 'Okta', ctx.clock())).id}` }),
  };
}

const organisationGoalBody = (org: TestOrganisation) => ({
  level: 'organisation',
  title: { nl: 'Goed werkgeverschap', en: 'Be a good employer' },
  competencies: ['Samenwerken'],
  itemIds: [org.items.micro],
});

const pathBody = (org: TestOrganisation) => ({
  title: { nl: 'BHV', en: 'Emergency response' },
  purpose: 'change',
  mandatory: true,
  dueDate: '2027-01-01',
  itemIds: [org.items.micro],
  target: { roles: ['employee'] },
});

/** Sends `request` to `operation` as `client`; `headers` go on top of the request's own. */
export function send(client: TestClient, operation: Pick<Operation, 'method'>, request: RouteRequest, headers: Record<string, string | null> = {}) {
  return client.request(operation.method, request.path, request.body, { ...request.headers, ...headers });
}

/** A valid push subscription (never sent to): a fresh endpoint on a public host and a real P-256 key. */
function fakePushSubscription() {
  const device = createECDH('prime256v1');
  return {
    endpoint: `https://push.example/send/${unique()}`,
    keys: { p256dh: device.generateKeys().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  };
}

/** A macro-training body for the authoring routes. */
function macroItemBody() {
  return {
    kind: 'macro',
    durationMinutes: 45,
    texts: [{ language: 'en', title: 'Safe lifting', summary: 'The full course on the platform.' }],
    macro: { url: 'https://learning.example.org/courses/lifting', parts: 3 },
    publishedAt: null,
  };
}

function sessionBody(ctx: TestContext) {
  const start = new Date(ctx.clock().getTime() + 14 * 24 * 3_600_000);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(), place: 'Room 2', seats: 12 };
}
