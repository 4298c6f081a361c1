import { feedSchema } from '../schemas/teasers';
import { defineContract, jsonContent } from './contract';

export const feedContract = defineContract({
  method: 'get',
  path: '/api/feed',
  tags: ['Feed'],
  summary: 'Your personal feed of teasers',
  responses: { 200: jsonContent(feedSchema, 'Teasers, newest first') },
});
