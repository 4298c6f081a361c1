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
/**
 * Each run reads again from a little before where the last one stopped: a
 * sync that committed late may carry an earlier received_at than rows read
 * already. Rereading is free of effects (statement ids are keys).
 */
const REREAD_MS = 5 * 60_000;
/** A start this long before the completion counts towards its duration; older ones are another attempt. */
const MAX_DURATION_MS = 12 * 60 * 60_000;

/** Where reading stopped: a time, and the key of the last row at that time (a sync batch gives hundreds of rows one received_at). */
interface Position {
  at: string;
  key: string;
}

interface Cursor {
  events: string;
  paths: string;
}

export interface EnqueueOptions {
  homePage: string;
  includeEmail: boolean;
}

const rewound = (at: string | undefined): Position => ({ at: at ? new Date(Date.parse(at) - REREAD_MS).toISOString() : '', key: '' });

export async function enqueueStatements(db: Kysely<Database>, options: EnqueueOptions, now: Date): Promise<number> {
  const stored = (await readSetting(db, CURSOR_SETTING)) as Partial<Cursor> | undefined;
  const nameOf = await actorNamer(db, now);
  const actorOf = (personId: string, email: string | null) => (options.includeEmail && email ? { email } : { account: nameOf(personId) });
  let added = 0;
  const cursor: Cursor = { events: stored?.events ?? '', paths: stored?.paths ?? '' };

  for (let position = rewound(stored?.events); ; ) {
    const events = await eventsAfter(db, position);
    for (const event of events) {
      const title = { nl: event.title_nl, en: event.title_en };
      const itemId = event.item_id ?? '';
      const thing: LearnedThing =
        event.kind === 'training_completed'
          ? { kind: 'training_completed', itemId, title, durationSeconds: await durationOf(db, event.person_id, itemId, event.occurred_at) }
          : { kind: 'question_answered', itemId, questionId: event.question_id ?? '', title, correct: event.correct === null ? null : event.correct === 1 };
      const statement = buildStatement({ statementId: statementIdFor(`event:${event.id}`), homePage: options.homePage, actor: actorOf(event.person_id, event.email), thing, at: event.occurred_at });
      added += await enqueue(db, event.person_id, statement, now);
      position = { at: event.received_at, key: event.id };
    }
    cursor.events = position.at;
    if (events.length < BATCH) break;
  }

  for (let position = rewound(stored?.paths); ; ) {
    const paths = await pathsAfter(db, position);
    for (const path of paths) {
      const thing: LearnedThing = { kind: 'path_finished', pathId: path.path_id, title: { nl: path.title_nl, en: path.title_en } };
      const statement = buildStatement({ statementId: statementIdFor(`path:${path.path_id}:${path.person_id}`), homePage: options.homePage, actor: actorOf(path.person_id, path.email), thing, at: path.completed_at });
      added += await enqueue(db, path.person_id, statement, now);
      position = { at: path.completed_at, key: path.person_id };
    }
    cursor.paths = position.at;
    if (paths.length < BATCH) break;
  }
  await writeSetting(db, CURSOR_SETTING, cursor, now);
  return added;
}

async function eventsAfter(db: Kysely<Database>, position: Position) {
  return db
    .selectFrom('learning_events as e')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .innerJoin('learning_item_texts as nl', (join) => join.onRef('nl.item_id', '=', 'e.item_id').on('nl.language', '=', 'nl'))
    .innerJoin('learning_item_texts as en', (join) => join.onRef('en.item_id', '=', 'e.item_id').on('en.language', '=', 'en'))
    .select(['e.id', 'e.person_id', 'e.kind', 'e.item_id', 'e.question_id', 'e.correct', 'e.occurred_at', 'e.received_at', 'p.email', 'nl.title as title_nl', 'en.title as title_en'])
    .where('e.kind', 'in', ['training_completed', 'question_answered'])
    .where((eb) => eb.or([eb('e.received_at', '>', position.at), eb.and([eb('e.received_at', '=', position.at), eb('e.id', '>', position.key)])]))
    .orderBy('e.received_at')
    .orderBy('e.id')
    .limit(BATCH)
    .execute();
}

/** Finished paths in order of finishing, then of person (several may finish one path in the same instant). */
async function pathsAfter(db: Kysely<Database>, position: Position) {
  return db
    .selectFrom('path_completions as c')
    .innerJoin('learning_paths as l', 'l.id', 'c.path_id')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .select(['c.path_id', 'c.person_id', 'c.completed_at', 'l.title_nl', 'l.title_en', 'p.email'])
    .where((eb) => eb.or([eb('c.completed_at', '>', position.at), eb.and([eb('c.completed_at', '=', position.at), eb('c.person_id', '>', position.key)])]))
    .orderBy('c.completed_at')
    .orderBy('c.person_id')
    .limit(BATCH)
    .execute();
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
