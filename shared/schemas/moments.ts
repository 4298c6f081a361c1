import * as z from 'zod/mini';
import { lineOfText } from './common';
import { documentRule, named } from './registry';

const clockTime = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'Use HH:MM (24-hour clock)' }));
// One refinement (not minLength/maxLength too): those also run on a value that is not an array and repeat its issue.
const isoWeekdays = documentRule(
  z.array(z.int().check(z.minimum(1), z.maximum(7))).check(z.refine((days) => days.length >= 1 && new Set(days).size === days.length, { error: 'One or more weekdays, each once' })),
  () => ({ minItems: 1, uniqueItems: true }),
);

export const momentFormSchema = named('MomentForm', z.enum(['online', 'classroom']));
export type MomentForm = z.infer<typeof momentFormSchema>;

/** A weekly learning moment: the same shape for a person's own slot and for the organisation's default. */
export const momentSlotSchema = named(
  'MomentSlot',
  z.strictObject({
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    weekdays: isoWeekdays,
    startTime: clockTime,
    durationMinutes: z.int().check(z.minimum(5), z.maximum(240)),
    form: momentFormSchema,
    topic: z.nullable(lineOfText(0, 80)),
  }),
);
export type MomentSlotInput = z.infer<typeof momentSlotSchema>;

/** A person's learning moment as the app shows it. */
export const myMomentSchema = named(
  'MyMoment',
  z.object({
    slot: momentSlotSchema,
    /** True while the person has not chosen their own slot and the organisation's default applies. */
    isDefault: z.boolean(),
    timeZone: z.string(),
    /** The next start, as an instant; null when no weekday is chosen. */
    nextAt: z.nullable(z.string()),
    /** The next start falls outside working hours or on a day off: no reminder will be sent for it. */
    nextIsOutsideWorkingTime: z.boolean(),
  }),
);
export type MyMoment = z.infer<typeof myMomentSchema>;

/** The organisation's learning-moment rules (admin). */
export const momentSettingsSchema = named(
  'MomentSettings',
  z.strictObject({
    defaultSlot: z.nullable(momentSlotSchema),
    workingDays: isoWeekdays,
    workStart: clockTime,
    workEnd: clockTime,
    daysOff: z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use YYYY-MM-DD' }))).check(z.maxLength(366)),
    /** At most this many pushes per person per week, counted across every sender. */
    weeklyPushCap: z.int().check(z.minimum(0), z.maximum(50)),
    /** A device that has not opened the app for this many days loses its push subscription. */
    retireSubscriptionsAfterDays: z.int().check(z.minimum(7), z.maximum(365)),
  }),
);
export type MomentSettings = z.infer<typeof momentSettingsSchema>;

// The admin's partial update is in moment-settings-update.ts: z.partial is heavy, and
// this module is also loaded by the employee app, whose shared chunk would carry it.

