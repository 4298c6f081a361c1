import * as z from 'zod/mini';
import { learningEventKindSchema } from './events';
import { idSchema } from './common';
import { meShape } from './people';
import { named } from './registry';

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
        kind: learningEventKindSchema,
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
  }),
);
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
