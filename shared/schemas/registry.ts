import * as z from 'zod/mini';

/*
 * The API's contracts are written with zod/mini: the same schemas validate
 * requests on the server, describe the OpenAPI document and parse answers in
 * the app, and the mini build keeps what a phone downloads small (the classic
 * build would cost ~25 KB gzip of the 60 KB budget).
 */

/** Named contracts: each becomes a component of the OpenAPI document. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

/**
 * Registers a schema under a name for the OpenAPI document and returns it.
 *
 * @example export const okSchema = named('Ok', z.object({ ok: z.literal(true) }));
 */
// Registering only matters for the server's OpenAPI document: marked free of side
// effects so that the app's bundler drops the contracts a screen does not use.
/* @__NO_SIDE_EFFECTS__ */
export function named<S extends z.ZodMiniType>(id: string, schema: S, description?: string): S {
  apiSchemas.add(schema, description ? { id, description } : { id });
  return schema;
}

/**
 * What a refinement enforces, as JSON Schema keywords for the OpenAPI
 * document: a refinement is code, which JSON Schema cannot carry, so a
 * client reading the document would otherwise send bodies that look valid
 * and get a 400. The keywords come from a function, so the app (which never
 * builds the document) never computes them.
 */
export const documentedRules = z.registry<{ keywords: () => Record<string, unknown> }>();

/**
 * Attaches JSON Schema keywords to a schema for the OpenAPI document and returns it.
 *
 * @example const weekdays = documentRule(z.array(z.int()).check(z.refine(unique)), () => ({ minItems: 1, uniqueItems: true }));
 */
/* @__NO_SIDE_EFFECTS__ */
export function documentRule<S extends z.ZodMiniType>(schema: S, keywords: () => Record<string, unknown>): S {
  documentedRules.add(schema, { keywords });
  return schema;
}
