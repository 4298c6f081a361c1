import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { registerSource } from '../features/attribution/attribution.service';

const DAY = 86_400_000;

const texts = [
  {
    language: 'nl',
    headline: 'Er komt iets nieuws aan',
    why: 'De zorg verandert snel: nieuwe technologie, nieuwe regels. Wij investeren in jou, zodat je zeker en met plezier je werk blijft doen.',
    forYou: 'Sneller werken, minder zoeken, en groeien in je vak — in werktijd, op je eigen telefoon.',
    expect: 'Micro-trainingen van drie minuten, verdiepende cursussen en klassikale trainingen op de afdeling.',
  },
  {
    language: 'en',
    headline: 'Something new is coming',
    why: 'Care is changing fast: new technology, new rules. We invest in you, so you keep doing your work with confidence and joy.',
    forYou: 'Work faster, search less and grow in your craft — in work time, on your own phone.',
    expect: 'Three-minute micro-trainings, in-depth courses and classroom trainings on the ward.',
  },
];

const revealTeasers = [
  { nl: ['De nieuwe leerlijn is er: drie minuten per dag, jouw tempo.', 'Begin'], en: ['The new learning path is here: three minutes a day, at your pace.', 'Start'] },
  { nl: ['Klassikaal oefenen met collega’s? Schrijf je in voor de nieuwe sessies.', 'Bekijk'], en: ['Practise with colleagues? Sign up for the new sessions.', 'Look'] },
];

/**
 * The demo's spring campaign: a kick-off in five days in the canteen (and
 * online), two teasers waiting for the reveal, and two posters — canteen and
 * reception — that have been scanned a few dozen times and brought in two
 * people, so the figures page has something to show.
 */
export async function loadDemoCampaign(db: Kysely<Database>, now: Date, personIds: ReadonlyMap<string, string>): Promise<void> {
  const at = now.toISOString();
  const kickoff = new Date(now.getTime() + 5 * DAY);
  kickoff.setUTCHours(13, 0, 0, 0);
  const kickoffAt = kickoff.toISOString();
  const campaignId = randomUUID();
  await db
    .insertInto('campaigns')
    .values({
      id: campaignId,
      name: 'Lente-kick-off',
      starts_on: at.slice(0, 10),
      ends_on: new Date(now.getTime() + 90 * DAY).toISOString().slice(0, 10),
      kickoff_at: kickoffAt,
      kickoff_place: 'Kantine, gebouw A',
      kickoff_url: 'https://meet.anker.example/kickoff',
      texts: JSON.stringify(texts),
      target: JSON.stringify({ departmentIds: [], teamIds: [], roles: ['employee', 'manager'], locations: ['Gebouw A'], languages: [] }),
      revealed_at: null,
      published_at: at,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const items = await db.selectFrom('learning_items').select('id').execute();
  // The three-minute lifting training is the one to try from the kick-off page, before joining.
  const toTry = await db.selectFrom('learning_item_texts').select('item_id').where('title', '=', 'Tillen zonder rugpijn').executeTakeFirst();
  if (items.length) {
    await db
      .insertInto('campaign_items')
      .values(items.map((i) => ({ campaign_id: campaignId, item_id: i.id, open_to_try: i.id === toTry?.item_id ? 1 : 0 })))
      .execute();
  }
  for (const teaser of revealTeasers) {
    const id = randomUUID();
    // Scheduled at the kick-off: the reveal (see campaigns/reveal.ts).
    await db.insertInto('teasers').values({ id, item_id: items[0]?.id ?? null, published_at: kickoffAt, created_at: at }).execute();
    await db
      .insertInto('teaser_texts')
      .values([
        { teaser_id: id, language: 'nl', hook: teaser.nl[0] ?? '', call_to_action: teaser.nl[1] ?? '' },
        { teaser_id: id, language: 'en', hook: teaser.en[0] ?? '', call_to_action: teaser.en[1] ?? '' },
      ])
      .execute();
    await db.insertInto('campaign_teasers').values({ teaser_id: id, campaign_id: campaignId }).execute();
  }
  const posters = [
    { placement: 'Kantine, gebouw A', scans: 23 },
    { placement: 'Receptie', scans: 9 },
  ];
  for (const [index, poster] of posters.entries()) {
    const posterId = randomUUID();
    const source = await registerSource(db, { kind: 'poster', refId: posterId, campaignId, label: poster.placement }, now);
    await db.insertInto('posters').values({ id: posterId, campaign_id: campaignId, placement: poster.placement, code: source.code, created_at: at }).execute();
    await db
      .insertInto('attribution_visits')
      .values(Array.from({ length: poster.scans }, (_, i) => ({ id: randomUUID(), source_id: source.id, visited_at: new Date(now.getTime() - ((i % 4) + 1) * DAY + i * 60_000).toISOString() })))
      .execute();
    if (index === 0) await attribute(db, source.id, ['daan', 'aisha'], personIds, now);
  }
  const lotte = personIds.get('lotte') ?? null;
  await db
    .insertInto('audit_log')
    .values({ id: randomUUID(), actor_id: lotte, action: 'campaign.create', entity_type: 'campaign', entity_id: campaignId, detail: JSON.stringify({ name: 'Lente-kick-off' }), at })
    .execute();
}

/** Two colleagues who joined through the canteen poster: one installed the app, one also allowed reminders. */
async function attribute(db: Kysely<Database>, sourceId: string, locals: string[], personIds: ReadonlyMap<string, string>, now: Date): Promise<void> {
  for (const [index, local] of locals.entries()) {
    const personId = personIds.get(local);
    if (!personId) continue;
    const at = new Date(now.getTime() - (index + 1) * DAY).toISOString();
    await db.insertInto('first_touches').values({ person_id: personId, source_id: sourceId, touched_at: at }).execute();
    await db.insertInto('acquisition_events').values({ person_id: personId, kind: 'install', occurred_at: at }).execute();
    if (index === 1) await db.insertInto('acquisition_events').values({ person_id: personId, kind: 'push_opt_in', occurred_at: at }).execute();
  }
}
