import * as z from 'zod/mini';
import { languageSchema } from './common';
import { named } from './registry';

/** An e-mail domain as people type it ("Anker.example " → "anker.example"): labels of letters, digits and hyphens. */
export const emailDomainSchema = z.pipe(
  z.string().check(z.trim(), z.toLowerCase(), z.maxLength(253)),
  z.string().check(z.regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { error: 'Write a domain like anker.example' })),
);

/**
 * Who may sign up without being imported first: people with an address in
 * one of `domains` (none: nobody). They join as employees, in their phone's
 * language if Leerlust speaks it, else in `defaultLanguage`.
 */
export const signUpSettingsSchema = named(
  'SignUpSettings',
  z.strictObject({
    domains: z.array(emailDomainSchema).check(
      z.maxLength(20),
      z.refine((d) => new Set(d).size === d.length, { error: 'Each domain once' }),
    ),
    defaultLanguage: languageSchema,
  }),
);
export type SignUpSettings = z.infer<typeof signUpSettingsSchema>;

/**
 * What anyone may know of the organisation before signing in: the language
 * Leerlust greets a phone in when the phone speaks none of Leerlust's
 * languages (so the sign-in mail and the app after it match what they saw).
 * Nothing else: no domains, no names.
 */
export const organisationLanguageSchema = named('OrganisationLanguage', z.object({ defaultLanguage: languageSchema }));
export type OrganisationLanguage = z.infer<typeof organisationLanguageSchema>;
