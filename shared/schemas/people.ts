import * as z from 'zod/mini';
import { blockOfText, emailSchema, idSchema, languageSchema, lineOfText, timeZoneSchema } from './common';
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

/** A person as an admin manages them: joined (first sign-in) and left are null until they happen. */
export const personSchema = named(
  'Person',
  z.object({ ...meShape, managerId: z.nullable(idSchema), createdAt: z.string(), joinedAt: z.nullable(z.string()), leftAt: z.nullable(z.string()) }),
);
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

/** An admin's change to a person: only the fields given change; `left` marks them as gone (or back). */
export const updatePersonSchema = named(
  'UpdatePerson',
  z.strictObject({
    email: createPersonShape.email,
    name: z.optional(personNameSchema),
    role: z.optional(roleSchema),
    language: z.optional(languageSchema),
    timeZone: z.optional(timeZoneSchema),
    departmentId: createPersonShape.departmentId,
    teamId: createPersonShape.teamId,
    managerId: createPersonShape.managerId,
    left: z.optional(z.boolean()),
  }),
);
export type UpdatePerson = z.infer<typeof updatePersonSchema>;

/** The largest people file the workspace takes (about 10,000 rows); larger ones go through the command line. */
export const PEOPLE_CSV_MAX_CHARS = 1_000_000;

export const importPeopleSchema = named(
  'ImportPeople',
  z.strictObject({
    csv: blockOfText(1, PEOPLE_CSV_MAX_CHARS),
    /** Check every row and write nothing. */
    dryRun: z._default(z.boolean(), false),
    /** Import the valid rows and skip the bad ones (otherwise one bad row stops the import). */
    skipInvalid: z._default(z.boolean(), false),
  }),
);
export type ImportPeople = z.infer<typeof importPeopleSchema>;

/**
 * Why a row of a people file cannot be imported, as a reason the workspace
 * words in the admin's language; `params` are the row's own values it quotes.
 */
export const importProblemCodeSchema = z.enum([
  /** { fields, header }: the row has more or fewer cells than the header. */
  'columns_mismatch',
  /** { column } */
  'required',
  /** { column, value, detail }: the value does not fit the column (detail: the check's own English words). */
  'invalid_value',
  /** { email, lines } */
  'email_repeated',
  /** { email } */
  'email_taken',
  /** { name }: someone without e-mail by that name is already in Leerlust. */
  'name_taken_without_email',
  'manager_is_self',
  /** { manager } */
  'manager_unknown',
  /** { manager, lines }: the manager's own row cannot be imported. */
  'manager_row_invalid',
  /** { team } */
  'team_unknown',
  /** { team, departments } */
  'team_ambiguous',
  /** A check on the row as a whole; only `message` says which. */
  'row_invalid',
]);
export type ImportProblemCode = z.infer<typeof importProblemCodeSchema>;

export const importProblemSchema = named(
  'ImportProblem',
  z.object({
    code: importProblemCodeSchema,
    params: z.record(z.string(), z.string()),
    /** The same in English, as the command line prints it: the workspace's fallback. */
    message: z.string(),
  }),
);
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** What an import found and did: every bad row with its problems, and what was written. */
export const importReportSchema = named(
  'ImportReport',
  z.object({
    rows: z.int(),
    errors: z.array(z.object({ line: z.int(), problems: z.array(importProblemSchema) })),
    imported: z.int(),
    created: z.array(z.string()),
  }),
);
export type ImportReport = z.infer<typeof importReportSchema>;

export const peopleListSchema = named('PeopleList', z.object({ people: z.array(personSchema) }));

export const inviteLinkSchema = named('InviteLink', z.object({ url: z.url(), expiresAt: z.string(), qrSvg: z.string() }));
export type InviteLink = z.infer<typeof inviteLinkSchema>;
