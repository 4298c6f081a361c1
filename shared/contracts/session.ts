import { sessionSchema } from '../schemas/auth';
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
