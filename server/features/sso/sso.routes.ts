import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { setSessionCookies } from '../../http/session-cookies';
import { signInOptionsContract } from '../../../shared/contracts/sso';
import { ssoCallbackContract, startSsoContract } from '../../../shared/contracts/sso-redirects';
import { authPolicy } from '../auth/auth.policy';
import { loadSso, magicLinksAllowed, ssoRedirectUri } from '../settings/sso-settings';
import { finishSso, SsoRefused, startSso } from './sso.service';

const optionsRoute = defineRoute(signInOptionsContract);
const startRoute = defineRoute(startSsoContract);
const callbackRoute = defineRoute(ssoCallbackContract);

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
        return c.redirect((await startSso(deps, c.req.valid('query').via)).href, 302);
      } catch (error) {
        if (error instanceof SsoRefused) return c.redirect(refusedUrl(error.reason), 302);
        throw error;
      }
    })
    .openapi(callbackRoute, async (c) => {
      // The address the provider was told to return to, with what it added: openid-client checks the two match.
      const callbackUrl = new URL(ssoRedirectUri(deps.config.publicUrl));
      callbackUrl.search = new URL(c.req.url).search;
      try {
        const { token, session } = await finishSso(deps, callbackUrl);
        setSessionCookies(c, { token, csrfToken: session.csrf_token, maxAgeMs: authPolicy.sessionTtlMs }, deps.config.publicUrl);
        return c.redirect('/', 302);
      } catch (error) {
        if (error instanceof SsoRefused) return c.redirect(refusedUrl(error.reason), 302);
        throw error;
      }
    });
}
