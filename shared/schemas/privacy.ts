import { z } from 'zod';
import { learningEventKindSchema } from './events';
import { idSchema } from './common';
import { meSchema } from './people';

/**
 * Everything Leerlust holds about one person, as they may download it
 * (GDPR art. 15/20). A table that stores something per person belongs here.
 */
export const personalDataExportSchema = z
  .object({
    exportedAt: z.string(),
    person: meSchema.extend({ createdAt: z.string() }),
    sessions: z.array(z.object({ createdAt: z.string(), lastSeenAt: z.string(), expiresAt: z.string() })),
    learningEvents: z.array(
      z.object({
        id: idSchema,
        kind: learningEventKindSchema,
        itemId: idSchema.nullable(),
        teaserId: idSchema.nullable(),
        questionId: z.string().nullable(),
        correct: z.boolean().nullable(),
        part: z.number().int().nullable(),
        occurredAt: z.string(),
        timeZone: z.string(),
        receivedAt: z.string(),
        points: z.number().int(),
      }),
    ),
    completions: z.array(z.object({ itemId: idSchema, completedAt: z.string(), source: z.enum(['app', 'platform']) })),
    classroomRegistrations: z.array(z.object({ sessionId: idSchema, registeredAt: z.string() })),
  })
  .meta({ id: 'PersonalDataExport' });
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
