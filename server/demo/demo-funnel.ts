import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { NewPersonRow } from '../features/people/people.table';

const DAY = 86_400_000;
const WEEKS = 12;

/** A small seeded generator: the same demo on every start. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Twelve weeks of believable history for the demo campaign's funnel, in a
 * second location ("Zorg Noord", two wards) so the colleagues people sign
 * in as keep their own small numbers: the canteen poster, passed at every
 * lunch, converts about one visit in four; the reception poster, passed in
 * a hurry, about one in fifteen. Of those who join most install the app,
 * about half allow reminders, most finish a first training within days, and
 * a core keeps learning week after week (retained). Nobody here has an
 * e-mail address: they joined through invites, as frontline staff do.
 */
export async function loadDemoFunnel(db: Kysely<Database>, now: Date): Promise<void> {
  const random = seeded(20261201);
  const campaign = await db.selectFrom('campaigns').select('id').where('name', '=', 'Lente-kick-off').executeTakeFirst();
  if (!campaign) return;
  const sources = await db.selectFrom('attribution_sources').select(['id', 'label']).where('campaign_id', '=', campaign.id).execute();
  const canteen = sources.find((s) => s.label.startsWith('Kantine'));
  const reception = sources.find((s) => s.label === 'Receptie');
  if (!canteen || !reception) return;
  const items = await db.selectFrom('learning_items').select(['id', 'kind']).where('kind', '=', 'micro').execute();
  if (items.length === 0) return;
  const at = now.toISOString();

  const departmentId = randomUUID();
  await db.insertInto('departments').values({ id: departmentId, name: 'Zorg Noord', created_at: at }).execute();
  const teams = ['Afdeling Noord 1', 'Afdeling Noord 2'].map((name) => ({ id: randomUUID(), name }));
  await db.insertInto('teams').values(teams.map((t) => ({ id: t.id, department_id: departmentId, name: t.name, created_at: at }))).execute();

  const start = now.getTime() - WEEKS * 7 * DAY;
  const moment = (from: number, spanDays: number) => Math.min(now.getTime() - 3_600_000, from + random() * spanDays * DAY);
  const visits: Array<{ id: string; source_id: string; visited_at: string }> = [];
  for (const [source, count] of [
    [canteen, 560],
    [reception, 420],
  ] as const) {
    for (let i = 0; i < count; i += 1) visits.push({ id: randomUUID(), source_id: source.id, visited_at: new Date(moment(start, WEEKS * 7)).toISOString() });
  }
  for (let i = 0; i < visits.length; i += 200) await db.insertInto('attribution_visits').values(visits.slice(i, i + 200)).execute();

  // And since the campaign began this week, a dozen who came straight to the app (no poster, no link).
  const joiners: Array<string | null> = [...Array.from({ length: 138 }, () => canteen.id), ...Array.from({ length: 27 }, () => reception.id), ...Array.from({ length: 12 }, () => null)];
  const people: NewPersonRow[] = [];
  const touches: Array<{ person_id: string; source_id: string; touched_at: string }> = [];
  const acquisitions: Array<{ person_id: string; kind: 'install' | 'push_opt_in'; occurred_at: string }> = [];
  const events: Database['learning_events'][] = [];
  const completions: Array<{ person_id: string; item_id: string; completed_at: string; source: 'app' }> = [];
  for (const [index, sourceId] of joiners.entries()) {
    const id = randomUUID();
    const joined = sourceId === null ? now.getTime() - (1 + random() * 20) * 3_600_000 : moment(start, WEEKS * 7 - 3);
    const team = teams[index % teams.length];
    people.push({
      id,
      email: null,
      name: `Collega Noord ${index + 1}`,
      role: 'employee',
      language: random() < 0.85 ? 'nl' : 'en',
      time_zone: 'Europe/Amsterdam',
      department_id: departmentId,
      team_id: team?.id ?? null,
      manager_id: null,
      created_at: new Date(joined - DAY).toISOString(),
      joined_at: new Date(joined).toISOString(),
      left_at: null,
    });
    if (sourceId) touches.push({ person_id: id, source_id: sourceId, touched_at: new Date(joined).toISOString() });
    // The canteen's people came at lunch with time to spare: they go further; those who came on their own went looking.
    const keen = sourceId === reception.id ? 0.8 : 1;
    if (random() < 0.8 * keen) acquisitions.push({ person_id: id, kind: 'install', occurred_at: new Date(moment(joined, 2)).toISOString() });
    if (random() < 0.55 * keen) acquisitions.push({ person_id: id, kind: 'push_opt_in', occurred_at: new Date(moment(joined + DAY, 3)).toISOString() });
    if (random() > 0.75 * keen) continue;
    // A first training within days, then a week of learning now and then: the keen ones nearly every week.
    const habit = random();
    let week = joined + random() * 5 * DAY;
    for (let n = 0; week < now.getTime() - 3_600_000; n += 1, week += 7 * DAY) {
      if (n > 0 && random() > (habit > 0.5 ? 0.85 : 0.35)) continue;
      const item = items[n % items.length];
      const startedAt = Math.min(week, now.getTime() - 7_200_000);
      const doneAt = startedAt + (2 + random() * 6) * 60_000;
      const base = { person_id: id, item_id: item?.id ?? null, teaser_id: null, question_id: null, correct: null, part: null, award_key: null, time_zone: 'Europe/Amsterdam', points: 0 };
      if (n < items.length && item) {
        events.push({ ...base, id: randomUUID(), kind: 'training_started', occurred_at: new Date(startedAt).toISOString(), received_at: new Date(startedAt).toISOString() });
        events.push({ ...base, id: randomUUID(), kind: 'training_completed', occurred_at: new Date(doneAt).toISOString(), received_at: new Date(doneAt).toISOString() });
        completions.push({ person_id: id, item_id: item.id, completed_at: new Date(doneAt).toISOString(), source: 'app' });
      } else {
        events.push({ ...base, item_id: null, id: randomUUID(), kind: 'question_answered', occurred_at: new Date(doneAt).toISOString(), received_at: new Date(doneAt).toISOString() });
      }
    }
  }
  const chunks = async <T>(rows: T[], insert: (part: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 200) await insert(rows.slice(i, i + 200));
  };
  await chunks(people, (part) => db.insertInto('people').values(part).execute());
  await chunks(touches, (part) => db.insertInto('first_touches').values(part).execute());
  await chunks(acquisitions, (part) => db.insertInto('acquisition_events').values(part).execute());
  await chunks(events, (part) => db.insertInto('learning_events').values(part).execute());
  await chunks(completions, (part) => db.insertInto('item_completions').values(part).execute());
}
