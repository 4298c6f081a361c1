import type { AppDeps } from '../../http/app-env';
import { loadMomentSettings } from '../moments/moment-settings';
import type { PersonRow } from '../people/people.table';
import { deliverNotices, recordNotices, type Notice, type RecordedNotice } from './notify';
import { pushSenderFor } from './push-service';

type TellDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'log'>;

/** Pushes still on their way: a closing server waits for them before it lets go of the database. */
const underway = new Set<Promise<void>>();

/** Resolves once every push started so far is done (delivered, failed or capped). */
export async function tellsSettled(): Promise<void> {
  while (underway.size > 0) await Promise.all(underway);
}

/**
 * Tells people something that happened (a story approved, an idea's new
 * status, an invitation): each notice lands in the person's inbox before
 * this returns, then is pushed within their weekly cap without the caller
 * waiting: an L&D click must not hang on a slow push service. A push that
 * fails leaves the notice in the inbox and never undoes what happened.
 *
 * @example await tellPeople(deps, [{ person: author, notice }], now);
 */
export async function tellPeople(deps: TellDeps, notices: ReadonlyArray<{ person: PersonRow; notice: Notice }>, now: Date): Promise<void> {
  if (notices.length === 0) return;
  const recorded = await recordNotices(deps.db, notices, now);
  const push = pushRecorded(deps, recorded, now).finally(() => underway.delete(push));
  underway.add(push);
}

async function pushRecorded(deps: TellDeps, recorded: RecordedNotice[], now: Date): Promise<void> {
  try {
    const [sender, settings] = await Promise.all([pushSenderFor(deps.db, deps.config, deps.clock, deps.log), loadMomentSettings(deps.db)]);
    // A sender per telling holds keep-alive connections of its own: let them go once its pushes are out.
    await deliverNotices({ db: deps.db, sender, log: deps.log }, recorded, settings, now).finally(() => sender.close());
  } catch (error) {
    deps.log.warn('push failed, the notices stay in the inbox', { kind: recorded[0]?.notice.kind, error: error instanceof Error ? error.message : String(error) });
  }
}
