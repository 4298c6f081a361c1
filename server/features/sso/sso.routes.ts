import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isSecureContextUrl, setSessionCookies } from '../../http/session-cookies';
import { signInOptionsContract } from '../../../shared/contracts/sso';
import { ssoCallbackContract, startSsoContract } from '../../../shared/contracts/sso-redirects';
import { authPolicy } from '../auth/auth.policy';
import { loadSso, magicLinksAllowed, ssoRedirectUri } from '../settings/sso-settings';
import { finishSso, SsoRefused, startSso } from './sso.service';

const optionsRoute = defineRoute(signInOptionsContract);
const startRoute = defineRoute(startSsoContract);
const callbackRoute = defineRoute(ssoCallbackContract);

/** The flow's state in the browser that started it, for the callback only (see finishSso). */
const FLOW_COOKIE = 'leerlust_sso_flow';
const FLOW_COOKIE_PATH = '/api/auth/sso';

/** A refusal lands on the sign-in page, which says in the person's language what happened and offers to try again. */
const refusedUrl = (reason: string) => `/signin?sso=${encodeURIComponent(reason)}`;

export function ssoRoutes(deps: AppDeps) {
  return createRouter()
    .openapi(optionsRoute, async (c) => {
      const sso = await loadSso(deps.db, deps.config);
      return c.json({ sso: sso.enabled ? { label: sso.buttonLabel } : null, magicLinks: magicLinksAllowed(sso) }, 200);
    })
    .openapi(startRoute, async (c) => {
      try {
        const { url, state } = await startSso(deps, c.req.valid('query').via);
        // Lax: sent along when the provider sends the browser back (a top-level GET), never from another site's form.
        setCookie(c, FLOW_COOKIE, state, { httpOnly: true, sameSite: 'Lax', secure: isSecureContextUrl(deps.config.publicUrl), path: FLOW_COOKIE_PATH, maxAge: 600 });
        return c.redirect(url.href, 302);
      } catch (error) {
        if (error instanceof SsoRefused) return c.redirect(refusedUrl(error.reason), 302);
        throw error;
      }
    })
    .openapi(callbackRoute, async (c) => {
      // The address the provider was told to return to, with what it added: openid-client checks the two match.
      const callbackUrl = new URL(ssoRedirectUri(deps.config.publicUrl));
      callbackUrl.search = new URL(c.req.url).search;
      const browserState = getCookie(c, FLOW_COOKIE);
      deleteCookie(c, FLOW_COOKIE, { path: FLOW_COOKIE_PATH });
      try {
        const { token, session } = await finishSso(deps, callbackUrl, browserState);
        setSessionCookies(c, { token, csrfToken: session.csrf_token, maxAgeMs: authPolicy.sessionTtlMs }, deps.config.publicUrl);
        return c.redirect('/', 302);
      } catch (error) {
        if (error instanceof SsoRefused) return c.redirect(refusedUrl(error.reason), 302);
        throw error;
      }
    });
}
