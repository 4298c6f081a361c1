import { personalDataExportSchema } from '../schemas/privacy';
import { defineContract, jsonContent } from './contract';

export const exportMyDataContract = defineContract({
  method: 'get',
  path: '/api/me/export',
  tags: ['Me'],
  summary: 'Download everything Leerlust holds about you (JSON)',
  responses: { 200: jsonContent(personalDataExportSchema, 'Your data') },
});
