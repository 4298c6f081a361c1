import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import type { AdminItem, ItemInput, SessionInput } from '../../../shared/schemas/authoring';
import { recordAudit } from '../audit/audit.service';
import type { PersonRow } from '../people/people.table';
import { listAdminItems, replaceItemTexts } from './item-authoring.repository';
import { normalise, type AlsoInTransaction } from './teaser-authoring.service';

export async function getAdminItem(db: Kysely<Database>, id: string): Promise<AdminItem> {
  const [item] = await listAdminItems(db, id);
  if (!item) throw notFound('Training');
  return item;
}

function columnsOf(input: ItemInput, now: Date) {
  return {
    kind: input.kind,
    duration_minutes: input.durationMinutes,
    competencies: JSON.stringify(input.competencies),
    target_roles: JSON.stringify(input.targetRoles),
    target_department_ids: JSON.stringify(input.targetDepartmentIds),
    macro_url: input.kind === 'macro' ? (input.macro?.url ?? null) : null,
    macro_parts: input.kind === 'macro' ? (input.macro?.parts ?? null) : null,
    published_at: normalise(input.publishedAt ?? null),
    updated_at: now.toISOString(),
  };
}

/**
 * A new micro-, macro- or classroom training: a draft unless publishedAt is given. `alsoInTransaction` does what
 * belongs with it (an adopted draft marked) in the same transaction: if it throws, no training is made.
 */
export async function createItem(db: Kysely<Database>, admin: PersonRow, input: ItemInput, now: Date, alsoInTransaction?: AlsoInTransaction): Promise<AdminItem> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('learning_items')
      .values({ id, ...columnsOf(input, now), created_at: now.toISOString() })
      .execute();
    await replaceItemTexts(trx, id, input.kind, input.texts);
    await recordAudit(trx, { actorId: admin.id, action: 'item.create', entityType: 'item', entityId: id, detail: detailOf(input) }, now);
    await alsoInTransaction?.(trx, id);
  });
  return getAdminItem(db, id);
}

/** Replaces the whole training (the workspace always sends the whole form); the kind cannot change once people may have started it. */
export async function updateItem(db: Kysely<Database>, admin: PersonRow, id: string, input: ItemInput, now: Date): Promise<AdminItem> {
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('learning_items').select(['kind', 'published_at']).where('id', '=', id).executeTakeFirst();
    if (!existing) throw notFound('Training');
    if (existing.kind !== input.kind) throw new AppError(422, 'kind_fixed', 'A training cannot change its kind; make a new one');
    await trx.updateTable('learning_items').set(columnsOf(input, now)).where('id', '=', id).execute();
    await replaceItemTexts(trx, id, input.kind, input.texts);
    const action = existing.published_at !== (input.publishedAt ?? null) ? (input.publishedAt ? 'item.publish' : 'item.unpublish') : 'item.update';
    await recordAudit(trx, { actorId: admin.id, action, entityType: 'item', entityId: id, detail: detailOf(input) }, now);
  });
  return getAdminItem(db, id);
}

async function requireClassroom(db: Kysely<Database>, itemId: string): Promise<void> {
  const item = await db.selectFrom('learning_items').select('kind').where('id', '=', itemId).executeTakeFirst();
  if (!item) throw notFound('Training');
  if (item.kind !== 'classroom') throw new AppError(422, 'not_classroom', 'Only classroom trainings have sessions');
}

export async function addSession(db: Kysely<Database>, admin: PersonRow, itemId: string, input: SessionInput, now: Date): Promise<AdminItem> {
  await db.transaction().execute(async (trx) => {
    await requireClassroom(trx, itemId);
    const id = randomUUID();
    await trx
      .insertInto('classroom_sessions')
      .values({ id, item_id: itemId, starts_at: new Date(input.startsAt).toISOString(), ends_at: new Date(input.endsAt).toISOString(), place: input.place, seats: input.seats })
      .execute();
    await recordAudit(trx, { actorId: admin.id, action: 'session.create', entityType: 'session', entityId: id, detail: { itemId, ...input } }, now);
  });
  return getAdminItem(db, itemId);
}

/** Changing the seats moves the boundary between registered and waiting; registration order stays. */
export async function updateSession(db: Kysely<Database>, admin: PersonRow, sessionId: string, input: SessionInput, now: Date): Promise<AdminItem> {
  const session = await db.selectFrom('classroom_sessions').select('item_id').where('id', '=', sessionId).executeTakeFirst();
  if (!session) throw notFound('Session');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('classroom_sessions')
      .set({ starts_at: new Date(input.startsAt).toISOString(), ends_at: new Date(input.endsAt).toISOString(), place: input.place, seats: input.seats })
      .where('id', '=', sessionId)
      .execute();
    await recordAudit(trx, { actorId: admin.id, action: 'session.update', entityType: 'session', entityId: sessionId, detail: { ...input } }, now);
  });
  return getAdminItem(db, session.item_id);
}

export async function deleteSession(db: Kysely<Database>, admin: PersonRow, sessionId: string, now: Date): Promise<AdminItem> {
  const session = await db.selectFrom('classroom_sessions').select('item_id').where('id', '=', sessionId).executeTakeFirst();
  if (!session) throw notFound('Session');
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('classroom_sessions').where('id', '=', sessionId).execute();
    await recordAudit(trx, { actorId: admin.id, action: 'session.delete', entityType: 'session', entityId: sessionId }, now);
  });
  return getAdminItem(db, session.item_id);
}

function detailOf(input: ItemInput): Record<string, unknown> {
  return { kind: input.kind, titles: Object.fromEntries(input.texts.map((t) => [t.language, t.title])), publishedAt: input.publishedAt ?? null };
}
