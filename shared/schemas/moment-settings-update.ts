import * as z from 'zod/mini';
import { momentSettingsSchema } from './moments';
import { named } from './registry';

/** A change to the organisation's learning-moment rules (admin): any subset of the fields. */
export const momentSettingsUpdateSchema = named('MomentSettingsUpdate', z.partial(momentSettingsSchema));
