import * as z from 'zod/mini';
import { emailSchema, languageSchema } from './common';
import { meSchema } from './people';
import { named } from './registry';
import { shortCodeSchema } from './short-code';

export const magicLinkRequestSchema = named(
  'MagicLinkRequest',
  z.strictObject({
    email: emailSchema,
    language: z.optional(languageSchema),
    /** The code of the source (poster, channel link, story, journey step) the person came through; it rides along in the link for first-touch attribution. */
    via: z.optional(shortCodeSchema),
  }),
);
export type MagicLinkRequest = z.infer<typeof magicLinkRequestSchema>;

/** The one-time token from a magic link or a personal invite link. */
export const tokenExchangeSchema = named(
  'TokenExchange',
  z.strictObject({
    token: z.string().check(z.minLength(20), z.maxLength(200)),
    via: z.optional(shortCodeSchema),
    /** The language the person saw before signing in: at their first sign-in it becomes theirs. */
    language: z.optional(languageSchema),
  }),
);

export const sessionSchema = named('Session', z.object({ me: meSchema, csrfToken: z.string() }));
export type Session = z.infer<typeof sessionSchema>;
