import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { LearningItemRow, LearningItemTextRow } from '../learning/learning.table';
import { audienceOfLists, contentAudience, NOBODY, savedGroupsIn, type AudienceRule } from '../../../shared/domain/audience';
import { targetGroupsSchema } from '../../../shared/schemas/audience';
import type { Language } from '../../../shared/schemas/common';
import { itemAudience } from '../learning/targeting';

export interface CatalogueTeaser {
  id: string;
  itemId: string | null;
  publishedAt: string;
  texts: Array<{ language: Language; hook: string; callToAction: string }>;
  /**
   * Who may see it: its campaign's target groups (outside a campaign, its
   * own), and of those only the people its training is meant for.
   */
  audience: AudienceRule;
}

/** Every teaser and item with a publish date (past or future), newest first; `now` is applied when reading. */
export interface Catalogue {
  teasers: CatalogueTeaser[];
  /** The saved target groups any teaser's audience names: a feed decides the reader's membership of these only. */
  savedGroupIds: string[];
  items: Map<string, { item: LearningItemRow; texts: LearningItemTextRow[] }>;
}

export interface VersionedCatalogue {
  /** Moves with every change to the learning offer. */
  version: number;
  catalogue: Catalogue;
}

const cached = new WeakMap<Kysely<Database>, VersionedCatalogue>();

/**
 * The learning offer as feeds need it, kept in memory per database. Every
 * request brings the catalogue version (bumped by triggers on any change, see
 * migration 0003), read with its session or else asked here, and the offer is
 * reloaded only when it moved, so every instance sees a change at its next
 * request. The version is read before the rows: a change in between makes
 * the next request reload again.
 */
export async function currentCatalogue(db: Kysely<Database>, versionReadWithSession?: number): Promise<VersionedCatalogue> {
  const version = versionReadWithSession ?? (await readCatalogueVersion(db));
  const hit = cached.get(db);
  // Versions only grow; a request that read its version just before another
  // request reloaded a newer offer is served that newer offer.
  if (hit && hit.version >= version) return hit;
  const fresh = { version, catalogue: await loadCatalogue(db) };
  cached.set(db, fresh);
  return fresh;
}

async function readCatalogueVersion(db: Kysely<Database>): Promise<number> {
  const { version } = await db.selectFrom('catalogue_version').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
  return version;
}

/** The next moment something scheduled in the catalogue goes live after `nowIso`, or null. */
export function nextScheduledChange(catalogue: Catalogue, nowIso: string): string | null {
  let next: string | null = null;
  const consider = (at: string | null) => {
    if (at && at > nowIso && (next === null || at < next)) next = at;
  };
  for (const teaser of catalogue.teasers) consider(teaser.publishedAt);
  for (const { item } of catalogue.items.values()) consider(item.published_at);
  return next;
}

async function loadCatalogue(db: Kysely<Database>): Promise<Catalogue> {
  const [teasers, teaserTexts, items, itemTexts] = await Promise.all([
    db
      .selectFrom('teasers')
      .leftJoin('campaign_teasers', 'campaign_teasers.teaser_id', 'teasers.id')
      .leftJoin('campaigns', 'campaigns.id', 'campaign_teasers.campaign_id')
      .select(['teasers.id', 'teasers.item_id', 'teasers.published_at', 'teasers.target', 'campaigns.id as campaign_id', 'campaigns.target as campaign_target'])
      .where('teasers.published_at', 'is not', null)
      // A draft campaign's teasers wait for its publication, whatever their own date.
      .where((eb) => eb.or([eb('campaigns.id', 'is', null), eb('campaigns.published_at', 'is not', null)]))
      .orderBy('teasers.published_at', 'desc')
      .orderBy('teasers.id')
      .execute(),
    db.selectFrom('teaser_texts').selectAll().execute(),
    db.selectFrom('learning_items').selectAll().where('published_at', 'is not', null).execute(),
    db.selectFrom('learning_item_texts').selectAll().execute(),
  ]);
  const textsByTeaser = groupBy(teaserTexts, (t) => t.teaser_id);
  const textsByItem = groupBy(itemTexts, (t) => t.item_id);
  const itemMap = new Map(items.map((item) => [item.id, { item, texts: textsByItem.get(item.id) ?? [] }]));
  const catalogueTeasers = teasers.map((t) => {
    const item = t.item_id ? itemMap.get(t.item_id) : undefined;
    // In a campaign, the campaign's groups decide; the teaser's own apply only outside one.
    const reach = storedAudience(t.campaign_id === null ? t.target : t.campaign_target);
    return {
      id: t.id,
      itemId: t.item_id,
      publishedAt: t.published_at ?? '',
      texts: (textsByTeaser.get(t.id) ?? []).map((x) => ({ language: x.language, hook: x.hook, callToAction: x.call_to_action })),
      audience: item ? contentAudience(reach, itemAudience(item.item)) : reach,
    };
  });
  return { teasers: catalogueTeasers, savedGroupIds: savedGroupsIn(...catalogueTeasers.map((t) => t.audience)), items: itemMap };
}

/**
 * The audience of target groups kept as JSON. A campaign's locations are
 * dropped (they say where posters hang); a damaged value reaches nobody
 * rather than everyone.
 */
export function storedAudience(json: string | null): AudienceRule {
  try {
    const { departmentIds, teamIds, roles, languages, groupIds } = JSON.parse(json ?? '') as Record<string, unknown>;
    const parsed = targetGroupsSchema.safeParse({ departmentIds, teamIds, roles, languages, groupIds });
    if (parsed.success) return audienceOfLists(parsed.data);
  } catch {
    // A damaged value: below.
  }
  return NOBODY;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
