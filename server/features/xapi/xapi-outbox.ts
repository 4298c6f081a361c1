import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { buildStatement, type LearnedThing, type XapiStatement } from '../../../shared/domain/xapi-statement';
import { readSetting, writeSetting } from '../settings/settings.repository';
import { actorNamer, statementIdFor } from './statement-ids';

/*
 * Fills the xAPI outbox from what was learned: completed trainings and
 * answered questions (learning_events) and finished paths
 * (path_completions), read after a cursor of when the server received
 * them. Each becomes one statement whose id comes from the event's own id,
 * inserted once (the id is the key): reading the same rows again changes
 * nothing, so the cursor only saves work.
 */

const CURSOR_SETTING = 'xapi_cursor';
const BATCH = 500;
/** A start this long before the completion counts towards its duration; older ones are another attempt. */
const MAX_DURATION_MS = 12 * 60 * 60_000;

/** Where reading stopped: the last row's time and key, since a sync batch gives hundreds of rows one received_at. */
interface Cursor {
  events: { at: string; id: string };
  paths: { at: string; id: string };
}

export interface EnqueueOptions {
  homePage: string;
  includeEmail: boolean;
}

export async function enqueueStatements(db: Kysely<Database>, options: EnqueueOptions, now: Date): Promise<number> {
  const stored = (await readSetting(db, CURSOR_SETTING)) as Partial<Cursor> | undefined;
  const start = { at: '', id: '' };
  const cursor: Cursor = { events: stored?.events ?? start, paths: stored?.paths ?? start };
  const nameOf = await actorNamer(db, now);
  const actorOf = (person: { id: string; email: string | null }) => (options.includeEmail && person.email ? { email: person.email } : { account: nameOf(person.id) });
  let added = 0;

  const events = await db
    .selectFrom('learning_events as e')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .innerJoin('learning_item_texts as nl', (join) => join.onRef('nl.item_id', '=', 'e.item_id').on('nl.language', '=', 'nl'))
    .innerJoin('learning_item_texts as en', (join) => join.onRef('en.item_id', '=', 'e.item_id').on('en.language', '=', 'en'))
    .select(['e.id', 'e.person_id', 'e.kind', 'e.item_id', 'e.question_id', 'e.correct', 'e.occurred_at', 'e.received_at', 'p.email', 'nl.title as title_nl', 'en.title as title_en'])
    .where('e.kind', 'in', ['training_completed', 'question_answered'])
    .where((eb) => eb.or([eb('e.received_at', '>', cursor.events.at), eb.and([eb('e.received_at', '=', cursor.events.at), eb('e.id', '>', cursor.events.id)])]))
    .orderBy('e.received_at')
    .orderBy('e.id')
    .limit(BATCH)
    .execute();
  for (const event of events) {
    const title = { nl: event.title_nl, en: event.title_en };
    const thing: LearnedThing =
      event.kind === 'training_completed'
        ? { kind: 'training_completed', itemId: event.item_id ?? '', title, durationSeconds: await durationOf(db, event.person_id, event.item_id ?? '', event.occurred_at) }
        : { kind: 'question_answered', itemId: event.item_id ?? '', questionId: event.question_id ?? '', title, correct: event.correct === null ? null : event.correct === 1 };
    const statement = buildStatement({ statementId: statementIdFor(`event:${event.id}`), homePage: options.homePage, actor: actorOf({ id: event.person_id, email: event.email }), thing, at: event.occurred_at });
    added += await enqueue(db, event.person_id, statement, now);
    cursor.events = { at: event.received_at, id: event.id };
  }

  const paths = await db
    .selectFrom('path_completions as c')
    .innerJoin('learning_paths as l', 'l.id', 'c.path_id')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .select(['c.path_id', 'c.person_id', 'c.completed_at', 'l.title_nl', 'l.title_en', 'p.email'])
    .select((eb) => eb.fn<string>('concat', ['c.path_id', eb.val(':'), 'c.person_id']).as('key'))
    .where((eb) =>
      eb.or([eb('c.completed_at', '>', cursor.paths.at), eb.and([eb('c.completed_at', '=', cursor.paths.at), eb(eb.fn<string>('concat', ['c.path_id', eb.val(':'), 'c.person_id']), '>', cursor.paths.id)])]),
    )
    .orderBy('c.completed_at')
    .orderBy('key')
    .limit(BATCH)
    .execute();
  for (const path of paths) {
    const thing: LearnedThing = { kind: 'path_finished', pathId: path.path_id, title: { nl: path.title_nl, en: path.title_en } };
    const statement = buildStatement({ statementId: statementIdFor(`path:${path.path_id}:${path.person_id}`), homePage: options.homePage, actor: actorOf({ id: path.person_id, email: path.email }), thing, at: path.completed_at });
    added += await enqueue(db, path.person_id, statement, now);
    cursor.paths = { at: path.completed_at, id: path.key };
  }
  await writeSetting(db, CURSOR_SETTING, cursor, now);
  return added;
}

async function enqueue(db: Kysely<Database>, personId: string, statement: XapiStatement, now: Date): Promise<number> {
  const result = await db
    .insertInto('xapi_outbox')
    .values({ id: statement.id, person_id: personId, statement: JSON.stringify(statement), created_at: now.toISOString(), attempts: 0, next_attempt_at: now.toISOString(), sent_at: null, last_error: null })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Seconds from the last start of the training before its completion, when that start is recent enough to be the same attempt. */
async function durationOf(db: Kysely<Database>, personId: string, itemId: string, completedAt: string): Promise<number | null> {
  const start = await db
    .selectFrom('learning_events')
    .select('occurred_at')
    .where('person_id', '=', personId)
    .where('item_id', '=', itemId)
    .where('kind', '=', 'training_started')
    .where('occurred_at', '<=', completedAt)
    .orderBy('occurred_at', 'desc')
    .executeTakeFirst();
  if (!start) return null;
  const ms = Date.parse(completedAt) - Date.parse(start.occurred_at);
  return ms >= 0 && ms <= MAX_DURATION_MS ? Math.round(ms / 1000) : null;
}
