import * as z from 'zod/mini';
import { named } from './registry';

export const healthSchema = named('Health', z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']), version: z.string() }));
export type Health = z.infer<typeof healthSchema>;
