import { apiErrorSchema } from '../schemas/common';
import { completionCallbackResultSchema } from '../schemas/integrations';
import { defineContract, errorResponses, jsonContent } from './contract';

/** Called by the learning platform, not the app: the body is read raw, because the signature covers its exact bytes. */
export const completionCallbackContract = defineContract({
  method: 'post',
  path: '/api/integrations/completions',
  tags: ['Integrations'],
  summary: 'The learning platform reports a completed macro-training (signed with the shared secret)',
  description: 'HMAC-SHA256 over `${timestamp}.${body}` in `x-leerlust-signature: sha256=<hex>`, with `x-leerlust-timestamp` (Unix seconds).',
  responses: {
    200: jsonContent(completionCallbackResultSchema, 'Recorded (or already recorded)'),
    400: errorResponses[400],
    401: errorResponses[401],
    404: errorResponses[404],
    422: errorResponses[422],
    503: jsonContent(apiErrorSchema, 'Callbacks are not configured (no LEARNING_PLATFORM_SECRET)'),
  },
});
