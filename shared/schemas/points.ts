import { z } from 'zod';
import { activityKinds, type ActivityKind } from '../domain/learning-activity';
import { MAX_POINT_VALUE } from '../domain/points';

const value = z.number().int().min(0).max(MAX_POINT_VALUE);

/** Points per activity, as an admin sets them: one entry per activity kind. */
export const pointValuesSchema = z
  .strictObject(Object.fromEntries(activityKinds.map((kind) => [kind, value])) as Record<ActivityKind, typeof value>)
  .meta({ id: 'PointValues' });
export type PointValuesInput = z.infer<typeof pointValuesSchema>;

export const pointValuesUpdateSchema = pointValuesSchema.partial().meta({ id: 'PointValuesUpdate' });
