import { organisationLanguageSchema } from '../schemas/sign-up';
import { defineContract, jsonContent } from './contract';

// A module of its own: only a phone in a language Leerlust does not speak asks it, after a dynamic import.
export const organisationLanguageContract = defineContract({
  method: 'get',
  path: '/api/organisation/language',
  tags: ['Sign-in'],
  summary: "The organisation's default language, for a phone in a language Leerlust does not speak (public, nothing personal)",
  responses: { 200: jsonContent(organisationLanguageSchema, 'The default language') },
});
