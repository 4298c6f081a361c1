import { HTTPException } from 'hono/http-exception';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from './http/app-env';
import { AppError } from './http/app-error';
import { apiDocsCss, renderApiDocs } from './http/api-docs';
import { mountRoutes } from './http/mount-routes';
import { auditAdminWrite } from './features/audit/audit.middleware';
import { buildOpenApiDocument } from './http/openapi-document';
import './http/validation-messages';
import { csrfProtection } from './http/csrf';
import { closeAfterUnreadBody } from './http/body-size';
import { hsts, securityHeaders } from './http/security-headers';
import { serveClient } from './http/static-client';
import { authRoutes } from './features/auth/auth.routes';
import { sessionMiddleware } from './features/auth/session.middleware';
import { healthRoutes } from './features/health/health.routes';
import { orgRoutes } from './features/org/org.routes';
import { peopleRoutes } from './features/people/people.routes';
import { privacyRoutes } from './features/privacy/privacy.routes';
import { teaserRoutes } from './features/teasers/teasers.routes';
import { completionCallbackRoutes } from './features/learning/completion-callback.routes';
import { learningRoutes } from './features/learning/learning.routes';
import { progressRoutes } from './features/progress/progress.routes';
import { settingsRoutes } from './features/settings/settings.routes';
import { momentRoutes } from './features/moments/moments.routes';
import { pushRoutes } from './features/push/push.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { authoringRoutes } from './features/authoring/authoring.routes';
import { campaignRoutes } from './features/campaigns/campaigns.routes';
import { imageRoutes } from './features/images/images.routes';
import { posterRoutes } from './features/posters/posters.routes';
import { attributionRoutes } from './features/attribution/attribution.routes';
import { targetGroupRoutes } from './features/target-groups/target-groups.routes';
import { channelRoutes } from './features/channels/channels.routes';
import { prizeRoutes } from './features/prizes/prizes.routes';
import { competitionRoutes } from './features/competitions/competitions.routes';
import { awardRoutes } from './features/competitions/awards.routes';
import { leaderboardRoutes } from './features/leaderboards/leaderboards.routes';
import { recognitionRoutes } from './features/recognition/recognition.routes';
import { tryFirstRoutes } from './features/try-first/try-first.routes';
import { strategyRoutes } from './features/strategy/strategy.routes';
import { intakeRoutes } from './features/intake/intake.routes';
import { pathRoutes } from './features/paths/paths.routes';
import { offerRoutes } from './features/offer/offer.routes';
import { storyRoutes } from './features/stories/stories.routes';
import { ideaRoutes } from './features/ideas/ideas.routes';
import { evaluationRoutes } from './features/evaluations/evaluations.routes';
import { teamRoutes } from './features/team/team.routes';
import { journeyRoutes } from './features/journeys/journeys.routes';
import { mailPreferenceRoutes } from './features/mail-preferences/mail-preferences.routes';
import { mailPreferencePages } from './features/mail-preferences/mail-preferences.pages';
import { ssoRoutes } from './features/sso/sso.routes';
import { scimRoutes, SCIM_BASE_PATH } from './features/scim/scim.routes';
import { scimTokenRoutes } from './features/scim/scim-tokens.routes';
import { worksCouncilRoutes } from './features/works-council/works-council.routes';
import { insightsRoutes } from './features/insights/insights.routes';
import type { RouteSpec } from './http/api-route';
import packageJson from '../package.json' with { type: 'json' };

export { API_BODY_LIMIT_BYTES } from './http/body-size';

/**
 * Builds the whole HTTP app from its dependencies, without listening, so
 * tests can call `app.request()` in-process and main.ts can serve it.
 */
export function createApp(deps: AppDeps, options: { clientDir?: string } = {}) {
  const app = new Hono<AppEnv>();
  const publicOrigin = new URL(deps.config.publicUrl).origin;

  // Everything outside /api/ and /scim/ is the PWA; /api/docs is the one page among the API's answers.
  app.use('*', securityHeaders((path) => (!path.startsWith('/api/') && !path.startsWith('/scim/')) || path === '/api/docs'));
  app.use('*', hsts((url, proto) => url.startsWith('https:') || (deps.config.trustProxy && proto === 'https')));
  app.use('/api/*', closeAfterUnreadBody);
  app.use('/scim/*', closeAfterUnreadBody);
  app.use('/api/*', sessionMiddleware(deps));
  app.use('/api/*', csrfProtection(publicOrigin));

  const features = [
    healthRoutes,
    authRoutes,
    peopleRoutes,
    privacyRoutes,
    orgRoutes,
    teaserRoutes,
    learningRoutes,
    progressRoutes,
    settingsRoutes,
    completionCallbackRoutes,
    authoringRoutes,
    campaignRoutes,
    tryFirstRoutes,
    posterRoutes,
    attributionRoutes,
    targetGroupRoutes,
    channelRoutes,
    imageRoutes,
    auditRoutes,
    momentRoutes,
    pushRoutes,
    prizeRoutes,
    competitionRoutes,
    awardRoutes,
    leaderboardRoutes,
    recognitionRoutes,
    strategyRoutes,
    intakeRoutes,
    pathRoutes,
    offerRoutes,
    storyRoutes,
    ideaRoutes,
    evaluationRoutes,
    teamRoutes,
    journeyRoutes,
    mailPreferenceRoutes,
    insightsRoutes,
    ssoRoutes,
    scimTokenRoutes,
    // The who-sees-what table lists which routes read what: it is given all of them.
    (d: AppDeps) => worksCouncilRoutes(d, () => specs),
  ];
  const routes = features.flatMap((feature) => feature(deps).routes);
  const specs: readonly RouteSpec[] = routes.map((route) => route.spec);
  mountRoutes(app, routes, { adminWrite: (spec) => auditAdminWrite(deps, spec) });

  // Built once: the routes do not change while the server runs.
  const document = buildOpenApiDocument(routes, {
    title: 'Leerlust API',
    version: packageJson.version,
    description: 'Market your learning offer to employees.',
  });
  // SCIM provisioning: its own protocol (bearer token, RFC errors, own discovery), outside the session-and-CSRF API.
  app.route(SCIM_BASE_PATH, scimRoutes(deps));

  // The pages behind every bulk mail's unsubscribe and preference links (no session: the token is the permission).
  app.route('/', mailPreferencePages(deps));

  app.get('/api/openapi.json', (c) => c.json(document));
  app.get('/api/docs', (c) => c.html(renderApiDocs(document)));
  app.get('/api/docs.css', (c) => c.body(apiDocsCss, 200, { 'Content-Type': 'text/css; charset=utf-8' }));

  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}` } }, 404));
  app.onError((error, c) => {
    if (error instanceof AppError) return c.json({ error: { code: error.code, message: error.message } }, error.status);
    if (error instanceof HTTPException) {
      const code = error.status === 400 ? 'bad_request' : `http_${error.status}`;
      return c.json({ error: { code, message: error.message || 'Bad request' } }, error.status);
    }
    deps.log.error('unhandled error', { method: c.req.method, path: c.req.path, error: error instanceof Error ? error.stack : String(error) });
    return c.json({ error: { code: 'internal', message: 'Something went wrong on our side' } }, 500);
  });

  if (options.clientDir) serveClient(app, options.clientDir);
  return app;
}

export type LeerlustApp = ReturnType<typeof createApp>;
