import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';
import { findMoment, rowToSlot } from '../moments/moments.repository';
import { listNotificationsOf, listSubscriptionsOf } from './push.repository';

/** The learning moment, push devices and notifications of one person, for GET /api/me/export. */
export async function momentAndPushDataOf(
  db: Kysely<Database>,
  personId: string,
): Promise<Pick<PersonalDataExport, 'learningMoment' | 'pushDevices' | 'notifications'>> {
  const [moment, devices, notifications] = await Promise.all([findMoment(db, personId), listSubscriptionsOf(db, personId), listNotificationsOf(db, personId)]);
  return {
    learningMoment: moment ? { ...rowToSlot(moment), updatedAt: moment.updated_at } : null,
    // The keys are left out: they are secrets, not data about the person.
    pushDevices: devices.map((d) => ({ endpoint: d.endpoint, createdAt: d.created_at, lastSeenAt: d.last_seen_at })),
    notifications: notifications.map((n) => ({
      kind: n.kind,
      title: n.title,
      body: n.body,
      url: n.url,
      createdAt: n.created_at,
      pushedAt: n.pushed_at,
      readAt: n.read_at,
    })),
  };
}
