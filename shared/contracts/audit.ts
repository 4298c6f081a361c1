import * as z from 'zod/mini';
import { auditLogSchema } from '../schemas/authoring';
import { identifier } from '../schemas/common';
import { defineContract, jsonContent } from './contract';

export const auditLogContract = defineContract({
  method: 'get',
  path: '/api/admin/audit',
  tags: ['Admin'],
  summary: 'Who changed what, when (newest first)',
  request: { query: z.object({ entityId: z.optional(identifier(100)) }) },
  responses: { 200: jsonContent(auditLogSchema, 'Audit entries') },
});
