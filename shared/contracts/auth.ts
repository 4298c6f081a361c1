import { magicLinkRequestSchema, sessionSchema, tokenExchangeSchema } from '../schemas/auth';
import { okSchema } from '../schemas/common';
import { defineContract, errorResponses, jsonBody, jsonContent } from './contract';

export const requestMagicLinkContract = defineContract({
  method: 'post',
  path: '/api/auth/magic-link',
  tags: ['Sign-in'],
  summary: 'E-mail a one-time sign-in link',
  description: 'Answers the same whether or not the address is known. Rate-limited per address and per IP.',
  request: { body: jsonBody(magicLinkRequestSchema) },
  responses: {
    202: jsonContent(okSchema, 'If the address is known, a link is on its way'),
    429: errorResponses[429],
  },
});

export const exchangeTokenContract = defineContract({
  method: 'post',
  path: '/api/auth/session',
  tags: ['Sign-in'],
  summary: 'Trade a magic-link or invite token for a session',
  request: { body: jsonBody(tokenExchangeSchema) },
  responses: { 200: jsonContent(sessionSchema, 'Signed in; cookies set'), 429: errorResponses[429] },
});

export const signOutContract = defineContract({
  method: 'delete',
  path: '/api/auth/session',
  tags: ['Sign-in'],
  summary: 'Sign out on this device',
  responses: { 200: jsonContent(okSchema, 'Signed out') },
});

export const signOutEverywhereContract = defineContract({
  method: 'delete',
  path: '/api/auth/sessions',
  tags: ['Sign-in'],
  summary: 'Sign out on every device',
  responses: { 200: jsonContent(okSchema, 'Signed out everywhere') },
});
