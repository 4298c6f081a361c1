import * as z from 'zod/mini';
import { targetGroupsSchema } from './audience';
import { blockOfText, idSchema, languageSchema, lineOfText } from './common';
import { learningKindSchema, microContentSchema, safeUrlSchema } from './learning';
import { roleSchema } from './people';
import { documentRule, named } from './registry';
import { hookSchema } from './teasers';

export { adminItemListSchema, adminItemSchema, adminTeaserListSchema, adminTeaserSchema, auditEntrySchema, auditLogSchema, uploadedImageSchema } from './workspace';
export type { AdminItem, AdminTeaser, AuditEntry, UploadedImage } from './workspace';

/*
 * What the L&D workspace sends and receives. Every text exists per language
 * (Dutch and/or English); an unknown language is refused by languageSchema.
 */

/** An ISO-8601 moment with a zone (Z or ±hh:mm); null means draft, a future moment means scheduled. */
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
export const isoMomentSchema = documentRule(
  z.string().check(
    z.maxLength(40),
    z.refine((s) => ISO_MOMENT.test(s) && !Number.isNaN(Date.parse(s)), {
      error: 'Use an ISO-8601 date and time with a zone, e.g. 2026-05-01T09:00:00Z',
    }),
  ),
  () => ({ pattern: ISO_MOMENT.source }),
);
export const publishedAtSchema = z.nullable(isoMomentSchema);

/** Texts in one or two languages, each language at most once: a second Dutch text would be ambiguous. */
export function perLanguage<T extends z.ZodMiniType<{ language: string }>>(schema: T) {
  // Refinements, not length checks: zod runs length checks on anything with a length (a string
  // sent instead of a list), which would report a second issue for one wrong field.
  const texts = z.array(schema).check(
    z.refine((texts) => texts.length >= 1 && texts.length <= 2, { error: 'Write it in one or two languages' }),
    z.refine((texts) => new Set(texts.map((t) => t.language)).size === texts.length, { error: 'Each language at most once' }),
  );
  // Two texts in one language: JSON Schema cannot compare one field of the items, the description says it.
  return documentRule(texts, () => ({ minItems: 1, maxItems: 2, description: 'One or two languages, each at most once' }));
}

export const teaserTextInputSchema = z.strictObject({ language: languageSchema, hook: hookSchema, callToAction: lineOfText(1, 60) });

export const teaserInputSchema = named(
  'TeaserInput',
  z.strictObject({
    texts: perLanguage(teaserTextInputSchema),
    itemId: z.optional(z.nullable(idSchema)),
    publishedAt: z.optional(publishedAtSchema),
    /** Who it reaches outside a campaign (in a campaign, the campaign's target groups decide). */
    target: z.optional(targetGroupsSchema),
  }),
);
export type TeaserInput = z.infer<typeof teaserInputSchema>;
export const teaserPatchSchema = named('TeaserPatch', z.partial(teaserInputSchema));
export type TeaserPatch = z.infer<typeof teaserPatchSchema>;

export const itemTextInputSchema = z.strictObject({
  language: languageSchema,
  title: lineOfText(1, 120),
  summary: blockOfText(1, 500),
  micro: z.optional(z.nullable(microContentSchema)),
});

export const itemInputSchema = named(
  'ItemInput',
  z
    .strictObject({
      kind: learningKindSchema,
      durationMinutes: z.int().check(z.minimum(1), z.maximum(600)),
      competencies: z._default(z.array(lineOfText(1, 60)).check(z.maxLength(10)), []),
      targetRoles: z._default(z.array(roleSchema), []),
      targetDepartmentIds: z._default(z.array(idSchema), []),
      texts: perLanguage(itemTextInputSchema),
      macro: z.optional(z.nullable(z.strictObject({ url: safeUrlSchema, parts: z.int().check(z.minimum(1), z.maximum(50)) }))),
      publishedAt: z.optional(publishedAtSchema),
    })
    .check(
      z.refine((i) => i.kind !== 'macro' || Boolean(i.macro), { error: 'A macro-training needs its URL and number of parts', path: ['macro'] }),
      z.refine((i) => i.kind !== 'micro' || i.texts.every((t) => t.micro), { error: 'A micro-training needs cards in every language', path: ['texts'] }),
    ),
);
export type ItemInput = z.infer<typeof itemInputSchema>;

export const sessionInputSchema = named(
  'SessionInput',
  z
    .strictObject({ startsAt: isoMomentSchema, endsAt: isoMomentSchema, place: lineOfText(1, 200), seats: z.int().check(z.minimum(1), z.maximum(1000)) })
    .check(z.refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), { error: 'A session ends after it starts', path: ['endsAt'] })),
);
export type SessionInput = z.infer<typeof sessionInputSchema>;

/** An upload: the file's bytes in base64 (JSON like every other request). At most 5 MB once decoded. */
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const imageUploadSchema = named('ImageUpload', z.strictObject({ data: z.base64() }));
