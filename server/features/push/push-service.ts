import type https from 'node:https';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../../config';
import type { Database } from '../../db/database';
import type { Clock, Logger } from '../../http/app-env';
import { createPushSender, type PushSender, type PushSenderOptions } from './push-sender';
import { vapidKeys } from './vapid';
import { isValidVapidSubject } from './vapid-subject';

/** A push sender with this server's VAPID keys and contact. */
export async function pushSenderFor(
  db: Kysely<Database>,
  config: AppConfig,
  clock: Clock,
  log: Logger,
  options: Omit<PushSenderOptions, 'vapid' | 'clock'> & { httpsAgent?: https.Agent } = {},
): Promise<PushSender> {
  if (!isValidVapidSubject(config.vapidSubject)) {
    log.warn('VAPID subject is not a mailto: address or https: URL: Apple and others will refuse pushes. Set VAPID_SUBJECT.', { subject: config.vapidSubject });
  }
  const keys = await vapidKeys(db, config, clock());
  return createPushSender({ trustedHosts: config.pushTrustedHosts, ...options, vapid: { ...keys, subject: config.vapidSubject }, clock });
}
