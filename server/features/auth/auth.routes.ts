import QRCode from 'qrcode';
import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { clientIp } from '../../http/client-ip';
import { currentPerson, currentSession, requireRole } from '../../http/access';
import { clearSessionCookies, setSessionCookies } from '../../http/session-cookies';
import {
  exchangeTokenContract,
  requestMagicLinkContract,
  signOutContract,
  signOutEverywhereContract,
} from '../../../shared/contracts/auth';
import { getSessionContract } from '../../../shared/contracts/session';
import { invitePersonContract } from '../../../shared/contracts/people';
import { rowToMe } from '../people/people.repository';
import { createAuditedInvite, endAllSessions, endSession, exchangeLoginToken, requestMagicLink } from './auth.service';
import { authPolicy } from './auth.policy';

const signedIn = [requireRole()] as const;

const requestLinkRoute = defineRoute(requestMagicLinkContract);
const exchangeRoute = defineRoute(exchangeTokenContract);
const currentRoute = defineRoute({ ...getSessionContract, middleware: signedIn });
const signOutRoute = defineRoute({ ...signOutContract, middleware: signedIn });
const signOutEverywhereRoute = defineRoute({ ...signOutEverywhereContract, middleware: signedIn });
// An invite is a sign-in token handed out by an admin, for people without a mailbox.
const inviteRoute = defineRoute({ ...invitePersonContract, middleware: [requireRole('admin')] as const });

export function authRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(requestLinkRoute, async (c) => {
      const { email, via, language } = c.req.valid('json');
      await requestMagicLink(deps, email, clientIp(c, deps.config.trustProxy), via, language);
      return c.json({ ok: true as const }, 202);
    })
    .openapi(exchangeRoute, async (c) => {
      const body = c.req.valid('json');
      const { token, session, person } = await exchangeLoginToken(deps, body.token, clientIp(c, deps.config.trustProxy), body.via, body.language);
      setSessionCookies(c, { token, csrfToken: session.csrf_token, maxAgeMs: authPolicy.sessionTtlMs }, deps.config.publicUrl);
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
    })
    .openapi(inviteRoute, async (c) => {
      const invite = await createAuditedInvite(deps, currentPerson(c).id, c.req.valid('param').id);
      const qrSvg = await QRCode.toString(invite.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
      return c.json({ ...invite, qrSvg }, 201);
    });
}
