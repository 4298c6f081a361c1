import { z } from 'zod';
import { meSchema } from './people';

/** Everything Leerlust holds about one person, as they may download it (GDPR art. 15/20). */
export const personalDataExportSchema = z
  .object({
    exportedAt: z.string(),
    person: meSchema.extend({ createdAt: z.string() }),
    sessions: z.array(z.object({ createdAt: z.string(), lastSeenAt: z.string(), expiresAt: z.string() })),
  })
  .meta({ id: 'PersonalDataExport' });
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
