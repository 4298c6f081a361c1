import * as z from 'zod/mini';
import { activityKinds, type ActivityKind } from '../domain/learning-activity';
import { MAX_POINT_VALUE } from '../domain/points';
import { named } from './registry';

const value = z.int().check(z.minimum(0), z.maximum(MAX_POINT_VALUE));
const shape = Object.fromEntries(activityKinds.map((kind) => [kind, value])) as Record<ActivityKind, typeof value>;

/** Points per activity, as an admin sets them: one entry per activity kind. */
export const pointValuesSchema = named('PointValues', z.strictObject(shape));
export type PointValuesInput = z.infer<typeof pointValuesSchema>;

export const pointValuesUpdateSchema = named('PointValuesUpdate', z.partial(z.strictObject(shape)));
