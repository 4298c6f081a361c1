import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppDeps } from '../../http/app-env';
import { loadMomentSettings } from '../moments/moment-settings';
import type { PersonRow } from '../people/people.table';
import { deliverNotices, recordNotice, type Notice, type RecordedNotice } from '../push/notify';
import { pushSenderFor } from '../push/push-service';

/** What settling needs: the database, and for pushes the server's config, clock and log. */
export type SettleDeps = Pick<AppDeps, 'db' | 'log' | 'config' | 'clock'>;

const copy = {
  nl: { title: 'Je hebt een prijs gewonnen!', body: (prize: string, competition: string) => `${prize} — ${competition}. Claim hem in Leerlust.` },
  en: { title: 'You won a prize!', body: (prize: string, competition: string) => `${prize} — ${competition}. Claim it in Leerlust.` },
};

export function winnerNotice(person: PersonRow, prizeName: string, competitionTitle: string): Notice {
  const t = copy[person.language];
  return {
    kind: 'prize_won',
    title: t.title,
    body: t.body(prizeName, competitionTitle),
    url: '/prizes?source=push',
    tag: 'prize-won',
    // A prize waits to be claimed; a day late is still good news.
    ttlSeconds: 7 * 86_400,
    urgency: 'normal',
  };
}

/**
 * Tells a winner in the app: the notice goes into their inbox in the same
 * transaction as the award, so a rolled-back award announces nothing (the
 * unclaimed award also shows on the home and the prizes page).
 */
export async function recordWinnerNotice(trx: Kysely<Database>, person: PersonRow, prizeName: string, competitionTitle: string, now: Date): Promise<RecordedNotice> {
  return recordNotice(trx, person, winnerNotice(person, prizeName, competitionTitle), now);
}

/**
 * Pushes recorded winner notices to the winners' devices (issue 4's web push,
 * within the weekly cap), after the transaction committed: delivery waits on
 * the network. A failed push leaves the notice in the inbox; it never undoes a prize.
 */
export async function pushWinnerNotices(deps: SettleDeps, notices: readonly RecordedNotice[], now: Date): Promise<void> {
  if (notices.length === 0) return;
  try {
    const [sender, settings] = await Promise.all([pushSenderFor(deps.db, deps.config, deps.clock, deps.log), loadMomentSettings(deps.db)]);
    await deliverNotices({ db: deps.db, sender, log: deps.log }, notices, settings, now);
  } catch (error) {
    deps.log.warn('prize: push failed, the notice stays in the inbox', { error: error instanceof Error ? error.message : String(error) });
  }
}
