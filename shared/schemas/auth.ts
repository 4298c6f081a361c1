import { z } from 'zod';
import { emailSchema, languageSchema } from './common';
import { meSchema } from './people';

export const magicLinkRequestSchema = z
  .strictObject({ email: emailSchema, language: languageSchema.optional() })
  .meta({ id: 'MagicLinkRequest' });
export type MagicLinkRequest = z.infer<typeof magicLinkRequestSchema>;

/** The one-time token from a magic link or a personal invite link. */
export const tokenExchangeSchema = z
  .strictObject({ token: z.string().min(20).max(200) })
  .meta({ id: 'TokenExchange' });

export const sessionSchema = z
  .object({ me: meSchema, csrfToken: z.string() })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;
