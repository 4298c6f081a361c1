import * as z from 'zod/mini';
import { named } from './registry';

/** Every error the API returns has this shape, whatever its status. */
export const apiErrorSchema = named(
  'ApiError',
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
    }),
  }),
);
export type ApiError = z.infer<typeof apiErrorSchema>;

export const idSchema = z.uuid();

export const languageSchema = named('Language', z.enum(['nl', 'en']));
export type Language = z.infer<typeof languageSchema>;

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone the runtime knows (e.g. Europe/Amsterdam). */
export const timeZoneSchema = named(
  'TimeZone',
  z.string().check(z.minLength(1), z.maxLength(64), z.refine(isKnownTimeZone, { error: 'Unknown IANA time zone' })),
);

/**
 * No control characters (PostgreSQL cannot store NUL; a line break has no
 * place in a name) and no unpaired surrogate halves, which SQLite and
 * PostgreSQL would each store differently.
 */
export const SINGLE_LINE_TEXT = /^[^\p{Cc}\p{Cs}]*$/u;

/** A trimmed, single-line text of min..max characters. */
export function lineOfText(min: number, max: number, error = 'Text cannot contain control characters') {
  return z.string().check(z.trim(), z.minLength(min), z.maxLength(max), z.regex(SINGLE_LINE_TEXT, { error }));
}

/** An identifier made elsewhere (a question id, a platform's record id): kept exactly as given, no control characters. */
export function identifier(max: number) {
  return z.string().check(z.minLength(1), z.maxLength(max), z.regex(SINGLE_LINE_TEXT, { error: 'An identifier cannot contain control characters' }));
}

/** As SINGLE_LINE_TEXT, but line breaks and tabs are allowed. */
export const MULTI_LINE_TEXT = /^(?:[^\p{Cc}\p{Cs}]|[\t\n\r])*$/u;

/** A trimmed text of min..max characters that may span lines. */
export function blockOfText(min: number, max: number) {
  return z.string().check(
    z.trim(),
    z.minLength(min),
    z.maxLength(max),
    z.regex(MULTI_LINE_TEXT, { error: 'Text cannot contain control characters other than line breaks and tabs' }),
  );
}

/** An http(s) link of at most `max` characters; no control characters, which URL parsing alone lets through. */
export function webUrl(max: number, error = 'Only http(s) links are allowed') {
  return z.url({ protocol: /^https?$/, error }).check(z.maxLength(max), z.regex(SINGLE_LINE_TEXT, { error: 'A link cannot contain control characters' }));
}

export const emailSchema = z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email().check(z.maxLength(254)));

export const okSchema = named('Ok', z.object({ ok: z.literal(true) }));

/** The answer of a route that creates something and says only its id. */
export const createdIdSchema = named('CreatedId', z.object({ id: idSchema }));
