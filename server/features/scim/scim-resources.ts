import { isKnownTimeZone, type Language } from '../../../shared/schemas/common';
import { SCIM_ENTERPRISE_SCHEMA, SCIM_GROUP_SCHEMA, SCIM_USER_SCHEMA, type ScimUserInput } from '../../../shared/schemas/scim';
import type { PersonRow } from '../people/people.table';
import type { ScimUserRow } from './scim.table';

/*
 * How a person looks as a SCIM User and a department as a SCIM Group, and
 * back. Only what Leerlust keeps round-trips: a name, an address, the
 * language and time zone, whether they are active, their department and
 * manager. Anything else the provider sends is accepted and not stored.
 */

export interface ScimUserResource {
  schemas: string[];
  id: string;
  externalId?: string;
  userName: string;
  displayName: string;
  name: { formatted: string; givenName?: string; familyName?: string };
  emails: { value: string; type: 'work'; primary: true }[];
  active: boolean;
  preferredLanguage: Language;
  timezone: string;
  [SCIM_ENTERPRISE_SCHEMA]: { department?: string; manager?: { value: string } };
  meta: { resourceType: 'User'; created: string; lastModified: string; location: string };
}

export interface UserContext {
  link: ScimUserRow | undefined;
  departmentName: string | null;
  baseUrl: string;
}

export function toScimUser(person: PersonRow, { link, departmentName, baseUrl }: UserContext): ScimUserResource {
  const enterprise = { ...(departmentName && { department: departmentName }), ...(person.manager_id && { manager: { value: person.manager_id } }) };
  return {
    schemas: [SCIM_USER_SCHEMA, SCIM_ENTERPRISE_SCHEMA],
    id: person.id,
    ...(link?.external_id && { externalId: link.external_id }),
    userName: link?.user_name ?? person.email ?? person.id,
    displayName: person.name,
    name: { formatted: person.name, ...(link?.given_name && { givenName: link.given_name }), ...(link?.family_name && { familyName: link.family_name }) },
    emails: person.email ? [{ value: person.email, type: 'work', primary: true }] : [],
    active: person.left_at === null,
    preferredLanguage: person.language,
    timezone: person.time_zone,
    [SCIM_ENTERPRISE_SCHEMA]: enterprise,
    meta: { resourceType: 'User', created: person.created_at, lastModified: link?.updated_at ?? person.created_at, location: `${baseUrl}/Users/${person.id}` },
  };
}

/** What a SCIM User says about the person, in Leerlust's terms. */
export interface ProvisionedPerson {
  userName: string;
  externalId: string | null;
  givenName: string | null;
  familyName: string | null;
  name: string;
  email: string | null;
  active: boolean;
  language: Language | undefined;
  timeZone: string | undefined;
  /** undefined: not said; null: none. */
  departmentName: string | null | undefined;
  managerId: string | null | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function fromScimUser(input: ScimUserInput): ProvisionedPerson {
  const given = input.name?.givenName || null;
  const family = input.name?.familyName || null;
  const joined = [given, family].filter(Boolean).join(' ');
  const email = pickEmail(input);
  const enterprise = input[SCIM_ENTERPRISE_SCHEMA];
  return {
    userName: input.userName,
    externalId: input.externalId || null,
    givenName: given,
    familyName: family,
    name: (input.displayName || input.name?.formatted || joined || input.userName).slice(0, 120),
    email,
    active: input.active ?? true,
    language: languageOf(input.preferredLanguage ?? input.locale ?? undefined),
    timeZone: input.timezone && isKnownTimeZone(input.timezone) ? input.timezone : undefined,
    departmentName: enterprise && 'department' in enterprise ? enterprise.department || null : undefined,
    managerId: enterprise && 'manager' in enterprise ? (enterprise.manager?.value ?? null) : undefined,
  };
}

/** The primary (or work, or first) address; the userName when it is one (Entra's UPN often is). */
function pickEmail(input: ScimUserInput): string | null {
  const emails = input.emails ?? [];
  const chosen = emails.find((e) => e.primary) ?? emails.find((e) => e.type === 'work') ?? emails[0];
  const candidate = (chosen?.value ?? input.userName).trim().toLowerCase();
  return EMAIL.test(candidate) ? candidate : null;
}

/** nl, nl-NL, en-GB… → the app's languages; anything else is left to the organisation's default. */
function languageOf(tag: string | undefined): Language | undefined {
  const primary = tag?.slice(0, 2).toLowerCase();
  return primary === 'nl' || primary === 'en' ? primary : undefined;
}

export interface ScimGroupResource {
  schemas: string[];
  id: string;
  externalId?: string;
  displayName: string;
  members?: { value: string; display: string; $ref: string }[];
  meta: { resourceType: 'Group'; created: string; lastModified: string; location: string };
}

export function toScimGroup(
  department: { id: string; name: string; created_at: string },
  link: { external_id: string | null; updated_at: string } | undefined,
  members: { id: string; name: string }[] | undefined,
  baseUrl: string,
): ScimGroupResource {
  return {
    schemas: [SCIM_GROUP_SCHEMA],
    id: department.id,
    ...(link?.external_id && { externalId: link.external_id }),
    displayName: department.name,
    ...(members && { members: members.map((m) => ({ value: m.id, display: m.name, $ref: `${baseUrl}/Users/${m.id}` })) }),
    meta: { resourceType: 'Group', created: department.created_at, lastModified: link?.updated_at ?? department.created_at, location: `${baseUrl}/Groups/${department.id}` },
  };
}
