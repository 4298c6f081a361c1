import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { SourceKind } from '../../../shared/schemas/attribution';
import { shortCodeSchema } from '../../../shared/schemas/short-code';
import type { AttributionSourceRow } from './attribution.table';
import {
  deleteSourceOf,
  findSourceByCode,
  findSourceOf,
  insertAcquisition,
  insertFirstTouch,
  insertSource,
  insertVisit,
  updateSourceOf,
} from './attribution.repository';
import { newSourceCode } from './source-code';

/*
 * Attribution in one place: every source that brings people in (posters,
 * channel links, stories, journey steps) credits visits and sign-ups the
 * same way.
 *
 * - A source is registered by the feature that owns it, in the transaction
 *   that creates it: `registerSource(trx, { kind, refId, campaignId, label })`.
 *   It gets a short code (one code space for every kind) that its link
 *   carries as `via=<code>`; the owner keeps the code on its own row if it
 *   prints it. A new kind is one entry in `sourceKinds` (shared/schemas/attribution.ts).
 * - A visit is credited by the public page or redirect that serves the
 *   source: `creditVisit(db, source.id, now)`. It stores a source and a
 *   moment only: no cookie, nothing on the device, nothing about who. A
 *   reload or a step back is not a new visit: the page knows that from the
 *   browser's navigation record and simply does not call again.
 * - A sign-up is credited at the person's first sign-in, through the
 *   `joined` hook in AppDeps (sign-in never imports this feature): the
 *   `via` code of the link they signed in with gets the first touch, for
 *   good. Later sources change nothing; an unknown code is ignored.
 * - Installs and push opt-ins are recorded once per person and count for
 *   the source of their first touch.
 */

export interface NewSource {
  kind: SourceKind;
  /** The owner's id (a poster's id, a link's id). */
  refId: string;
  campaignId: string | null;
  /** How the figures name it: a poster's placement, a link's channel. */
  label: string;
}

/**
 * Registers a source and gives it a fresh short code (a collision, one in
 * ~10¹¹, just draws again).
 *
 * @example const source = await registerSource(trx, { kind: 'poster', refId: poster.id, campaignId, label: 'Kantine' }, now);
 */
export async function registerSource(db: Kysely<Database>, source: NewSource, now: Date): Promise<AttributionSourceRow> {
  for (let attempt = 0; ; attempt += 1) {
    const code = newSourceCode();
    if (attempt < 5 && (await findSourceByCode(db, code))) continue;
    const row: AttributionSourceRow = { id: randomUUID(), kind: source.kind, ref_id: source.refId, campaign_id: source.campaignId, label: source.label, code, created_at: now.toISOString() };
    await insertSource(db, row);
    return row;
  }
}

/** The owner renamed or moved its source: the figures follow. */
export async function updateSource(db: Kysely<Database>, kind: SourceKind, refId: string, change: { label?: string; campaignId?: string | null }): Promise<void> {
  await updateSourceOf(db, kind, refId, { ...(change.label !== undefined && { label: change.label }), ...(change.campaignId !== undefined && { campaign_id: change.campaignId }) });
}

/** The owner deleted its source: its code stops crediting, its visits and first touches go. */
export async function removeSource(db: Kysely<Database>, kind: SourceKind, refId: string): Promise<void> {
  await deleteSourceOf(db, kind, refId);
}

export { findSourceByCode, findSourceOf };

/** Counts one visit of a source: a source and a moment, nothing about the device or person. */
export async function creditVisit(db: Kysely<Database>, sourceId: string, now: Date): Promise<void> {
  await insertVisit(db, { id: randomUUID(), source_id: sourceId, visited_at: now.toISOString() });
}

/**
 * First touch: the source whose code the person signed up through keeps the
 * credit; a person who already has one keeps theirs. A malformed or unknown
 * code is ignored (a typo must never stop someone from signing in).
 */
export async function creditSignUp(db: Kysely<Database>, personId: string, via: string | null, now: Date): Promise<void> {
  const code = shortCodeSchema.safeParse(via);
  if (!code.success) return;
  const source = await findSourceByCode(db, code.data);
  if (!source) return;
  await insertFirstTouch(db, { person_id: personId, source_id: source.id, touched_at: now.toISOString() });
}

/** A person's first install or push opt-in; later ones (another phone) change nothing. */
export async function recordAcquisition(db: Kysely<Database>, personId: string, kind: 'install' | 'push_opt_in', now: Date): Promise<void> {
  await insertAcquisition(db, { person_id: personId, kind, occurred_at: now.toISOString() });
}
