import * as z from 'zod/mini';
import { identifier } from '../schemas/common';
import { defineContract } from './contract';

/*
 * The two legs of single sign-on the browser navigates through: their
 * answers are redirects, not data, so the app never calls them (it links to
 * the first) and its build keeps them out.
 */

export const startSsoContract = defineContract({
  method: 'get',
  path: '/api/auth/sso/start',
  tags: ['Auth'],
  summary: 'Go to the organisation’s identity provider to sign in (OpenID Connect, authorization code with PKCE)',
  request: { query: z.object({ via: z.optional(identifier(40)) }) },
  responses: { 302: { description: 'To the identity provider; or to the sign-in page with the reason when single sign-on is off or the provider cannot be reached' } },
});

export const ssoCallbackContract = defineContract({
  method: 'get',
  path: '/api/auth/sso/callback',
  tags: ['Auth'],
  summary: 'Where the identity provider sends people back: the code is traded for verified ID-token claims and a session',
  description: 'state, nonce and the PKCE verifier are checked against the flow this server started (once); the ID token’s signature, issuer, audience and expiry are verified.',
  request: {
    query: z.looseObject({
      state: z.optional(identifier(200)),
      code: z.optional(identifier(4000)),
      error: z.optional(identifier(200)),
    }),
  },
  responses: { 302: { description: 'Signed in: to the home screen. Refused: to the sign-in page, which says why' } },
});
