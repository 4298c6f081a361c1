import * as z from 'zod/mini';
import { emailSchema, idSchema, identifier } from './common';
import { named } from './registry';

export const SIGNATURE_HEADER = 'x-leerlust-signature';
export const TIMESTAMP_HEADER = 'x-leerlust-timestamp';

/**
 * A completion reported by the organisation's learning platform for a
 * macro-training. Signed: HMAC-SHA256 over `${timestamp}.${body}` with the
 * shared secret, hex, in `x-leerlust-signature: sha256=<hex>`.
 */
export const completionCallbackSchema = named(
  'CompletionCallback',
  z.strictObject({
    externalId: identifier(200),
    email: emailSchema,
    itemId: idSchema,
    completedAt: z.iso.datetime({ offset: true }),
  }),
);
export type CompletionCallback = z.infer<typeof completionCallbackSchema>;

export const completionCallbackResultSchema = named('CompletionCallbackResult', z.object({ status: z.enum(['applied', 'duplicate']) }));
