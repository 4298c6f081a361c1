import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';
import { mailPreferenceDataOf } from '../mail-preferences/mail-preferences.service';

/** The person's journeys, steps and counted messages, and their mail preferences; all go with them (ON DELETE CASCADE). Link codes are left out: they are secrets. */
export async function journeyDataOf(db: Kysely<Database>, personId: string): Promise<Pick<PersonalDataExport, 'mailPreferences' | 'journeys' | 'messagesCounted'>> {
  const [entries, jobs, ledger, mail] = await Promise.all([
    db.selectFrom('journey_entries').selectAll().where('person_id', '=', personId).orderBy('entered_at').execute(),
    db.selectFrom('journey_jobs').select(['journey_id', 'step_id', 'channel', 'due_at', 'done_at', 'outcome', 'clicked_at']).where('person_id', '=', personId).orderBy('due_at').execute(),
    db.selectFrom('delivery_ledger').select(['channel', 'source', 'sent_at']).where('person_id', '=', personId).orderBy('sent_at').execute(),
    mailPreferenceDataOf(db, personId),
  ]);
  return {
    ...mail,
    journeys: entries.map((e) => ({
      journeyId: e.journey_id,
      enteredAt: e.entered_at,
      exitedAt: e.exited_at,
      exitReason: e.exit_reason,
      steps: jobs
        .filter((j) => j.journey_id === e.journey_id)
        .map((j) => ({ stepId: j.step_id, channel: j.channel, dueAt: j.due_at, doneAt: j.done_at, outcome: j.outcome, clickedAt: j.clicked_at })),
    })),
    messagesCounted: ledger.map((l) => ({ channel: l.channel, source: l.source, sentAt: l.sent_at })),
  };
}
