import * as z from 'zod/mini';
import { idSchema, languageSchema } from './common';
import { learningKindSchema, microContentSchema } from './learning';
import { roleSchema } from './people';
import { named } from './registry';

/*
 * What the L&D workspace receives: the answers of the admin routes. Apart
 * from their input checks (authoring.ts, campaigns.ts, server-side), and
 * built only from zod pieces the employee app already uses: the zod code
 * sits in the chunk every first screen loads, so a new zod feature used
 * here would cost every phone bytes.
 */

const targetGroupsAnswer = { departmentIds: z.array(idSchema), teamIds: z.array(idSchema), roles: z.array(roleSchema), languages: z.array(languageSchema), groupIds: z.array(idSchema) };

export const adminTeaserSchema = named(
  'AdminTeaser',
  z.object({
    id: idSchema,
    texts: z.array(z.object({ language: languageSchema, hook: z.string(), callToAction: z.string() })),
    itemId: z.nullable(idSchema),
    publishedAt: z.nullable(z.string()),
    campaignId: z.nullable(idSchema),
    /** Its own target groups; they apply while it is in no campaign. */
    target: z.object(targetGroupsAnswer),
    createdAt: z.string(),
  }),
);
export type AdminTeaser = z.infer<typeof adminTeaserSchema>;
export const adminTeaserListSchema = named('AdminTeaserList', z.object({ teasers: z.array(adminTeaserSchema) }));

export const adminSessionSchema = z.object({
  id: idSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  seats: z.int(),
  registered: z.array(z.object({ personId: idSchema, name: z.string(), registeredAt: z.string() })),
  waiting: z.array(z.object({ personId: idSchema, name: z.string(), registeredAt: z.string() })),
});

export const adminItemSchema = named(
  'AdminItem',
  z.object({
    id: idSchema,
    kind: learningKindSchema,
    durationMinutes: z.int(),
    competencies: z.array(z.string()),
    targetRoles: z.array(roleSchema),
    targetDepartmentIds: z.array(z.string()),
    texts: z.array(z.object({ language: languageSchema, title: z.string(), summary: z.string(), micro: z.nullable(microContentSchema) })),
    macro: z.nullable(z.object({ url: z.string(), parts: z.int() })),
    publishedAt: z.nullable(z.string()),
    updatedAt: z.string(),
    sessions: z.array(adminSessionSchema),
  }),
);
export type AdminItem = z.infer<typeof adminItemSchema>;
export const adminItemListSchema = named('AdminItemList', z.object({ items: z.array(adminItemSchema) }));

export const auditEntrySchema = named(
  'AuditEntry',
  z.object({
    id: idSchema,
    actorId: z.nullable(idSchema),
    actorName: z.nullable(z.string()),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    /** JSON: what changed (names, dates). */
    detail: z.string(),
    at: z.string(),
  }),
);
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditLogSchema = named('AuditLog', z.object({ entries: z.array(auditEntrySchema) }));

export const uploadedImageSchema = named('UploadedImage', z.object({ id: idSchema, url: z.string(), width: z.int(), height: z.int(), bytes: z.int() }));
export type UploadedImage = z.infer<typeof uploadedImageSchema>;

export const posterFiguresSchema = z.object({ scans: z.int(), signUps: z.int(), installs: z.int(), pushOptIns: z.int() });
export type PosterFigures = z.infer<typeof posterFiguresSchema>;

export const posterSchema = named(
  'Poster',
  z.object({
    id: idSchema,
    campaignId: idSchema,
    placement: z.string(),
    code: z.string(),
    /** The short link printed on the poster and encoded in its QR code. */
    url: z.string(),
    figures: posterFiguresSchema,
  }),
);
export type Poster = z.infer<typeof posterSchema>;

export const campaignSchema = named(
  'Campaign',
  z.object({
    id: idSchema,
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    texts: z.array(z.object({ language: languageSchema, headline: z.string(), why: z.string(), forYou: z.string(), expect: z.string() })),
    target: z.object({ ...targetGroupsAnswer, locations: z.array(z.string()) }),
    kickoffAt: z.nullable(z.string()),
    kickoffPlace: z.nullable(z.string()),
    kickoffUrl: z.nullable(z.string()),
    itemIds: z.array(idSchema),
    /** The micro-trainings open to try from the kick-off page before joining. */
    tryItemIds: z.array(idSchema),
    teaserIds: z.array(idSchema),
    posters: z.array(posterSchema),
    /** The sum over the campaign's posters. */
    figures: posterFiguresSchema,
    updatedAt: z.string(),
    /** Null while a draft: its teasers are not shown until it is published. */
    publishedAt: z.nullable(z.string()),
    state: z.enum(['draft', 'scheduled', 'running', 'ended']),
    /** What it still lacks (shared/domain/campaign-state.ts). */
    gaps: z.array(
      z.union([
        z.object({ code: z.literal('no_teaser_in_language'), language: languageSchema }),
        z.object({ code: z.literal('training_draft'), itemId: idSchema }),
        z.object({ code: z.literal('kickoff_without_place') }),
      ]),
    ),
    /** The zone its kick-off moment is entered and shown in. */
    timeZone: z.string(),
  }),
);
export type Campaign = z.infer<typeof campaignSchema>;
export const campaignListSchema = named('CampaignList', z.object({ campaigns: z.array(campaignSchema) }));
