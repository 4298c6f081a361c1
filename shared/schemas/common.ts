import { z } from 'zod';

/** Every error the API returns has this shape, whatever its status. */
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof apiErrorSchema>;

export const idSchema = z.uuid();

export const languageSchema = z.enum(['nl', 'en']).meta({ id: 'Language' });
export type Language = z.infer<typeof languageSchema>;

/** An IANA time zone the runtime knows (e.g. Europe/Amsterdam). */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isKnownTimeZone, { message: 'Unknown IANA time zone' })
  .meta({ id: 'TimeZone', example: 'Europe/Amsterdam' });

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * No control characters (PostgreSQL cannot store NUL; a line break has no
 * place in a name) and no unpaired surrogate halves, which SQLite and
 * PostgreSQL would each store differently.
 */
export const SINGLE_LINE_TEXT = /^[^\p{Cc}\p{Cs}]*$/u;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email().max(254));

export const okSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });

export const isoDateTimeSchema = z.iso.datetime();
