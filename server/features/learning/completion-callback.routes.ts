import { createRouter, defineRoute } from '../../http/api-route';
import {
  completionCallbackResultSchema,
  completionCallbackSchema,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '../../../shared/schemas/integrations';
import { apiErrorSchema } from '../../../shared/schemas/common';
import type { AppDeps } from '../../http/app-env';
import { AppError } from '../../http/app-error';
import { errorResponses, jsonContent } from '../../../shared/contracts/contract';
import { applyPlatformCompletion, verifySignature } from './completion-callback';

const callbackRoute = defineRoute({
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

export function completionCallbackRoutes(deps: AppDeps) {
  return createRouter().openapi(callbackRoute, async (c) => {
    const secret = deps.config.learningPlatformSecret;
    if (!secret) throw new AppError(503, 'callbacks_disabled', 'Set LEARNING_PLATFORM_SECRET to accept completion callbacks');
    // The signature covers the exact bytes sent, so read them before parsing.
    const raw = await c.req.text();
    const now = deps.clock();
    verifySignature(secret, raw, c.req.header(TIMESTAMP_HEADER), c.req.header(SIGNATURE_HEADER), now);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new AppError(400, 'bad_request', 'Malformed JSON in request body');
    }
    const parsed = completionCallbackSchema.safeParse(json);
    if (!parsed.success) throw new AppError(400, 'validation_failed', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return c.json({ status: await applyPlatformCompletion(deps.db, parsed.data, now) }, 200);
  });
}
