import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import { seatCounts, seatStatus } from '../../../shared/domain/seats';
import type { ClassroomSession } from '../../../shared/schemas/learning';
import type { PersonRow } from '../people/people.table';
import { deleteRegistration, findSession, insertRegistration, listRegistrations, listSessionsOfItem } from './classroom.repository';
import { findItem } from './learning.repository';
import { isInAudience } from '../../../shared/domain/audience';
import { audienceFactsOf, NO_SAVED_GROUPS } from '../people/audience-facts';
import { itemAudience } from './targeting';

/** The sessions of a classroom training, with seats and the viewer's own place. */
export async function sessionsForItem(db: Kysely<Database>, itemId: string, personId: string): Promise<ClassroomSession[]> {
  const sessions = await listSessionsOfItem(db, itemId);
  const registrations = await listRegistrations(
    db,
    sessions.map((s) => s.id),
  );
  return sessions.map((session) => {
    const order = registrations.filter((r) => r.session_id === session.id).map((r) => r.person_id);
    const mine = seatStatus(order, session.seats, personId);
    return {
      id: session.id,
      startsAt: session.starts_at,
      endsAt: session.ends_at,
      place: session.place,
      seats: session.seats,
      ...seatCounts(order.length, session.seats),
      myStatus: mine.status,
      myWaitingPosition: mine.waitingPosition,
    };
  });
}

async function sessionOpenTo(db: Kysely<Database>, person: PersonRow, sessionId: string, now: Date) {
  const session = await findSession(db, sessionId);
  const item = session && (await findItem(db, session.item_id));
  const visible = item && item.item.published_at && item.item.published_at <= now.toISOString() && isInAudience(itemAudience(item.item), audienceFactsOf(person, NO_SAVED_GROUPS));
  if (!session || !visible) throw notFound('Session');
  return session;
}

/** Takes a seat, or a place on the waiting list when the session is full. Registering twice changes nothing. */
export async function register(db: Kysely<Database>, person: PersonRow, sessionId: string, now: Date): Promise<ClassroomSession> {
  const session = await sessionOpenTo(db, person, sessionId, now);
  if (session.starts_at <= now.toISOString()) throw new AppError(409, 'session_started', 'This session has already started');
  await insertRegistration(db, sessionId, person.id, now.toISOString());
  return sessionView(db, session.item_id, sessionId, person.id);
}

/** Gives up a seat (the first person waiting moves up) or a waiting-list place. */
export async function unregister(db: Kysely<Database>, person: PersonRow, sessionId: string, now: Date): Promise<ClassroomSession> {
  const session = await sessionOpenTo(db, person, sessionId, now);
  await deleteRegistration(db, sessionId, person.id);
  return sessionView(db, session.item_id, sessionId, person.id);
}

async function sessionView(db: Kysely<Database>, itemId: string, sessionId: string, personId: string): Promise<ClassroomSession> {
  const view = (await sessionsForItem(db, itemId, personId)).find((s) => s.id === sessionId);
  if (!view) throw notFound('Session');
  return view;
}
