import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';
import { listSessionsOf } from '../auth/auth.repository';
import { rowToMe } from '../people/people.repository';
import type { PersonRow } from '../people/people.table';
import { momentAndPushDataOf } from '../push/personal-data';
import { listCompletionsOf, listEventsOf, listRegistrationsOf } from './privacy.repository';
import { rewardsDataOf } from '../competitions/personal-data';
import { campaignDataOf } from '../posters/personal-data';
import { attributionDataOf } from '../attribution/personal-data';
import { funnelDataOf } from '../insights/personal-data';
import { triedDataOf } from '../try-first/personal-data';
import { intakeDataOf } from '../intake/personal-data';
import { goalDataOf } from '../strategy/personal-data';
import { pathDataOf } from '../paths/personal-data';
import { storyDataOf } from '../stories/personal-data';
import { ideaDataOf } from '../ideas/personal-data';
import { evaluationDataOf } from '../evaluations/personal-data';
import { teamDataOf } from '../team/personal-data';
import { journeyDataOf } from '../journeys/personal-data';
import { connectedDataOf } from '../works-council/personal-data';

/** Everything Leerlust holds about `person`, and nothing about anyone else. Sign-in tokens are left out: they are secrets, not data. */
export async function exportPersonalData(db: Kysely<Database>, person: PersonRow, now: Date): Promise<PersonalDataExport> {
  const [sessions, events, completions, registrations, campaignData, attributionData] = await Promise.all([
    listSessionsOf(db, person.id),
    listEventsOf(db, person.id),
    listCompletionsOf(db, person.id),
    listRegistrationsOf(db, person.id),
    campaignDataOf(db, person.id),
    attributionDataOf(db, person.id),
  ]);
  return {
    exportedAt: now.toISOString(),
    person: { ...rowToMe(person), createdAt: person.created_at },
    sessions: sessions.map((s) => ({ createdAt: s.created_at, lastSeenAt: s.last_seen_at, expiresAt: s.expires_at })),
    learningEvents: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      itemId: e.item_id,
      teaserId: e.teaser_id,
      questionId: e.question_id,
      correct: e.correct === null ? null : e.correct === 1,
      part: e.part,
      occurredAt: e.occurred_at,
      timeZone: e.time_zone,
      receivedAt: e.received_at,
      points: e.points,
    })),
    completions: completions.map((c) => ({ itemId: c.item_id, completedAt: c.completed_at, source: c.source })),
    classroomRegistrations: registrations.map((r) => ({ sessionId: r.session_id, registeredAt: r.registered_at })),
    ...(await momentAndPushDataOf(db, person.id)),
    ...campaignData,
    ...attributionData,
    ...(await funnelDataOf(db, person.id)),
    ...(await triedDataOf(db, person.id)),
    ...(await rewardsDataOf(db, person.id)),
    ...(await intakeDataOf(db, person.id)),
    ...(await goalDataOf(db, person.id)),
    ...(await pathDataOf(db, person.id)),
    ...(await storyDataOf(db, person.id)),
    ...(await ideaDataOf(db, person.id)),
    ...(await evaluationDataOf(db, person.id)),
    ...(await teamDataOf(db, person.id)),
    ...(await journeyDataOf(db, person.id)),
    ...(await connectedDataOf(db, person.id)),
  };
}
