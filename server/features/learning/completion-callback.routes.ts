import { createRouter, defineRoute } from '../../http/api-route';
import type { AppDeps } from '../../http/app-env';
import { AppError } from '../../http/app-error';
import { completionCallbackContract } from '../../../shared/contracts/integrations';
import { completionCallbackSchema, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../../shared/schemas/integrations';
import { applyPlatformCompletion, verifySignature } from './completion-callback';

const callbackRoute = defineRoute(completionCallbackContract);

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
    return c.json({ status: await applyPlatformCompletion(deps.db, deps.hooks, parsed.data, now) }, 200);
  });
}
