import * as z from 'zod/mini';
import { sourceKindSchema } from './attribution';
import { activityKindSchema } from './events';
import { idSchema } from './common';
import { meShape } from './people';
import { named } from './registry';
import { intakeAnswerSchema } from './intake';
import { rewardsExportShape } from './rewards';

/**
 * Everything Leerlust holds about one person, as they may download it
 * (GDPR art. 15/20). A table that stores something per person belongs here.
 */
export const personalDataExportSchema = named(
  'PersonalDataExport',
  z.object({
    exportedAt: z.string(),
    person: z.object({ ...meShape, createdAt: z.string() }),
    sessions: z.array(z.object({ createdAt: z.string(), lastSeenAt: z.string(), expiresAt: z.string() })),
    learningEvents: z.array(
      z.object({
        id: idSchema,
        kind: activityKindSchema,
        itemId: z.nullable(idSchema),
        teaserId: z.nullable(idSchema),
        questionId: z.nullable(z.string()),
        correct: z.nullable(z.boolean()),
        part: z.nullable(z.int()),
        occurredAt: z.string(),
        timeZone: z.string(),
        receivedAt: z.string(),
        points: z.int(),
      }),
    ),
    completions: z.array(z.object({ itemId: idSchema, completedAt: z.string(), source: z.enum(['app', 'platform']) })),
    classroomRegistrations: z.array(z.object({ sessionId: idSchema, registeredAt: z.string() })),
    /** The weeks (ISO) in which you learned, and when you first finished a training: what the L&D funnel counts (only as totals). */
    learningWeeks: z.array(z.string()),
    firstTrainingAt: z.nullable(z.string()),
    learningMoment: z.nullable(
      z.object({ weekdays: z.array(z.int()), startTime: z.string(), durationMinutes: z.int(), form: z.string(), topic: z.nullable(z.string()), updatedAt: z.string() }),
    ),
    /** Devices that receive pushes; the endpoint identifies the device at its push service, the keys are left out (secrets). */
    pushDevices: z.array(z.object({ endpoint: z.string(), createdAt: z.string(), lastSeenAt: z.string() })),
    notifications: z.array(
      z.object({ kind: z.string(), title: z.string(), body: z.string(), url: z.string(), createdAt: z.string(), pushedAt: z.nullable(z.string()), readAt: z.nullable(z.string()) }),
    ),
    /** The source that brought the person in (first touch: a poster, a link, a story…), and their first install and push opt-in. */
    // The id is the source's own reference (a poster id, a link's name), not always a UUID.
    firstTouch: z.nullable(z.object({ kind: sourceKindSchema, id: z.string(), label: z.string(), touchedAt: z.string() })),
    acquisitionEvents: z.array(z.object({ kind: z.enum(['install', 'push_opt_in']), occurredAt: z.string() })),
    /** Trainings tried before joining and claimed after: which, through which poster code, when tried and when claimed. */
    triedTrainings: z.array(z.object({ itemId: idSchema, via: z.nullable(z.string()), triedAt: z.string(), claimedAt: z.nullable(z.string()) })),
    kickoffRsvps: z.array(z.object({ campaignId: idSchema, answer: z.enum(['yes', 'no']), answeredAt: z.string() })),
    /** For admins: the changes they made, from the audit log. */
    adminChanges: z.array(z.object({ action: z.string(), entityType: z.string(), entityId: z.string(), at: z.string() })),
    ...rewardsExportShape,
    /** The intake answer (needs, motivation, preferred form and moment), or that it was skipped. */
    intake: z.nullable(z.object({ answer: z.nullable(intakeAnswerSchema), answeredAt: z.nullable(z.string()), skippedAt: z.nullable(z.string()) })),
    /** Goals the person set for themselves. */
    personalGoals: z.array(z.object({ title: z.string(), competencies: z.array(z.string()), reached: z.boolean(), agreedWithManager: z.boolean(), createdAt: z.string() })),
    /** Learning paths the person finished. */
    pathCompletions: z.array(z.object({ pathId: idSchema, completedAt: z.string() })),
    /** Success stories the person wrote, with where they stand, and the stories they started a training from. */
    stories: z.array(
      z.object({
        id: idSchema,
        title: z.string(),
        body: z.string(),
        itemId: idSchema,
        display: z.string(),
        status: z.string(),
        declineReason: z.nullable(z.string()),
        createdAt: z.string(),
      }),
    ),
    storyStarts: z.array(z.object({ storyId: idSchema, startedAt: z.string() })),
    /** Ideas the person suggested and ideas they support. */
    ideas: z.array(z.object({ id: idSchema, title: z.string(), body: z.string(), topic: z.string(), status: z.string(), answer: z.nullable(z.string()), createdAt: z.string() })),
    ideaVotes: z.array(z.object({ ideaId: idSchema, votedAt: z.string() })),
    ambassador: z.nullable(
      z.object({ considered: z.boolean(), invitedAt: z.nullable(z.string()), acceptedAt: z.nullable(z.string()), showBadge: z.boolean(), showAuthorship: z.boolean() }),
    ),
    ambassadorDrafts: z.array(z.object({ kind: z.string(), title: z.string(), body: z.string(), status: z.string(), createdAt: z.string() })),
    /**
     * That the person was shown evaluations and whether (on which day) they answered. What they answered
     * is stored without them and cannot be found back, so it is in no export.
     */
    evaluationParticipations: z.array(
      z.object({ evaluationId: idSchema, round: z.int(), shownAt: z.string(), dismissedAt: z.nullable(z.string()), remindedAt: z.nullable(z.string()), respondedOn: z.nullable(z.string()) }),
    ),
    trainingReactions: z.array(z.object({ itemId: idSchema, useful: z.boolean(), reactedAt: z.string() })),
    /** For managers: trainings and paths they recommended to their team. */
    teamRecommendations: z.array(z.object({ itemId: z.nullable(idSchema), pathId: z.nullable(idSchema), note: z.nullable(z.string()), createdAt: z.string() })),
    /** Whether the person unsubscribed from their manager's monthly team e-mail (null: never sent one). */
    teamEmail: z.nullable(z.object({ unsubscribedAt: z.nullable(z.string()) })),
    /** Mail topics the person switched off, and whether their address bounced for good. */
    mailPreferences: z.object({ unsubscribed: z.array(z.object({ topic: z.string(), unsubscribedAt: z.string() })), undeliverableAt: z.nullable(z.string()) }),
    /** Learning journeys the person is in, the steps they were sent (and whether they opened its link), and the budgeted messages counted against them. */
    journeys: z.array(
      z.object({
        journeyId: idSchema,
        enteredAt: z.string(),
        exitedAt: z.nullable(z.string()),
        exitReason: z.nullable(z.string()),
        steps: z.array(z.object({ stepId: z.string(), channel: z.nullable(z.string()), dueAt: z.string(), doneAt: z.nullable(z.string()), outcome: z.nullable(z.string()), clickedAt: z.nullable(z.string()) })),
      }),
    ),
    messagesCounted: z.array(z.object({ channel: z.string(), source: z.string(), sentAt: z.string() })),
    /** Accounts at the organisation's identity provider this person signs in with (single sign-on). */
    identityProviderAccounts: z.array(z.object({ issuer: z.string(), subject: z.string(), createdAt: z.string(), lastSignInAt: z.string() })),
    /** How the organisation's identity provider provisions this person (SCIM), if it does. */
    provisioning: z.nullable(z.object({ userName: z.string(), externalId: z.nullable(z.string()), updatedAt: z.string() })),
    /** Who (an admin or manager) looked at this person's data, in which view, when. */
    accessLog: z.array(z.object({ viewerName: z.string(), viewerRole: z.string(), view: z.string(), at: z.string() })),
    /** xAPI statements for the organisation's learning record store: queued or sent. */
    learningRecordStatements: z.array(z.object({ id: z.string(), statement: z.unknown(), createdAt: z.string(), sentAt: z.nullable(z.string()) })),
  }),
);
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
