import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../helpers/databases';
import { TEST_PLATFORM_SECRET } from '../helpers/learning';
import { fetchOpenApiDocument, listOperations, tableCoverage, type Operation } from '../helpers/openapi';
import { ACTORS, createTestOrganisation, freshActor, signInActors, type Actor, type TestOrganisation } from '../helpers/organisation';
import { send, validRequests } from '../helpers/route-requests';
import { createTestContext, type TestClient, type TestContext } from '../helpers/test-app';

type Statuses = Record<Actor, number>;

const everyone = (status: number): Statuses => ({ anonymous: status, employee: status, managerA: status, managerB: status, admin: status });
const signedIn = (status: number): Statuses => ({ ...everyone(status), anonymous: 401 });
const adminOnly = (status: number): Statuses => ({ anonymous: 401, employee: 403, managerA: 403, managerB: 403, admin: status });

/**
 * Who gets which answer from every operation, when sending a valid request.
 * `fresh`: the call ends the caller's session or erases the caller, so every
 * actor makes it as a new person of the same kind.
 */
const matrix: Record<string, { expected: Statuses; fresh?: true }> = {
  'GET /api/health': { expected: everyone(200) },
  'POST /api/auth/magic-link': { expected: everyone(202) },
  'POST /api/auth/session': { expected: everyone(200), fresh: true },
  'GET /api/auth/session': { expected: signedIn(200) },
  'DELETE /api/auth/session': { expected: signedIn(200), fresh: true },
  'DELETE /api/auth/sessions': { expected: signedIn(200), fresh: true },
  'GET /api/me': { expected: signedIn(200) },
  'PATCH /api/me': { expected: signedIn(200) },
  'DELETE /api/me': { expected: signedIn(200), fresh: true },
  'GET /api/me/export': { expected: signedIn(200) },
  'GET /api/feed': { expected: signedIn(200) },
  'GET /api/admin/people': { expected: adminOnly(200) },
  'POST /api/admin/people': { expected: adminOnly(201) },
  'POST /api/admin/people/{id}/invite': { expected: adminOnly(201) },
  'PATCH /api/admin/people/{id}': { expected: adminOnly(200) },
  'POST /api/admin/people/import': { expected: adminOnly(200) },
  'GET /api/admin/org': { expected: adminOnly(200) },
  'POST /api/admin/departments': { expected: adminOnly(201) },
  'PATCH /api/admin/departments/{id}': { expected: adminOnly(200) },
  'POST /api/admin/teams': { expected: adminOnly(201) },
  'PATCH /api/admin/teams/{id}': { expected: adminOnly(200) },
  // Team A's figures: its own manager and admins only.
  'GET /api/teams/{id}/summary': { expected: { anonymous: 401, employee: 403, managerA: 200, managerB: 403, admin: 200 } },
  'GET /api/items/{id}': { expected: signedIn(200) },
  'POST /api/sessions/{id}/registration': { expected: signedIn(200) },
  'DELETE /api/sessions/{id}/registration': { expected: signedIn(200) },
  'POST /api/events': { expected: signedIn(200) },
  'GET /api/progress': { expected: signedIn(200) },
  'GET /api/admin/point-values': { expected: adminOnly(200) },
  'PATCH /api/admin/point-values': { expected: adminOnly(200) },
  // The learning platform's signature, not a session, decides; a session does not get in the way.
  'POST /api/integrations/completions': { expected: everyone(200) },
  'GET /api/me/moment': { expected: signedIn(200) },
  'PUT /api/me/moment': { expected: signedIn(200) },
  'GET /api/me/moment.ics': { expected: signedIn(200) },
  'GET /api/admin/moment-settings': { expected: adminOnly(200) },
  'PATCH /api/admin/moment-settings': { expected: adminOnly(200) },
  'GET /api/push/public-key': { expected: signedIn(200) },
  'PUT /api/me/push-subscriptions': { expected: signedIn(200) },
  // The employee's device: only its owner may remove it; to anyone else it does not exist.
  'DELETE /api/me/push-subscriptions/{id}': { expected: { anonymous: 401, employee: 200, managerA: 404, managerB: 404, admin: 404 } },
  'GET /api/me/inbox': { expected: signedIn(200) },
  'POST /api/me/inbox/read': { expected: signedIn(200) },
  'GET /api/admin/teasers': { expected: adminOnly(200) },
  'POST /api/admin/teasers': { expected: adminOnly(201) },
  'GET /api/admin/teasers/{id}': { expected: adminOnly(200) },
  'PATCH /api/admin/teasers/{id}': { expected: adminOnly(200) },
  'DELETE /api/admin/teasers/{id}': { expected: adminOnly(200) },
  'GET /api/admin/items': { expected: adminOnly(200) },
  'GET /api/admin/items/{id}': { expected: adminOnly(200) },
  'POST /api/admin/items': { expected: adminOnly(201) },
  'PUT /api/admin/items/{id}': { expected: adminOnly(200) },
  'POST /api/admin/items/{id}/sessions': { expected: adminOnly(201) },
  'PUT /api/admin/sessions/{id}': { expected: adminOnly(200) },
  'DELETE /api/admin/sessions/{id}': { expected: adminOnly(200) },
  'GET /api/admin/campaigns': { expected: adminOnly(200) },
  'POST /api/admin/campaigns/{id}/publish': { expected: adminOnly(200) },
  'POST /api/admin/campaigns/{id}/attachments': { expected: adminOnly(200) },
  'GET /api/admin/campaigns/{id}/plan': { expected: adminOnly(200) },
  'GET /api/admin/campaigns/{id}/funnel': { expected: adminOnly(200) },
  'POST /api/admin/campaigns': { expected: adminOnly(201) },
  'GET /api/admin/campaigns/{id}': { expected: adminOnly(200) },
  'PUT /api/admin/campaigns/{id}': { expected: adminOnly(200) },
  'GET /api/admin/target-groups': { expected: adminOnly(200) },
  'POST /api/admin/target-groups': { expected: adminOnly(201) },
  'PUT /api/admin/target-groups/{id}': { expected: adminOnly(200) },
  'DELETE /api/admin/target-groups/{id}': { expected: adminOnly(200) },
  'GET /api/admin/target-groups/{id}/members': { expected: adminOnly(200) },
  'POST /api/admin/target-groups/count': { expected: adminOnly(200) },
  'GET /api/admin/campaigns/{id}/channels': { expected: adminOnly(200) },
  'POST /api/admin/campaigns/{id}/channels': { expected: adminOnly(201) },
  'DELETE /api/admin/channels/{id}': { expected: adminOnly(200) },
  'GET /api/admin/channels/{id}/handout': { expected: adminOnly(200) },
  'POST /api/admin/campaigns/{id}/posters': { expected: adminOnly(201) },
  'DELETE /api/admin/posters/{id}': { expected: adminOnly(200) },
  'GET /api/admin/posters/{id}/print': { expected: adminOnly(200) },
  // The kick-off behind a poster is public: whoever scans sees it without signing in.
  'GET /api/k/{code}': { expected: everyone(200) },
  'POST /api/k/{code}/scans': { expected: everyone(200) },
  'GET /api/k/{code}/kickoff.ics': { expected: everyone(200) },
  // Trying a training from the kick-off needs no account; claiming it does.
  'GET /api/admin/sign-up': { expected: adminOnly(200) },
  'PUT /api/admin/sign-up': { expected: adminOnly(200) },
  // A phone greets the person before anyone signs in: the default language only.
  'GET /api/organisation/language': { expected: everyone(200) },
  'POST /api/k/{code}/tries/{itemId}': { expected: everyone(201) },
  'POST /api/me/tried-progress': { expected: signedIn(200) },
  'GET /api/campaigns/{id}/rsvp': { expected: signedIn(200) },
  'PUT /api/campaigns/{id}/rsvp': { expected: signedIn(200) },
  'POST /api/me/acquisition-events': { expected: signedIn(200) },
  'POST /api/admin/images': { expected: adminOnly(201) },
  // Images are content (in trainings, on the kick-off page), addressed by unguessable ids.
  'GET /api/images/{id}': { expected: everyone(200) },
  'GET /api/admin/audit': { expected: adminOnly(200) },
  // Rewards (issue 6). Own things (an award, a recognition) do not exist for anyone else.
  'GET /api/admin/prizes': { expected: adminOnly(200) },
  'POST /api/admin/prizes': { expected: adminOnly(201) },
  'PATCH /api/admin/prizes/{id}': { expected: adminOnly(200) },
  'GET /api/rewards': { expected: signedIn(200) },
  'GET /api/competitions/{id}/draw': { expected: signedIn(200) },
  'GET /api/admin/competitions': { expected: adminOnly(200) },
  'POST /api/admin/competitions': { expected: adminOnly(201) },
  'POST /api/admin/competitions/{id}/settle': { expected: adminOnly(200) },
  'POST /api/awards/{id}/claim': { expected: { anonymous: 401, employee: 200, managerA: 404, managerB: 404, admin: 404 } },
  'GET /api/admin/awards': { expected: adminOnly(200) },
  'POST /api/admin/awards/{id}/handed-over': { expected: adminOnly(200) },
  'GET /api/leaderboards': { expected: signedIn(200) },
  'PUT /api/me/leaderboard': { expected: signedIn(200) },
  // Only managers name role models, and only in their own team (the employee is in team A).
  'GET /api/recognitions/candidates': { expected: { anonymous: 401, employee: 403, managerA: 200, managerB: 200, admin: 403 } },
  'POST /api/recognitions': { expected: { anonymous: 401, employee: 403, managerA: 201, managerB: 422, admin: 403 } },
  'GET /api/me/recognitions': { expected: signedIn(200) },
  'PATCH /api/me/recognitions/{id}': { expected: { anonymous: 401, employee: 200, managerA: 404, managerB: 404, admin: 404 } },
  'GET /api/team/role-models': { expected: signedIn(200) },
  'GET /api/admin/recognitions': { expected: adminOnly(200) },
  // The learning strategy: L&D writes it, everyone reads their own "why we learn"; own goals do not exist for anyone else.
  'GET /api/admin/strategy': { expected: adminOnly(200) },
  'PUT /api/admin/strategy/drivers': { expected: adminOnly(200) },
  'POST /api/admin/goals': { expected: adminOnly(201) },
  'PUT /api/admin/goals/{id}': { expected: adminOnly(200) },
  'DELETE /api/admin/goals/{id}': { expected: adminOnly(200) },
  'PUT /api/admin/wiifm': { expected: adminOnly(200) },
  'PUT /api/admin/roles/{role}/competencies': { expected: adminOnly(200) },
  'GET /api/why-we-learn': { expected: signedIn(200) },
  'GET /api/me/wiifm': { expected: signedIn(200) },
  'POST /api/me/goals': { expected: signedIn(201) },
  'PATCH /api/me/goals/{id}': { expected: { anonymous: 401, employee: 200, managerA: 404, managerB: 404, admin: 404 } },
  'DELETE /api/me/goals/{id}': { expected: { anonymous: 401, employee: 200, managerA: 404, managerB: 404, admin: 404 } },
  // The intake is the person's own; L&D sees only aggregates.
  'GET /api/me/intake': { expected: signedIn(200) },
  'PUT /api/me/intake': { expected: signedIn(200) },
  'POST /api/me/intake/skip': { expected: signedIn(200) },
  'GET /api/admin/intake-summary': { expected: adminOnly(200) },
  // Learning paths: L&D for target groups, a manager for their own team.
  'GET /api/admin/paths': { expected: adminOnly(200) },
  'POST /api/admin/paths': { expected: adminOnly(201) },
  'PUT /api/admin/paths/{id}': { expected: adminOnly(200) },
  'DELETE /api/admin/paths/{id}': { expected: adminOnly(200) },
  'GET /api/team/paths': { expected: { anonymous: 401, employee: 403, managerA: 200, managerB: 200, admin: 403 } },
  'POST /api/team/paths': { expected: { anonymous: 401, employee: 403, managerA: 201, managerB: 201, admin: 403 } },
  'GET /api/me/offer': { expected: signedIn(200) },
  // Success stories: anyone writes and reads approved ones; a share link opens for anyone; L&D moderates; one's own story is nobody else's.
  'GET /api/stories': { expected: signedIn(200) },
  'GET /api/s/{code}': { expected: everyone(200) },
  'POST /api/s/{code}/views': { expected: everyone(200) },
  'POST /api/stories/{id}/starts': { expected: signedIn(200) },
  'POST /api/stories/{id}/shares': { expected: signedIn(200) },
  'GET /api/me/stories': { expected: signedIn(200) },
  'POST /api/me/stories': { expected: signedIn(201) },
  'POST /api/me/stories/{id}/edit-decision': { expected: { anonymous: 401, employee: 200, managerA: 404, managerB: 404, admin: 404 } },
  'DELETE /api/me/stories/{id}': { expected: { anonymous: 401, employee: 200, managerA: 404, managerB: 404, admin: 404 } },
  'POST /api/me/images': { expected: signedIn(201) },
  'GET /api/admin/stories': { expected: adminOnly(200) },
  'POST /api/admin/stories/{id}/approve': { expected: adminOnly(200) },
  'POST /api/admin/stories/{id}/decline': { expected: adminOnly(200) },
  'POST /api/admin/stories/{id}/edit': { expected: adminOnly(200) },
  // Ideas: everyone suggests and supports; L&D answers. Ambassadors: one's own role; only an ambassador drafts.
  'GET /api/ideas': { expected: signedIn(200) },
  'POST /api/ideas': { expected: signedIn(201) },
  'POST /api/ideas/{id}/votes': { expected: signedIn(200) },
  'DELETE /api/ideas/{id}/votes': { expected: signedIn(200) },
  'GET /api/admin/ideas': { expected: adminOnly(200) },
  'PATCH /api/admin/ideas/{id}': { expected: adminOnly(200) },
  'GET /api/me/ambassador': { expected: signedIn(200) },
  'PATCH /api/me/ambassador': { expected: signedIn(200) },
  'POST /api/me/ambassador/accept': { expected: signedIn(200) },
  'DELETE /api/me/ambassador': { expected: signedIn(200) },
  'GET /api/admin/ambassadors': { expected: adminOnly(200) },
  'POST /api/admin/ambassadors/{id}/invite': { expected: adminOnly(200) },
  'POST /api/ambassador/drafts': { expected: { anonymous: 401, employee: 201, managerA: 403, managerB: 403, admin: 403 } },
  'GET /api/admin/ambassador-drafts': { expected: adminOnly(200) },
  'POST /api/admin/ambassador-drafts/{id}/reviewed': { expected: adminOnly(200) },
  'POST /api/admin/ambassador-drafts/{id}/adopt': { expected: adminOnly(200) },
  // Evaluations: one answers only what one was shown (the employee was); L&D builds and reads results.
  'GET /api/me/evaluation': { expected: signedIn(200) },
  'POST /api/me/evaluations/{id}/shown': { expected: signedIn(200) },
  'POST /api/me/evaluations/{id}/responses': { expected: { anonymous: 401, employee: 200, managerA: 404, managerB: 404, admin: 404 } },
  'POST /api/me/evaluations/{id}/dismiss': { expected: { anonymous: 401, employee: 200, managerA: 404, managerB: 404, admin: 404 } },
  'GET /api/admin/evaluations': { expected: adminOnly(200) },
  'POST /api/admin/evaluations': { expected: adminOnly(201) },
  'PUT /api/admin/evaluations/{id}': { expected: adminOnly(200) },
  'GET /api/admin/evaluation-templates': { expected: adminOnly(200) },
  'GET /api/admin/evaluations/{id}/results': { expected: adminOnly(200) },
  'GET /api/admin/evaluations/{id}/results.csv': { expected: adminOnly(200) },
  'POST /api/admin/evaluations/{id}/reminders': { expected: adminOnly(200) },
  'PUT /api/items/{id}/reaction': { expected: signedIn(200) },
  'GET /api/admin/reactions': { expected: adminOnly(200) },
  // The team page is its manager's; inviting a story works only in one's own team (the employee is in team A).
  'GET /api/team/overview': { expected: { anonymous: 401, employee: 403, managerA: 200, managerB: 200, admin: 403 } },
  'GET /api/team/funnel': { expected: { anonymous: 401, employee: 403, managerA: 200, managerB: 200, admin: 403 } },
  'POST /api/team/recommendations': { expected: { anonymous: 401, employee: 403, managerA: 201, managerB: 201, admin: 403 } },
  'GET /api/me/recommendations': { expected: signedIn(200) },
  'POST /api/team/story-invitations': { expected: { anonymous: 401, employee: 403, managerA: 200, managerB: 422, admin: 403 } },
  'GET /api/team/email': { expected: { anonymous: 401, employee: 403, managerA: 200, managerB: 200, admin: 403 } },
  'POST /api/team/email': { expected: { anonymous: 401, employee: 403, managerA: 200, managerB: 200, admin: 403 } },
  // A mail provider posts the one click without a session: the token is the permission.
  'POST /api/unsubscribe/{topic}/{token}': { expected: everyone(200) },
  // Drip journeys are L&D's; a journey message's short link is followed from anywhere.
  'GET /api/admin/journeys': { expected: adminOnly(200) },
  'POST /api/admin/journeys': { expected: adminOnly(201) },
  'GET /api/admin/journeys/{id}': { expected: adminOnly(200) },
  'PUT /api/admin/journeys/{id}': { expected: adminOnly(200) },
  'POST /api/admin/journeys/{id}/status': { expected: adminOnly(200) },
  'GET /api/admin/journeys/{id}/preview': { expected: adminOnly(200) },
  'POST /api/admin/journeys/{id}/test-send': { expected: adminOnly(200) },
  'GET /api/admin/journeys/{id}/figures': { expected: adminOnly(200) },
  'GET /api/j/{code}': { expected: everyone(302) },
  // Signing in through the organisation's identity provider: before anyone is signed in.
  'GET /api/auth/options': { expected: everyone(200) },
  'GET /api/auth/sso/start': { expected: everyone(302) },
  'GET /api/auth/sso/callback': { expected: everyone(302) },
  // Works-council mode: the who-sees-what table and one's own access log for everyone; the settings for admins.
  'GET /api/privacy/who-sees-what': { expected: signedIn(200) },
  'GET /api/me/access-log': { expected: signedIn(200) },
  'GET /api/admin/works-council': { expected: adminOnly(200) },
  'GET /api/admin/activity-figures': { expected: adminOnly(200) },
  'GET /api/admin/processing-description': { expected: adminOnly(200) },
  'PUT /api/admin/retention': { expected: adminOnly(200) },
  'PUT /api/admin/sso': { expected: adminOnly(200) },
  'PUT /api/admin/lrs': { expected: adminOnly(200) },
  'POST /api/admin/scim-tokens': { expected: adminOnly(201) },
  'DELETE /api/admin/scim-tokens/{id}': { expected: adminOnly(200) },
};

