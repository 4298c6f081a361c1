import type * as z from 'zod/mini';

/** A JSON column read with its schema: a damaged or outdated value is the fallback, never an exception mid-request. */
export function parseJson<T>(json: string, schema: z.ZodMiniType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
