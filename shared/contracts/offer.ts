import { myOfferSchema } from '../schemas/offer';
import { defineContract, errorResponses, jsonContent } from './contract';

export const myOfferContract = defineContract({
  method: 'get',
  path: '/api/me/offer',
  tags: ['Learning paths'],
  summary: 'Your learning offer to keep offline: every training you may follow (both languages), your paths, and the order that fits your motivation',
  responses: { 200: jsonContent(myOfferSchema, 'Your offer'), 401: errorResponses[401] },
});
