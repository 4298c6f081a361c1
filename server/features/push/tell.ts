import type { AppDeps } from '../../http/app-env';
import { loadMomentSettings } from '../moments/moment-settings';
import type { PersonRow } from '../people/people.table';
import { deliverNotices, recordNotices, type Notice } from './notify';
import { pushSenderFor } from './push-service';

/**
 * Tells people something that happened (a story approved, an idea's new
 * status, an invitation): each notice lands in the person's inbox, then is
 * pushed within their weekly cap. A push that fails leaves the notice in
 * the inbox and never undoes what happened, so failures are only logged.
 *
 * @example await tellPeople(deps, [{ person: author, notice }], now);
 */
export async function tellPeople(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'log'>, notices: ReadonlyArray<{ person: PersonRow; notice: Notice }>, now: Date): Promise<void> {
  if (notices.length === 0) return;
  const recorded = await recordNotices(deps.db, notices, now);
  try {
    const [sender, settings] = await Promise.all([pushSenderFor(deps.db, deps.config, deps.clock, deps.log), loadMomentSettings(deps.db)]);
    await deliverNotices({ db: deps.db, sender, log: deps.log }, recorded, settings, now);
  } catch (error) {
    deps.log.warn('push failed, the notices stay in the inbox', { kind: notices[0]?.notice.kind, error: error instanceof Error ? error.message : String(error) });
  }
}
