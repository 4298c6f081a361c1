import * as z from 'zod/mini';
import { emailSchema, idSchema, languageSchema, lineOfText, timeZoneSchema } from './common';
import { named } from './registry';

export const roleSchema = named('Role', z.enum(['employee', 'manager', 'admin']));
export type Role = z.infer<typeof roleSchema>;

export const personNameSchema = lineOfText(1, 120, 'Names cannot contain control characters');

export const meShape = {
  id: idSchema,
  email: z.nullable(z.string()),
  name: z.string(),
  role: roleSchema,
  language: languageSchema,
  timeZone: z.string(),
  departmentId: z.nullable(idSchema),
  teamId: z.nullable(idSchema),
};

/** What a signed-in person sees about themselves. */
export const meSchema = named('Me', z.object(meShape));
export type Me = z.infer<typeof meSchema>;

export const updateMeSchema = named(
  'UpdateMe',
  z.strictObject({
    name: z.optional(personNameSchema),
    language: z.optional(languageSchema),
    timeZone: z.optional(timeZoneSchema),
  }),
);
export type UpdateMe = z.infer<typeof updateMeSchema>;

/** A person as an admin manages them. */
export const personSchema = named('Person', z.object({ ...meShape, managerId: z.nullable(idSchema), createdAt: z.string() }));
export type Person = z.infer<typeof personSchema>;

export const createPersonShape = {
  email: z.optional(z.nullable(emailSchema)),
  name: personNameSchema,
  role: z._default(roleSchema, 'employee'),
  language: z._default(languageSchema, 'nl'),
  timeZone: z._default(timeZoneSchema, 'Europe/Amsterdam'),
  departmentId: z.optional(z.nullable(idSchema)),
  teamId: z.optional(z.nullable(idSchema)),
  managerId: z.optional(z.nullable(idSchema)),
};
export const createPersonSchema = named('CreatePerson', z.strictObject(createPersonShape));
export type CreatePerson = z.infer<typeof createPersonSchema>;

export const peopleListSchema = named('PeopleList', z.object({ people: z.array(personSchema) }));

export const inviteLinkSchema = named('InviteLink', z.object({ url: z.url(), expiresAt: z.string(), qrSvg: z.string() }));
export type InviteLink = z.infer<typeof inviteLinkSchema>;
