import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppDeps } from '../../http/app-env';
import { AppError, forbidden, notFound } from '../../http/app-error';
import type { MyAmbassador } from '../../../shared/schemas/ideas';
import type { z } from 'zod/mini';
import type { ambassadorCandidatesSchema, ambassadorDraftInputSchema, ambassadorDraftListSchema, ambassadorSettingsSchema } from '../../../shared/schemas/ideas';
import { recordAudit } from '../audit/audit.service';
import { findPersonById } from '../people/people.repository';
import type { PersonRow } from '../people/people.table';
import { tellPeople } from '../push/tell';
import { findAmbassador, insertDraft, listCandidates, listDrafts, markDraftReviewed, saveAmbassador } from './ambassadors.repository';
import type { AmbassadorRow, AmbassadorsTable } from './ideas.table';
import { ambassadorInvitationNotice } from './idea-notices';

/*
 * Ambassadors: L&D looks only among people who chose to be seen (opted in
 * to being considered, or to the individual leaderboard), invites one, and
 * the person accepts or not. An ambassador sees new ideas first, drafts
 * teasers and micro-trainings for L&D, may show a badge, and leaves with
 * one tap (which also stops them being considered).
 */

const ACTIVITY_WINDOW_DAYS = 90;
const CANDIDATES_SHOWN = 20;

function toMine(row: AmbassadorRow | undefined): MyAmbassador {
  return {
    considered: row?.considered === 1,
    invited: Boolean(row?.invited_at) && !row?.accepted_at,
    active: Boolean(row?.accepted_at),
    showBadge: row ? row.show_badge === 1 : true,
    showAuthorship: row?.show_authorship === 1,
  };
}

function rowOf(personId: string, existing: AmbassadorRow | undefined, now: Date, change: Partial<AmbassadorsTable>): AmbassadorsTable {
  return {
    person_id: personId,
    considered: existing?.considered ?? 0,
    invited_at: existing?.invited_at ?? null,
    accepted_at: existing?.accepted_at ?? null,
    show_badge: existing?.show_badge ?? 1,
    show_authorship: existing?.show_authorship ?? 0,
    ...change,
    updated_at: now.toISOString(),
  };
}

export async function isActiveAmbassador(db: Kysely<Database>, personId: string): Promise<boolean> {
  return Boolean((await findAmbassador(db, personId))?.accepted_at);
}

export async function myAmbassador(db: Kysely<Database>, person: PersonRow): Promise<MyAmbassador> {
  return toMine(await findAmbassador(db, person.id));
}

export async function changeAmbassadorSettings(db: Kysely<Database>, person: PersonRow, input: z.infer<typeof ambassadorSettingsSchema>, now: Date): Promise<MyAmbassador> {
  const existing = await findAmbassador(db, person.id);
  const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);
  const change = Object.fromEntries(
    Object.entries({ considered: flag(input.considered), show_badge: flag(input.showBadge), show_authorship: flag(input.showAuthorship) }).filter(([, v]) => v !== undefined),
  );
  const row = rowOf(person.id, existing, now, change);
  await saveAmbassador(db, row);
  return toMine(row);
}

export async function acceptAmbassador(db: Kysely<Database>, person: PersonRow, now: Date): Promise<MyAmbassador> {
  const existing = await findAmbassador(db, person.id);
  if (!existing?.invited_at) throw new AppError(409, 'not_invited', 'L&D has not invited you (yet)');
  const row = rowOf(person.id, existing, now, { accepted_at: existing.accepted_at ?? now.toISOString() });
  await saveAmbassador(db, row);
  return toMine(row);
}

export async function leaveAmbassador(db: Kysely<Database>, person: PersonRow, now: Date): Promise<MyAmbassador> {
  const existing = await findAmbassador(db, person.id);
  const row = rowOf(person.id, existing, now, { considered: 0, invited_at: null, accepted_at: null });
  await saveAmbassador(db, row);
  return toMine(row);
}

export async function ambassadorCandidates(db: Kysely<Database>, now: Date): Promise<z.infer<typeof ambassadorCandidatesSchema>> {
  const since = new Date(now.getTime() - ACTIVITY_WINDOW_DAYS * 86_400_000).toISOString();
  const rows = await listCandidates(db, since, CANDIDATES_SHOWN);
  return {
    people: rows.map((r) => ({
      personId: r.id,
      name: r.name,
      activities90Days: Number(r.activities ?? 0),
      status: r.accepted_at ? ('ambassador' as const) : r.invited_at ? ('invited' as const) : ('candidate' as const),
    })),
  };
}

export async function inviteAmbassador(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'log'>, admin: PersonRow, personId: string): Promise<void> {
  const now = deps.clock();
  const candidates = await ambassadorCandidates(deps.db, now);
  // Only someone who chose to be seen may be invited; to L&D anyone else does not exist here.
  const person = candidates.people.some((p) => p.personId === personId) ? await findPersonById(deps.db, personId) : undefined;
  if (!person) throw notFound('Candidate');
  const existing = await findAmbassador(deps.db, personId);
  await deps.db.transaction().execute(async (trx) => {
    await saveAmbassador(trx, rowOf(personId, existing, now, { invited_at: now.toISOString() }));
    await recordAudit(trx, { actorId: admin.id, action: 'ambassador.invite', entityType: 'ambassador', entityId: personId }, now);
  });
  await tellPeople(deps, [{ person, notice: ambassadorInvitationNotice(person.language) }], now);
}

export async function draftAsAmbassador(db: Kysely<Database>, person: PersonRow, input: z.infer<typeof ambassadorDraftInputSchema>, now: Date): Promise<{ id: string }> {
  if (!(await isActiveAmbassador(db, person.id))) throw forbidden('Only ambassadors draft for L&D');
  const id = randomUUID();
  await insertDraft(db, { id, author_id: person.id, ...input, status: 'submitted', created_at: now.toISOString() });
  return { id };
}

export async function draftsToReview(db: Kysely<Database>): Promise<z.infer<typeof ambassadorDraftListSchema>> {
  const rows = await listDrafts(db);
  return {
    drafts: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      language: r.language,
      title: r.title,
      body: r.body,
      status: r.status,
      author: r.show_authorship === 1 ? r.author_name : null,
      createdAt: r.created_at,
      adopted: r.adopted_kind && r.adopted_id ? { kind: r.adopted_kind, id: r.adopted_id } : null,
    })),
  };
}

export async function reviewDraft(db: Kysely<Database>, id: string): Promise<void> {
  if (!(await markDraftReviewed(db, id))) throw notFound('Draft');
}
