import * as z from 'zod/mini';
import { idSchema, languageSchema } from './common';
import { motivationSchema } from './intake';
import { learningKindSchema } from './learning-summary';
import { myPathSchema } from './paths';
import { wiifmMessageSchema } from './strategy';
import { named } from './registry';

/*
 * A person's learning offer as the app keeps it offline: every published
 * training they may follow (in both languages, so search finds it by either),
 * their paths, and the order the recommendation rules give it for their
 * motivation.
 */

export const catalogueEntrySchema = z.object({
  id: idSchema,
  kind: learningKindSchema,
  durationMinutes: z.int(),
  competencies: z.array(z.string()),
  texts: z.array(z.object({ language: languageSchema, title: z.string(), summary: z.string() })),
  publishedAt: z.string(),
  /** Changes with the content, so the offline copy of the training knows when to refresh. */
  updatedAt: z.string(),
  /** Meant for the person's role in particular (not for everyone). */
  forRole: z.boolean(),
  done: z.boolean(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const myOfferSchema = named('MyOffer', z.object({
  motivation: z.nullable(motivationSchema),
  goalCompetencies: z.array(z.string()),
  wiifm: z.array(wiifmMessageSchema),
  items: z.array(catalogueEntrySchema),
  paths: z.array(myPathSchema),
  /** Item ids, best first, as shared/domain/recommendations.ts orders them. */
  recommended: z.array(idSchema),
}));
export type MyOffer = z.infer<typeof myOfferSchema>;
