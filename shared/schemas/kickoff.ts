import * as z from 'zod/mini';
import { idSchema, languageSchema } from './common';
import { learningKindSchema } from './learning';
import { named } from './registry';

/*
 * What the public kick-off page and the employee app need of a campaign:
 * apart from the workspace's contracts (campaigns.ts), so a phone that
 * scans a poster downloads none of those.
 */

/** The kick-off page's words in one language, as the page reads them (the workspace's input checks are in campaigns.ts). */
export const kickoffTextSchema = z.object({ language: languageSchema, headline: z.string(), why: z.string(), forYou: z.string(), expect: z.string() });
export type KickoffText = z.infer<typeof kickoffTextSchema>;

/** The public kick-off page: no personal data, the same for everyone who scans. */
export const kickoffSchema = named(
  'Kickoff',
  z.object({
    campaignId: idSchema,
    code: z.string(),
    texts: z.array(kickoffTextSchema),
    kickoffAt: z.nullable(z.string()),
    kickoffPlace: z.nullable(z.string()),
    kickoffUrl: z.nullable(z.string()),
    /** True once the kick-off moment has passed: the offer is out. */
    revealed: z.boolean(),
    /** How many trainings of each kind the campaign promotes (the titles wait for the reveal). */
    offer: z.array(z.object({ kind: learningKindSchema, count: z.int() })),
    /** The micro-trainings L&D opened to try from here, before joining (the first is the page's main action). */
    tryItems: z.array(z.object({ id: idSchema, durationMinutes: z.int() })),
    serverTime: z.string(),
  }),
);
export type Kickoff = z.infer<typeof kickoffSchema>;

export const rsvpInputSchema = named('RsvpInput', z.strictObject({ answer: z.enum(['yes', 'no']) }));
export const rsvpSchema = named('Rsvp', z.object({ answer: z.nullable(z.enum(['yes', 'no'])) }));

export const acquisitionEventInputSchema = named('AcquisitionEventInput', z.strictObject({ kind: z.enum(['install', 'push_opt_in']) }));
