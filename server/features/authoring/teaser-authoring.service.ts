import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import { heldUntilKickoff } from '../../../shared/domain/reveal';
import type { AdminTeaser, TeaserInput, TeaserPatch } from '../../../shared/schemas/authoring';
import { recordAudit } from '../audit/audit.service';
import { kickoffOfTeaser } from '../campaigns/reveal';
import type { PersonRow } from '../people/people.table';
import { listAdminTeasers, replaceTeaserTexts } from './teaser-authoring.repository';
import { requireSavedGroups } from '../target-groups/memberships';

/** What belongs with a new teaser or training, done in its transaction with its id. */
export type AlsoInTransaction = (trx: Transaction<Database>, id: string) => Promise<void>;

async function requireItem(db: Kysely<Database>, itemId: string | null | undefined): Promise<void> {
  if (!itemId) return;
  const found = await db.selectFrom('learning_items').select('id').where('id', '=', itemId).executeTakeFirst();
  if (!found) throw new AppError(422, 'unknown_item', 'The teaser points to a training that does not exist');
}

export async function getAdminTeaser(db: Kysely<Database>, id: string): Promise<AdminTeaser> {
  const [teaser] = await listAdminTeasers(db, id);
  if (!teaser) throw notFound('Teaser');
  return teaser;
}

/** A new teaser: a draft unless publishedAt is given (a future date schedules it); `alsoInTransaction` as for createItem. */
export async function createTeaser(db: Kysely<Database>, admin: PersonRow, input: TeaserInput, now: Date, alsoInTransaction?: AlsoInTransaction): Promise<AdminTeaser> {
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await requireItem(trx, input.itemId);
    await requireSavedGroups(trx, input.target?.groupIds);
    await trx
      .insertInto('teasers')
      .values({ id, item_id: input.itemId ?? null, published_at: normalise(input.publishedAt ?? null), ...(input.target && { target: JSON.stringify(input.target) }), created_at: now.toISOString() })
      .execute();
    await replaceTeaserTexts(trx, id, input.texts);
    await recordAudit(trx, { actorId: admin.id, action: 'teaser.create', entityType: 'teaser', entityId: id, detail: summary(input) }, now);
    await alsoInTransaction?.(trx, id);
  });
  return getAdminTeaser(db, id);
}

/**
 * Changes a teaser: texts, training, publish date (null unpublishes, a
 * future date schedules). A teaser of a campaign is never published before
 * the campaign's kick-off: that would spoil the reveal.
 */
export async function updateTeaser(db: Kysely<Database>, admin: PersonRow, id: string, patch: TeaserPatch, now: Date): Promise<AdminTeaser> {
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('teasers').select('id').where('id', '=', id).executeTakeFirst();
    if (!existing) throw notFound('Teaser');
    await requireItem(trx, patch.itemId);
    await requireSavedGroups(trx, patch.target?.groupIds);
    const publishedAt = patch.publishedAt === undefined ? undefined : heldUntilKickoff(normalise(patch.publishedAt), await kickoffOfTeaser(trx, id));
    if (patch.itemId !== undefined || publishedAt !== undefined || patch.target) {
      await trx
        .updateTable('teasers')
        .set({
          ...(patch.itemId !== undefined && { item_id: patch.itemId }),
          ...(publishedAt !== undefined && { published_at: publishedAt }),
          ...(patch.target && { target: JSON.stringify(patch.target) }),
        })
        .where('id', '=', id)
        .execute();
    }
    if (patch.texts) await replaceTeaserTexts(trx, id, patch.texts);
    await recordAudit(trx, { actorId: admin.id, action: actionOf(patch), entityType: 'teaser', entityId: id, detail: summary(patch) }, now);
  });
  return getAdminTeaser(db, id);
}

export async function deleteTeaser(db: Kysely<Database>, admin: PersonRow, id: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom('teasers').where('id', '=', id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound('Teaser');
    await recordAudit(trx, { actorId: admin.id, action: 'teaser.delete', entityType: 'teaser', entityId: id }, now);
  });
}

/** Stored as UTC ISO strings, so the feed compares them as text. */
export function normalise(moment: string | null): string | null {
  return moment === null ? null : new Date(moment).toISOString();
}

function actionOf(patch: TeaserPatch): string {
  if (patch.publishedAt === null) return 'teaser.unpublish';
  if (patch.publishedAt !== undefined) return 'teaser.publish';
  return 'teaser.update';
}

function summary(input: TeaserPatch): Record<string, unknown> {
  return {
    ...(input.texts && { hooks: Object.fromEntries(input.texts.map((t) => [t.language, t.hook])) }),
    ...(input.itemId !== undefined && { itemId: input.itemId }),
    ...(input.publishedAt !== undefined && { publishedAt: input.publishedAt }),
    ...(input.target && { target: input.target }),
  };
}
