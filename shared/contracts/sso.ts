import { signInOptionsSchema } from '../schemas/works-council';
import { defineContract, jsonContent } from './contract';

export const signInOptionsContract = defineContract({
  method: 'get',
  path: '/api/auth/options',
  tags: ['Auth'],
  summary: 'How people sign in here: the organisation’s sign-in service (single sign-on) and/or magic links',
  responses: { 200: jsonContent(signInOptionsSchema, 'Sign-in options') },
});
