import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { audienceFactsKey, isInAudience, type AudienceFacts } from '../../../shared/domain/audience';
import { pickLanguage } from '../../../shared/domain/localized';
import { audienceFactsOf } from '../people/audience-facts';
import type { Teaser } from '../../../shared/schemas/teasers';
import { toItemSummary } from '../learning/learning.mapper';
import type { PersonRow } from '../people/people.table';
import { currentCatalogue, nextScheduledChange, type Catalogue, type CatalogueTeaser } from './catalogue';
import { listPersonalFeedFacts, type PersonalFeedFacts } from './teasers.repository';
import { savedGroupMemberships } from '../target-groups/memberships';

const FEED_SIZE = 50;

/**
 * A person's feed: the teasers whose audience they are in (a campaign's
 * target groups, or a teaser's own outside a campaign, and the training's
 * own on top: see catalogue.ts), in their language where it exists, newest first. What they
 * have not done comes first; what they completed sinks to the end.
 * The catalogue comes from memory (see catalogue.ts); per request only the
 * person's own completions and opened teasers are read.
 */
export async function feedsFor(db: Kysely<Database>, people: readonly PersonRow[], now: Date): Promise<Map<string, Teaser[]>> {
  const { catalogue } = await currentCatalogue(db);
  const ids = people.map((p) => p.id);
  const [facts, groups] = await Promise.all([listPersonalFeedFacts(db, ids), savedGroupMemberships(db, catalogue.savedGroupIds, now, ids)]);
  return new Map(people.map((person) => [person.id, feedOf(catalogue, person, audienceFactsOf(person, groups.get(person.id) ?? []), facts.get(person.id) ?? NO_FACTS, now)]));
}

const NO_FACTS: PersonalFeedFacts = { completedItemIds: new Set(), openedTeaserIds: new Set() };

const FEEDS_KEPT = 2000;
const cachedFeeds = new WeakMap<Kysely<Database>, Map<string, { key: string; validUntil: string | null; json: Uint8Array<ArrayBuffer> }>>();
const utf8 = new TextEncoder();

/**
 * The feed as the JSON the API sends (UTF-8, ready for the socket), built once and reused until something
 * it depends on moves: the catalogue version (any change to the offer), the
 * person's feed version (a training completed, a teaser opened), their
 * language, any fact audience rules read (role, department, team…), or the
 * next scheduled publication. Both
 * versions live in the database, so every instance notices every change;
 * `catalogueVersion` is the one read with the session, if at hand.
 */
export async function feedJsonFor(db: Kysely<Database>, person: PersonRow, now: Date, catalogueVersion?: number): Promise<Uint8Array<ArrayBuffer>> {
  const { version, catalogue } = await currentCatalogue(db, catalogueVersion);
  // Only when some teaser is aimed at a saved group is the reader's membership decided (a few indexed reads).
  const groups = catalogue.savedGroupIds.length === 0 ? [] : ((await savedGroupMemberships(db, catalogue.savedGroupIds, now, [person.id])).get(person.id) ?? []);
  const audienceFacts = audienceFactsOf(person, groups);
  const key = [version, person.feed_version, person.language, audienceFactsKey(audienceFacts)].join('|');
  const nowIso = now.toISOString();
  let feeds = cachedFeeds.get(db);
  if (!feeds) cachedFeeds.set(db, (feeds = new Map()));
  const hit = feeds.get(person.id);
  if (hit && hit.key === key && (hit.validUntil === null || nowIso < hit.validUntil)) return hit.json;
  const facts = (await listPersonalFeedFacts(db, [person.id])).get(person.id) ?? NO_FACTS;
  const json = utf8.encode(JSON.stringify({ teasers: feedOf(catalogue, person, audienceFacts, facts, now) }));
  feeds.delete(person.id);
  if (feeds.size >= FEEDS_KEPT) feeds.delete(feeds.keys().next().value as string);
  feeds.set(person.id, { key, validUntil: nextScheduledChange(catalogue, nowIso), json });
  return json;
}

function feedOf(catalogue: Catalogue, person: PersonRow, audienceFacts: AudienceFacts, facts: PersonalFeedFacts, now: Date): Teaser[] {
  const nowIso = now.toISOString();
  const teasers: Teaser[] = [];
  for (const teaser of catalogue.teasers) {
    if (teasers.length === FEED_SIZE) break;
    if (teaser.publishedAt > nowIso || !isInAudience(teaser.audience, audienceFacts)) continue;
    const entry = toFeedEntry(teaser, catalogue.items, person, nowIso, facts);
    if (entry) teasers.push(entry);
  }
  return teasers.sort((a, b) => Number(a.done) - Number(b.done));
}

function toFeedEntry(
  teaser: CatalogueTeaser,
  items: Catalogue['items'],
  person: PersonRow,
  nowIso: string,
  facts: PersonalFeedFacts,
): Teaser | null {
  const picked = pickLanguage(teaser.texts, person.language);
  if (!picked) return null;
  const item = teaser.itemId ? items.get(teaser.itemId) : undefined;
  // A teaser for an item that is not published yet is not shown at all.
  if (teaser.itemId && (!item || (item.item.published_at ?? '') > nowIso)) return null;
  return {
    id: teaser.id,
    hook: picked.text.hook,
    callToAction: picked.text.callToAction,
    language: picked.text.language,
    isFallback: picked.isFallback,
    publishedAt: teaser.publishedAt,
    item: item ? toItemSummary(item, person.language) : null,
    isNew: !facts.openedTeaserIds.has(teaser.id),
    done: teaser.itemId ? facts.completedItemIds.has(teaser.itemId) : false,
  };
}
