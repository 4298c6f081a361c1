import * as z from 'zod/mini';
import { named } from './registry';
import { listOf, needSchema } from './strategy';

/*
 * The intake: what would help a person most (the five needs, up to two), why
 * they would learn now (the four motivations), and the form and moment they
 * prefer. It is the person's own data; L&D sees only groups of at least 5.
 */

export const MOTIVATIONS = ['new_competencies', 'broad_development', 'new_environment', 'forced_change'] as const;
export const motivationSchema = named('Motivation', z.enum(MOTIVATIONS));
export type Motivation = z.infer<typeof motivationSchema>;

export const LEARNING_FORMS = ['online', 'classroom', 'both'] as const;
export const MOMENT_PREFERENCES = ['morning', 'midday', 'afternoon'] as const;
export type MomentPreference = (typeof MOMENT_PREFERENCES)[number];

/** The local time a preferred part of the day suggests for the weekly learning moment. */
export const MOMENT_DEFAULT_TIME: Record<MomentPreference, string> = { morning: '09:30', midday: '12:30', afternoon: '15:00' };

/** At most every six months the intake asks again (a survey's recontact rule). */
export const INTAKE_RECONTACT_DAYS = 182;

export const intakeAnswerSchema = named(
  'IntakeAnswer',
  z.strictObject({
    needs: listOf(needSchema, 1, 2).check(z.refine((needs) => new Set(needs).size === needs.length, { error: 'Pick each need once' })),
    motivation: motivationSchema,
    form: z.enum(LEARNING_FORMS),
    moment: z.enum(MOMENT_PREFERENCES),
  }),
);
export type IntakeAnswer = z.infer<typeof intakeAnswerSchema>;

export const myIntakeSchema = named(
  'MyIntake',
  z.object({
    answer: z.nullable(intakeAnswerSchema),
    answeredAt: z.nullable(z.string()),
    skippedAt: z.nullable(z.string()),
    /** Whether the app should ask now: never asked, or last asked more than six months ago. */
    due: z.boolean(),
    /** The learning-moment time the answer suggests, e.g. "12:30"; null without an answer. */
    momentDefault: z.nullable(z.string()),
  }),
);
export type MyIntake = z.infer<typeof myIntakeSchema>;

/** The ways L&D may break the intake down; every breakdown holds back groups under 5 answers. */
export const INTAKE_GROUP_KINDS = ['organisation', 'department', 'team', 'role', 'language'] as const;
export const intakeGroupKindSchema = named('IntakeGroupKind', z.enum(INTAKE_GROUP_KINDS));
export type IntakeGroupKind = z.infer<typeof intakeGroupKindSchema>;

export const intakeSummarySchema = named(
  'IntakeSummary',
  z.object({
    /** Groups with at least 5 answers, per kind; smaller groups are left out. */
    groups: z.array(
      z.object({
        kind: intakeGroupKindSchema,
        /** The department's, team's id, the role or the language; null for the whole organisation. */
        id: z.nullable(z.string()),
        name: z.string(),
        answers: z.int(),
        /** How many named each need, each motivation and each form; every one listed, zeros too. */
        needs: z.array(z.object({ need: needSchema, count: z.int() })),
        motivations: z.array(z.object({ motivation: motivationSchema, count: z.int() })),
        forms: z.array(z.object({ form: z.enum(LEARNING_FORMS), count: z.int() })),
      }),
    ),
    /** Per kind, how many groups were left out because fewer than 5 people in them answered. */
    hidden: z.array(z.object({ kind: intakeGroupKindSchema, groups: z.int() })),
  }),
);
export type IntakeSummary = z.infer<typeof intakeSummarySchema>;
