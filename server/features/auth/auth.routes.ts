import { createRouter, defineRoute } from '../../http/api-route';
import { magicLinkRequestSchema, sessionSchema, tokenExchangeSchema } from '../../../shared/schemas/auth';
import { okSchema } from '../../../shared/schemas/common';
import type { AppDeps } from '../../http/app-env';
import { clientIp } from '../../http/client-ip';
import { errorResponses, jsonBody, jsonContent } from '../../../shared/contracts/contract';
import { rowToMe } from '../people/people.repository';
import { endAllSessions, endSession, exchangeLoginToken, requestMagicLink } from './auth.service';
import { clearSessionCookies, setSessionCookies } from './session.middleware';
import { currentPerson, currentSession, requireRole } from '../../http/access';

const requestLinkRoute = defineRoute({
  method: 'post',
  path: '/api/auth/magic-link',
  tags: ['Sign-in'],
  summary: 'E-mail a one-time sign-in link',
  description: 'Answers the same whether or not the address is known. Rate-limited per address and per IP.',
  request: { body: jsonBody(magicLinkRequestSchema) },
  responses: {
    202: jsonContent(okSchema, 'If the address is known, a link is on its way'),
    400: errorResponses[400],
    429: errorResponses[429],
  },
});

const exchangeRoute = defineRoute({
  method: 'post',
  path: '/api/auth/session',
  tags: ['Sign-in'],
  summary: 'Trade a magic-link or invite token for a session',
  request: { body: jsonBody(tokenExchangeSchema) },
  responses: { 200: jsonContent(sessionSchema, 'Signed in; cookies set'), 400: errorResponses[400], 429: errorResponses[429] },
});

const currentRoute = defineRoute({
  method: 'get',
  path: '/api/auth/session',
  tags: ['Sign-in'],
  summary: 'The current session',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(sessionSchema, 'Signed in'), 401: errorResponses[401] },
});

const signOutRoute = defineRoute({
  method: 'delete',
  path: '/api/auth/session',
  tags: ['Sign-in'],
  summary: 'Sign out on this device',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(okSchema, 'Signed out'), 401: errorResponses[401], 403: errorResponses[403] },
});

const signOutEverywhereRoute = defineRoute({
  method: 'delete',
  path: '/api/auth/sessions',
  tags: ['Sign-in'],
  summary: 'Sign out on every device',
  middleware: [requireRole()] as const,
  responses: { 200: jsonContent(okSchema, 'Signed out everywhere'), 401: errorResponses[401], 403: errorResponses[403] },
});

export function authRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(requestLinkRoute, async (c) => {
      const { email, via } = c.req.valid('json');
      await requestMagicLink(deps, email, clientIp(c, deps.config.trustProxy), via);
      return c.json({ ok: true as const }, 202);
    })
    .openapi(exchangeRoute, async (c) => {
      const body = c.req.valid('json');
      const { token, session, person } = await exchangeLoginToken(deps, body.token, clientIp(c, deps.config.trustProxy), body.via);
      setSessionCookies(c, token, session, deps.config.publicUrl);
      return c.json({ me: rowToMe(person), csrfToken: session.csrf_token }, 200);
    })
    .openapi(currentRoute, (c) => c.json({ me: rowToMe(currentPerson(c)), csrfToken: currentSession(c).csrf_token }, 200))
    .openapi(signOutRoute, async (c) => {
      await endSession(deps, currentSession(c).token_hash);
      clearSessionCookies(c);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(signOutEverywhereRoute, async (c) => {
      await endAllSessions(deps, currentPerson(c).id);
      clearSessionCookies(c);
      return c.json({ ok: true as const }, 200);
    });
}
