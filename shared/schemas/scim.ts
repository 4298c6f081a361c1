import * as z from 'zod/mini';
import { identifier, lineOfText } from './common';
import { named } from './registry';

/*
 * SCIM 2.0 (RFC 7643/7644) as identity providers send it. Entra ID and Okta
 * send more than Leerlust keeps (phone numbers, titles, roles): objects are
 * loose, so those pass and are ignored; what Leerlust keeps is checked.
 */

export const SCIM_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const SCIM_GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const SCIM_PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const SCIM_LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

const scimText = lineOfText(1, 254, 'SCIM values cannot contain control characters');
const optionalText = z.optional(z.nullable(lineOfText(0, 254)));

/** Entra ID sends booleans as "True"/"False" unless told otherwise; both mean the same. */
export const scimBoolean = z.pipe(
  z.union([z.boolean(), z.enum(['True', 'False', 'true', 'false'])]),
  z.transform((value) => value === true || value === 'True' || value === 'true'),
);

export const scimUserSchema = named(
  'ScimUser',
  z.looseObject({
    schemas: z.optional(z.array(z.string())),
    userName: scimText,
    externalId: optionalText,
    displayName: optionalText,
    name: z.optional(z.looseObject({ formatted: optionalText, givenName: optionalText, familyName: optionalText })),
    emails: z.optional(z.array(z.looseObject({ value: z.string().check(z.maxLength(254)), type: z.optional(z.string()), primary: z.optional(scimBoolean) }))),
    active: z.optional(scimBoolean),
    preferredLanguage: optionalText,
    locale: optionalText,
    timezone: optionalText,
    [SCIM_ENTERPRISE_SCHEMA]: z.optional(
      z.looseObject({ department: optionalText, manager: z.optional(z.nullable(z.looseObject({ value: z.optional(z.nullable(z.string())) }))) }),
    ),
  }),
);
export type ScimUserInput = z.infer<typeof scimUserSchema>;

export const scimMemberSchema = z.looseObject({ value: identifier(200) });

export const scimGroupSchema = named(
  'ScimGroup',
  z.looseObject({
    schemas: z.optional(z.array(z.string())),
    displayName: lineOfText(1, 120, 'A group name cannot contain control characters'),
    externalId: optionalText,
    members: z.optional(z.array(scimMemberSchema)),
  }),
);
export type ScimGroupInput = z.infer<typeof scimGroupSchema>;

export const scimPatchSchema = named(
  'ScimPatch',
  z.looseObject({
    schemas: z.array(z.string()).check(z.refine((s) => s.includes(SCIM_PATCH_SCHEMA), { error: `schemas must name ${SCIM_PATCH_SCHEMA}` })),
    Operations: z
      .array(
        z.looseObject({
          // Entra ID writes "Add", "Replace", "Remove"; the RFC's are lower-case. Both are fine.
          op: z.pipe(z.string(), z.transform((op) => op.toLowerCase())).check(z.refine((op) => ['add', 'replace', 'remove'].includes(op), { error: 'op must be add, replace or remove' })),
          path: z.optional(z.string().check(z.maxLength(500))),
          value: z.optional(z.unknown()),
        }),
      )
      .check(z.minLength(1), z.maxLength(1000)),
  }),
);
export type ScimPatchInput = z.infer<typeof scimPatchSchema>;

/** List parameters: 1-based startIndex, a page of at most 200. */
export const scimListQuerySchema = z.looseObject({
  filter: z.optional(z.string().check(z.maxLength(1000))),
  startIndex: z.pipe(z.optional(z.string()), z.transform((s) => Math.max(1, Number.parseInt(s ?? '1', 10) || 1))),
  count: z.pipe(z.optional(z.string()), z.transform((s) => Math.min(200, Math.max(0, Number.parseInt(s ?? '100', 10) || 0)))),
  attributes: z.optional(z.string().check(z.maxLength(1000))),
  excludedAttributes: z.optional(z.string().check(z.maxLength(1000))),
});
