import { z } from 'zod';
import { emailSchema, idSchema } from './common';

export const SIGNATURE_HEADER = 'x-leerlust-signature';
export const TIMESTAMP_HEADER = 'x-leerlust-timestamp';

/**
 * A completion reported by the organisation's learning platform for a
 * macro-training. Signed: HMAC-SHA256 over `${timestamp}.${body}` with the
 * shared secret, hex, in `x-leerlust-signature: sha256=<hex>`.
 */
export const completionCallbackSchema = z
  .strictObject({
    externalId: z.string().min(1).max(200),
    email: emailSchema,
    itemId: idSchema,
    completedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'CompletionCallback' });
export type CompletionCallback = z.infer<typeof completionCallbackSchema>;

export const completionCallbackResultSchema = z
  .object({ status: z.enum(['applied', 'duplicate']) })
  .meta({ id: 'CompletionCallbackResult' });
