import * as z from 'zod/mini';
import { blockOfText, idSchema } from './common';
import { named } from './registry';

export const recognitionMessageSchema = blockOfText(1, 280);

export const createRecognitionSchema = named(
  'CreateRecognition',
  z.strictObject({ personId: idSchema, message: recognitionMessageSchema, campaignId: z.optional(z.nullable(idSchema)) }),
);
export type CreateRecognition = z.infer<typeof createRecognitionSchema>;

/** A recognition as the person named sees it. */
export const myRecognitionSchema = named(
  'MyRecognition',
  z.object({ id: idSchema, managerName: z.string(), message: z.string(), createdAt: z.string(), shared: z.boolean(), decided: z.boolean() }),
);
export const myRecognitionListSchema = named('MyRecognitionList', z.object({ recognitions: z.array(myRecognitionSchema) }));

export const shareRecognitionSchema = named('ShareRecognition', z.strictObject({ shared: z.boolean() }));

/** Role models the team may see: only those the person agreed to share. */
export const teamRoleModelsSchema = named(
  'TeamRoleModels',
  z.object({ roleModels: z.array(z.object({ id: idSchema, personName: z.string(), managerName: z.string(), message: z.string(), createdAt: z.string() })) }),
);

export const recognitionCandidatesSchema = named('RecognitionCandidates', z.object({ people: z.array(z.object({ id: idSchema, name: z.string() })) }));

export const adminRecognitionListSchema = named(
  'AdminRecognitionList',
  z.object({
    recognitions: z.array(
      z.object({
        id: idSchema,
        personName: z.string(),
        managerName: z.string(),
        message: z.string(),
        campaignId: z.nullable(z.string()),
        shared: z.boolean(),
        createdAt: z.string(),
      }),
    ),
  }),
);
export const adminRecognitionQuerySchema = z.object({ campaignId: z.optional(idSchema) });
