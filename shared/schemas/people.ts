import { z } from 'zod';
import { emailSchema, idSchema, languageSchema, SINGLE_LINE_TEXT, timeZoneSchema } from './common';

export const roleSchema = z.enum(['employee', 'manager', 'admin']).meta({ id: 'Role' });
export type Role = z.infer<typeof roleSchema>;

export const personNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(SINGLE_LINE_TEXT, 'Names cannot contain control characters');

/** What a signed-in person sees about themselves. */
export const meSchema = z
  .object({
    id: idSchema,
    email: z.string().nullable(),
    name: z.string(),
    role: roleSchema,
    language: languageSchema,
    timeZone: z.string(),
    departmentId: idSchema.nullable(),
    teamId: idSchema.nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

export const updateMeSchema = z
  .strictObject({
    name: personNameSchema.optional(),
    language: languageSchema.optional(),
    timeZone: timeZoneSchema.optional(),
  })
  .meta({ id: 'UpdateMe' });
export type UpdateMe = z.infer<typeof updateMeSchema>;

/** A person as an admin manages them. */
export const personSchema = meSchema
  .extend({ managerId: idSchema.nullable(), createdAt: z.string() })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof personSchema>;

export const createPersonSchema = z
  .strictObject({
    email: emailSchema.nullable().optional(),
    name: personNameSchema,
    role: roleSchema.default('employee'),
    language: languageSchema.default('nl'),
    timeZone: timeZoneSchema.default('Europe/Amsterdam'),
    departmentId: idSchema.nullable().optional(),
    teamId: idSchema.nullable().optional(),
    managerId: idSchema.nullable().optional(),
  })
  .meta({ id: 'CreatePerson' });
export type CreatePerson = z.infer<typeof createPersonSchema>;

export const peopleListSchema = z.object({ people: z.array(personSchema) }).meta({ id: 'PeopleList' });

export const inviteLinkSchema = z
  .object({ url: z.url(), expiresAt: z.string(), qrSvg: z.string() })
  .meta({ id: 'InviteLink' });
export type InviteLink = z.infer<typeof inviteLinkSchema>;
