import * as z from 'zod/mini';
import { lineOfText, webUrl } from './common';
import { roleSchema } from './people';
import { named } from './registry';

/*
 * Works-council mode: who sees what, how long it is kept, who looked, and
 * the connections to the organisation's identity provider and learning
 * record store that the data-processing description names.
 */

const localized = z.object({ nl: z.string(), en: z.string() });

const days = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/**
 * Retention periods in days. Learning events keep at least 90 days: the
 * funnel's monthly figures are folded in once a month is past and no phone
 * can still send its activity, which needs that month and the one before.
 * People who left are erased no sooner than 62 days after (a month to end
 * and the 30 days of late activity), so their months are folded first.
 */
export const retentionSettingsSchema = named(
  'RetentionSettings',
  z.strictObject({
    learningEvents: days(90, 3650),
    signInRecords: days(1, 365),
    notifications: days(7, 3650),
    accessLog: days(30, 3650),
    auditLog: days(90, 3650),
    xapiSent: days(1, 365),
    departedPeople: days(62, 3650),
    /** Evaluation answers (stored without who gave them), counted from the day they were given. */
    evaluationAnswers: days(30, 3650),
  }),
);
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;
export type RetentionKind = keyof RetentionSettings;

const audienceAccess = z.object({ access: z.enum(['yes', 'no', 'conditional']), condition: z.nullable(localized) });

export const whoSeesWhatSchema = named(
  'WhoSeesWhat',
  z.object({
    kinds: z.array(
      z.object({
        id: z.string(),
        label: localized,
        data: localized,
        person: audienceAccess,
        colleagues: audienceAccess,
        managers: audienceAccess,
        admins: audienceAccess,
        retention: z.object({ days: z.nullable(z.int()), text: localized }),
        routes: z.array(z.object({ method: z.string(), path: z.string(), roles: z.nullable(z.array(roleSchema)) })),
      }),
    ),
  }),
);
export type WhoSeesWhat = z.infer<typeof whoSeesWhatSchema>;

export const accessLogSchema = named(
  'AccessLog',
  z.object({ entries: z.array(z.object({ viewerName: z.string(), viewerRole: roleSchema, view: z.string(), at: z.string() })) }),
);
export type AccessLog = z.infer<typeof accessLogSchema>;

export const monthFiguresSchema = z.object({
  month: z.string(),
  joined: z.int(),
  active: z.int(),
  retained: z.int(),
  completions: z.int(),
  answers: z.int(),
  /** Kept as counts only: the records behind it may be purged. */
  folded: z.boolean(),
});

export const activityFiguresSchema = named('ActivityFigures', z.object({ months: z.array(monthFiguresSchema) }));
export type ActivityFigures = z.infer<typeof activityFiguresSchema>;

export const unknownPeopleSchema = z.enum(['refuse', 'create']);

/** The identity provider, as an admin sets it; the client secret is write-only. */
export const ssoSettingsSchema = named(
  'SsoSettings',
  z.object({
    enabled: z.boolean(),
    issuer: z.string(),
    clientId: z.string(),
    hasClientSecret: z.boolean(),
    buttonLabel: z.string(),
    unknownPeople: unknownPeopleSchema,
    magicLinks: z.boolean(),
    /** Set by environment variables, so not editable here. */
    fromEnvironment: z.boolean(),
    redirectUri: z.string(),
  }),
);
export type SsoSettings = z.infer<typeof ssoSettingsSchema>;

export const updateSsoSettingsSchema = named(
  'UpdateSsoSettings',
  z.strictObject({
    enabled: z.boolean(),
    issuer: webUrl(500, 'The issuer is an https:// address (http:// only on this machine)'),
    clientId: lineOfText(1, 200),
    /** Left out: keep the one stored. */
    clientSecret: z.optional(lineOfText(1, 500)),
    buttonLabel: lineOfText(1, 60),
    unknownPeople: unknownPeopleSchema,
    magicLinks: z.boolean(),
  }),
);
export type UpdateSsoSettings = z.infer<typeof updateSsoSettingsSchema>;

/** What the sign-in screen needs to know before anyone signs in. */
export const signInOptionsSchema = named('SignInOptions', z.object({ sso: z.nullable(z.object({ label: z.string() })), magicLinks: z.boolean() }));
export type SignInOptions = z.infer<typeof signInOptionsSchema>;

export const lrsSettingsSchema = named(
  'LrsSettings',
  z.object({ enabled: z.boolean(), endpoint: z.string(), username: z.string(), hasPassword: z.boolean(), includeEmail: z.boolean(), fromEnvironment: z.boolean() }),
);
export type LrsSettings = z.infer<typeof lrsSettingsSchema>;

export const updateLrsSettingsSchema = named(
  'UpdateLrsSettings',
  z.strictObject({
    enabled: z.boolean(),
    endpoint: webUrl(500),
    username: lineOfText(0, 200),
    password: z.optional(lineOfText(1, 500)),
    /** Send the person's e-mail as the actor instead of an opaque id: only when the organisation decided so. */
    includeEmail: z.boolean(),
  }),
);
export type UpdateLrsSettings = z.infer<typeof updateLrsSettingsSchema>;

export const scimTokenInfoSchema = z.object({ id: z.string(), label: z.string(), createdAt: z.string(), lastUsedAt: z.nullable(z.string()), revokedAt: z.nullable(z.string()) });
export type ScimTokenInfo = z.infer<typeof scimTokenInfoSchema>;
export const mintScimTokenSchema = named('MintScimToken', z.strictObject({ label: lineOfText(1, 80) }));
export const mintedScimTokenSchema = named('MintedScimToken', z.object({ ...scimTokenInfoSchema.shape, token: z.string(), scimUrl: z.string() }));

export const purgeRunSchema = z.object({ at: z.string(), deleted: z.record(z.string(), z.int()), foldedMonths: z.array(z.string()) });
export type PurgeRun = z.infer<typeof purgeRunSchema>;

/** The works-council page of the workspace: retention, connections and the last purges. */
export const worksCouncilOverviewSchema = named(
  'WorksCouncilOverview',
  z.object({
    retention: retentionSettingsSchema,
    sso: ssoSettingsSchema,
    lrs: lrsSettingsSchema,
    scimUrl: z.string(),
    scimTokens: z.array(scimTokenInfoSchema),
    purges: z.array(purgeRunSchema),
    subProcessors: z.array(z.object({ name: z.string(), purpose: localized, configured: z.boolean() })),
  }),
);
export type WorksCouncilOverview = z.infer<typeof worksCouncilOverviewSchema>;

export const processingDescriptionQuerySchema = z.object({ format: z._default(z.enum(['md', 'pdf']), 'md'), language: z._default(z.enum(['nl', 'en']), 'nl') });
