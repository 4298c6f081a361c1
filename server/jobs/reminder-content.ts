import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { PersonRow } from '../features/people/people.table';
import { feedsFor } from '../features/teasers/teasers.service';
import type { Teaser } from '../../shared/schemas/teasers';
import type { Notice } from '../features/push/notify';

const copy = {
  nl: { title: 'Tijd voor je leermoment', fallback: 'Open Leerlust en kies je volgende training.' },
  en: { title: 'Time for your learning moment', fallback: 'Open Leerlust and pick your next training.' },
} as const;

/**
 * The reminder a person gets at their learning moment: a personal teaser for
 * the next micro-training meant for them that they have not done (the feed's
 * own choice and order), opening that training. Without one, the app's home.
 */
export async function reminderNotice(db: Kysely<Database>, person: PersonRow, now: Date): Promise<Notice> {
  return noticeFrom(person, (await feedsFor(db, [person], now)).get(person.id) ?? []);
}

/** reminderNotice for many people: their feeds are read together. */
export async function reminderNotices(db: Kysely<Database>, people: readonly PersonRow[], now: Date): Promise<Map<string, Notice>> {
  const feeds = await feedsFor(db, people, now);
  return new Map(people.map((person) => [person.id, noticeFrom(person, feeds.get(person.id) ?? [])]));
}

function noticeFrom(person: PersonRow, feed: readonly Teaser[]): Notice {
  const next = feed.find((teaser) => !teaser.done && teaser.item?.kind === 'micro') ?? feed.find((teaser) => !teaser.done && teaser.item);
  const t = copy[person.language];
  return {
    kind: 'moment_reminder',
    title: t.title,
    body: next ? next.hook : t.fallback,
    url: next?.item ? `/training/${next.item.id}?source=push` : '/?source=push',
    tag: 'learning-moment',
    // Useful until the moment is over; urgency normal so it arrives on a phone in power-saving mode too.
    ttlSeconds: 3600,
    urgency: 'normal',
  };
}
