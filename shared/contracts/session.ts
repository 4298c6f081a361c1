import { sessionSchema } from '../schemas/auth';
import { organisationLanguageSchema } from '../schemas/sign-up';
import { defineContract, jsonContent } from './contract';

// Apart from the sign-in contracts (auth.ts): the app asks for these on its start,
// and a bundler splits by module, so this module holds nothing the first screen does not call.
export const getSessionContract = defineContract({
  method: 'get',
  path: '/api/auth/session',
  tags: ['Sign-in'],
  summary: 'The current session',
  responses: { 200: jsonContent(sessionSchema, 'Signed in') },
});

export const organisationLanguageContract = defineContract({
  method: 'get',
  path: '/api/organisation/language',
  tags: ['Sign-in'],
  summary: "The organisation's default language, for a phone in a language Leerlust does not speak (public, nothing personal)",
  responses: { 200: jsonContent(organisationLanguageSchema, 'The default language') },
});
