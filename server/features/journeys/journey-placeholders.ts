import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { nextOccurrence } from '../../../shared/domain/moment-schedule';
import type { PlaceholderValues } from '../../../shared/domain/journey';
import type { Language } from '../../../shared/schemas/common';
import { listWiifm } from '../strategy/strategy.repository';
import { wiifmForPerson } from '../strategy/wiifm.service';
import type { WiifmRow } from '../strategy/strategy.table';
import type { PersonRow } from '../people/people.table';
import type { LearningMomentRow } from '../moments/moments.table';
import { rowToSlot } from '../moments/moments.repository';

/*
 * What a journey message's placeholders stand for, per person: their first
 * name, their WIIFM message (the strategy's "what's in it for me" for their
 * most specific group), their next learning moment, and the step's link.
 * Read in batches: a step for thousands of people asks the database a few
 * times, not per person.
 */

export interface PlaceholderSources {
  wiifm: readonly WiifmRow[];
  moments: ReadonlyMap<string, LearningMomentRow>;
}

export async function placeholderSources(db: Kysely<Database>, personIds: readonly string[]): Promise<PlaceholderSources> {
  const wiifm = await listWiifm(db);
  const moments = new Map<string, LearningMomentRow>();
  for (let i = 0; i < personIds.length; i += 500) {
    for (const row of await db.selectFrom('learning_moments').selectAll().where('person_id', 'in', personIds.slice(i, i + 500)).execute()) moments.set(row.person_id, row);
  }
  return { wiifm, moments };
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

function momentText(person: PersonRow, moment: LearningMomentRow | undefined, language: Language, now: Date): string {
  const next = moment ? nextOccurrence(rowToSlot(moment), person.time_zone, now) : null;
  if (!next) return language === 'nl' ? 'je volgende leermoment' : 'your next learning moment';
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: person.time_zone }).format(next);
}

/** The placeholder values for one person in the given language (the item link is the job's own short link). */
export function placeholderValuesOf(sources: PlaceholderSources, person: PersonRow, language: Language, itemLink: string, now: Date): PlaceholderValues {
  const wiifm = wiifmForPerson(sources.wiifm, { ...person, language }, []);
  return { firstName: firstName(person.name), wiifm: wiifm[0]?.text ?? '', nextMoment: momentText(person, sources.moments.get(person.id), language, now), itemLink };
}

/** Both languages' values for one person, for a preview or a test send. */
export async function placeholderValuesFor(db: Kysely<Database>, publicUrl: string, person: PersonRow, itemLink: string | null, now: Date): Promise<Record<Language, PlaceholderValues>> {
  const sources = await placeholderSources(db, [person.id]);
  const link = itemLink ?? publicUrl;
  return { nl: placeholderValuesOf(sources, person, 'nl', link, now), en: placeholderValuesOf(sources, person, 'en', link, now) };
}