describe.each(testDatabases())('route × role matrix ($name)', (kind) => {
  let ctx: TestContext;
  let org: TestOrganisation;
  let actors: Record<Actor, TestClient>;
  let operations: Operation[];

  beforeAll(async () => {
    ctx = await createTestContext(kind, { learningPlatformSecret: TEST_PLATFORM_SECRET });
    org = await createTestOrganisation(ctx);
    actors = await signInActors(ctx, org);
    operations = listOperations(await fetchOpenApiDocument(ctx.app));
  });
  afterAll(() => ctx.close());

  it('has an expectation for every operation in the OpenAPI document, and no other', () => {
    const coverage = tableCoverage(Object.keys(matrix), operations.map((o) => o.key));
    expect(coverage).toEqual({ missingFromTable: [], notInDocument: [] });
  });

  it.each(Object.entries(matrix))('%s', async (key, { expected, fresh }) => {
    const operation = operations.find((o) => o.key === key);
    const buildRequest = validRequests(ctx, org)[key];
    if (!operation || !buildRequest) throw new Error(`${key}: not in the document or no valid request for it`);
    const actual = {} as Statuses;
    for (const actor of ACTORS) {
      const client = fresh ? await freshActor(ctx, org, actor) : actors[actor];
      actual[actor] = (await send(client, operation, await buildRequest())).status;
    }
    expect(actual).toEqual(expected);
  });
});
