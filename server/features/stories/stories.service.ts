import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppDeps } from '../../http/app-env';
import { AppError, notFound } from '../../http/app-error';
import { pickLanguage } from '../../../shared/domain/localized';
import { storyAuthor } from '../../../shared/domain/story-author';
import type { Language } from '../../../shared/schemas/common';
import type { AdminStory, MyStory, SharedStory, Story, StoryInput } from '../../../shared/schemas/stories';
import { creditVisit, findSourceOf, registerSource, removeSource } from '../attribution/attribution.service';
import { recordAudit } from '../audit/audit.service';
import type { ItemWithTexts } from '../learning/learning.repository';
import { findPersonById } from '../people/people.repository';
import type { PersonRow } from '../people/people.table';
import { tellPeople } from '../push/tell';
import { itemsVisibleTo, publishedItems } from '../teasers/visible-items';
import {
  deleteStory,
  findStory,
  findStoryByCode,
  insertShare,
  insertStart,
  insertStory,
  listAllStories,
  listApprovedStories,
  listStoriesOf,
  updateStory,
  type StoryWithAuthor,
} from './stories.repository';
import type { StoryRow } from './stories.table';
import { storyFigures } from './story-figures';
import { storyApprovedNotice, storyDeclinedNotice, storyEditNotice } from './story-notices';

/*
 * Success stories. Nothing is visible before L&D approves it; an edit by
 * L&D waits for the author's agreement; withdrawing deletes the story with
 * its figures and its attribution source at once, so it is gone from the
 * feed, the home, shared links and the funnel alike. A story is an
 * attribution source of kind `story`: its share link /s/<code> carries the
 * source's code, and a sign-up through it is credited as first touch.
 */

const FEED_SIZE = 30;
const imageUrlOf = (id: string | null) => (id ? `/api/images/${id}` : null);

function trainingOf(entry: ItemWithTexts, language: Language) {
  const text = pickLanguage(entry.texts, language)?.text;
  return { id: entry.item.id, title: text?.title ?? '', kind: entry.item.kind, durationMinutes: entry.item.duration_minutes };
}

function toStory(row: StoryWithAuthor, entry: ItemWithTexts, language: Language, publicUrl: string): Story {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    body: row.body,
    imageUrl: imageUrlOf(row.image_id),
    author: storyAuthor(row.display, row.author_name, row.department_name),
    training: trainingOf(entry, language),
    approvedAt: row.approved_at ?? row.updated_at,
    shareUrl: `${publicUrl}/s/${row.code}`,
  };
}

/** Approved stories about trainings the reader may follow, newest first. */
export async function listStories(deps: Pick<AppDeps, 'db' | 'config'>, reader: PersonRow, now: Date): Promise<Story[]> {
  const [rows, visible] = await Promise.all([listApprovedStories(deps.db, FEED_SIZE), itemsVisibleTo(deps.db, reader, now)]);
  return rows.flatMap((row) => {
    const entry = visible.get(row.item_id);
    return entry ? [toStory(row, entry, reader.language, deps.config.publicUrl)] : [];
  });
}

/** Stories as `toStory` shows them, for another feature's screen (the team page). */
export async function storiesAsShown(deps: Pick<AppDeps, 'db' | 'config'>, rows: StoryWithAuthor[], language: Language, now: Date): Promise<Story[]> {
  const items = await publishedItems(deps.db, now);
  return rows.flatMap((row) => {
    const entry = items.get(row.item_id);
    return entry ? [toStory(row, entry, language, deps.config.publicUrl)] : [];
  });
}

/**
 * One story by its id, as the reader would see it in the feed, for another
 * feature that refers to a story (a step of a drip journey stores the story's
 * id): null when it is not approved (pending, declined, withdrawn: gone
 * everywhere at once) or about a training the reader may not follow, so the
 * caller skips it rather than showing a stale copy.
 *
 * @example const story = await storyForReader(deps, step.storyId, person, now); if (story) show(story);
 */
export async function storyForReader(deps: Pick<AppDeps, 'db' | 'config'>, id: string, reader: PersonRow, now: Date): Promise<Story | null> {
  const row = await findStory(deps.db, id);
  if (row?.status !== 'approved') return null;
  const entry = (await itemsVisibleTo(deps.db, reader, now)).get(row.item_id);
  return entry ? toStory(row, entry, reader.language, deps.config.publicUrl) : null;
}

/** A story opened from its link: whole for a colleague, title only for someone signed out. */
export async function sharedStory(deps: Pick<AppDeps, 'db' | 'config'>, code: string, reader: PersonRow | null, language: Language, now: Date): Promise<SharedStory> {
  const row = await findStoryByCode(deps.db, code);
  const entry = row?.status === 'approved' ? (await publishedItems(deps.db, now)).get(row.item_id) : undefined;
  if (!row || !entry) throw notFound('Story');
  const story = toStory(row, entry, reader?.language ?? language, deps.config.publicUrl);
  return { code, title: row.title, trainingTitle: story.training.title, story: reader ? story : null };
}

/** One view of an approved story (from its link or in the app): a source and a moment, nothing about who. */
export async function countView(db: Kysely<Database>, code: string, now: Date): Promise<void> {
  const row = await findStoryByCode(db, code);
  const source = row?.status === 'approved' ? await findSourceOf(db, 'story', row.id) : undefined;
  if (!source) throw notFound('Story');
  await creditVisit(db, source.id, now);
}

async function approvedStory(db: Kysely<Database>, id: string): Promise<StoryWithAuthor> {
  const row = await findStory(db, id);
  if (!row || row.status !== 'approved') throw notFound('Story');
  return row;
}

/** "I want to learn this too": counted once per person, and the training to open. */
export async function startFromStory(db: Kysely<Database>, person: PersonRow, id: string, now: Date): Promise<{ itemId: string }> {
  const row = await approvedStory(db, id);
  await insertStart(db, { story_id: row.id, person_id: person.id, started_at: now.toISOString() });
  return { itemId: row.item_id };
}

export async function countShare(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  const row = await approvedStory(db, id);
  await insertShare(db, { id: randomUUID(), story_id: row.id, shared_at: now.toISOString() });
}

/** A new story, waiting for L&D; registered as an attribution source in the same transaction, so its link works once approved. */
export async function writeStory(db: Kysely<Database>, author: PersonRow, input: StoryInput, now: Date): Promise<{ id: string }> {
  const items = await publishedItems(db, now);
  if (!items.has(input.itemId)) throw new AppError(422, 'unknown_item', 'Pick a published training');
  if (input.imageId && !(await db.selectFrom('images').select('id').where('id', '=', input.imageId).executeTakeFirst())) {
    throw new AppError(422, 'unknown_image', 'Upload the photo first');
  }
  const id = randomUUID();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const source = await registerSource(trx, { kind: 'story', refId: id, campaignId: null, label: input.title }, now);
    await insertStory(trx, {
      id,
      author_id: author.id,
      item_id: input.itemId,
      title: input.title,
      body: input.body,
      image_id: input.imageId ?? null,
      display: input.display,
      status: 'pending',
      decline_reason: null,
      proposed_title: null,
      proposed_body: null,
      code: source.code,
      created_at: at,
      updated_at: at,
      approved_at: null,
    });
  });
  return { id };
}

function toMyStory(row: StoryRow, items: Map<string, ItemWithTexts>, language: Language): MyStory {
  const entry = items.get(row.item_id);
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    body: row.body,
    itemId: row.item_id,
    trainingTitle: entry ? trainingOf(entry, language).title : '',
    display: row.display,
    imageUrl: imageUrlOf(row.image_id),
    status: row.status,
    declineReason: row.decline_reason,
    proposedEdit: row.proposed_title !== null && row.proposed_body !== null ? { title: row.proposed_title, body: row.proposed_body } : null,
    createdAt: row.created_at,
  };
}

export async function myStories(db: Kysely<Database>, author: PersonRow, now: Date): Promise<MyStory[]> {
  const [rows, items] = await Promise.all([listStoriesOf(db, author.id), publishedItems(db, now)]);
  return rows.map((row) => toMyStory(row, items, author.language));
}

async function ownStory(db: Kysely<Database>, author: PersonRow, id: string): Promise<StoryWithAuthor> {
  const row = await findStory(db, id);
  if (!row || row.author_id !== author.id) throw notFound('Story');
  return row;
}

/** The author agrees to L&D's edit (the edited story is published) or keeps their own text (it waits for L&D again). */
export async function decideEdit(db: Kysely<Database>, author: PersonRow, id: string, accept: boolean, now: Date): Promise<MyStory> {
  const row = await ownStory(db, author, id);
  if (row.status !== 'edit_proposed' || row.proposed_title === null || row.proposed_body === null) throw new AppError(409, 'no_edit_proposed', 'L&D proposed no edit to this story');
  const at = now.toISOString();
  const change = accept
    ? { title: row.proposed_title, body: row.proposed_body, status: 'approved' as const, approved_at: at }
    : { status: 'pending' as const };
  await db.transaction().execute(async (trx) => {
    await updateStory(trx, id, { ...change, proposed_title: null, proposed_body: null, updated_at: at });
    if (accept) await updateSourceLabel(trx, id, row.proposed_title ?? row.title);
  });
  const updated = await ownStory(db, author, id);
  return toMyStory(updated, await publishedItems(db, now), author.language);
}

async function updateSourceLabel(db: Kysely<Database>, id: string, label: string): Promise<void> {
  await db.updateTable('attribution_sources').set({ label }).where('kind', '=', 'story').where('ref_id', '=', id).execute();
}

/**
 * Gone everywhere at once: the story, its photo, its starts and shares, and
 * its attribution source with the visits and first touches it holds (the
 * people it brought in then count as unattributed).
 */
export async function removeStory(db: Kysely<Database>, row: Pick<StoryRow, 'id' | 'image_id'>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await removeSource(trx, 'story', row.id);
    await deleteStory(trx, row.id);
    if (row.image_id) await trx.deleteFrom('images').where('id', '=', row.image_id).execute();
  });
}

export async function withdrawStory(db: Kysely<Database>, author: PersonRow, id: string): Promise<void> {
  await removeStory(db, await ownStory(db, author, id));
}

/** Before a person is erased: their stories go the way a withdrawn story goes. */
export async function removeStoriesOf(db: Kysely<Database>, personId: string): Promise<void> {
  for (const row of await listStoriesOf(db, personId)) await removeStory(db, row);
}

export async function adminStories(db: Kysely<Database>, now: Date, language: Language): Promise<AdminStory[]> {
  const [rows, items] = await Promise.all([listAllStories(db), publishedItems(db, now)]);
  const figures = await storyFigures(db, rows.map((r) => r.id));
  return rows.map((row) => {
    const { itemId: _, ...moderated } = toMyStory(row, items, language);
    return {
      ...moderated,
      authorName: row.author_name,
      shownAs: storyAuthor(row.display, row.author_name, row.department_name),
      approvedAt: row.approved_at,
      figures: figures.get(row.id) ?? { views: 0, shares: 0, trainingsStarted: 0, joined: 0 },
    };
  });
}

type ModerationDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'log'>;

/** One moderation step: the change and its audit entry together, then the author is told. */
async function moderate(deps: ModerationDeps, admin: PersonRow, id: string, action: string, apply: (row: StoryWithAuthor, trx: Kysely<Database>) => Promise<void>, tell: (row: StoryWithAuthor, language: Language) => ReturnType<typeof storyApprovedNotice>) {
  const now = deps.clock();
  const row = await findStory(deps.db, id);
  if (!row) throw notFound('Story');
  await deps.db.transaction().execute(async (trx) => {
    await apply(row, trx);
    await recordAudit(trx, { actorId: admin.id, action: `story.${action}`, entityType: 'story', entityId: id }, now);
  });
  const author = await findPersonById(deps.db, row.author_id);
  if (author) await tellPeople(deps, [{ person: author, notice: tell(row, author.language) }], now);
}

export async function approveStory(deps: ModerationDeps, admin: PersonRow, id: string): Promise<void> {
  const at = deps.clock().toISOString();
  await moderate(
    deps,
    admin,
    id,
    'approve',
    async (row, trx) => {
      // Approving over a proposed edit would publish a text the author did not agree to: the original is what gets approved.
      if (row.status === 'approved') throw new AppError(409, 'already_approved', 'This story is approved already');
      await updateStory(trx, id, { status: 'approved', approved_at: at, updated_at: at, decline_reason: null, proposed_title: null, proposed_body: null });
    },
    (row, language) => storyApprovedNotice(language, row.title),
  );
}

export async function declineStory(deps: ModerationDeps, admin: PersonRow, id: string, reason: string): Promise<void> {
  const at = deps.clock().toISOString();
  await moderate(
    deps,
    admin,
    id,
    'decline',
    (_row, trx) => updateStory(trx, id, { status: 'declined', decline_reason: reason, approved_at: null, updated_at: at, proposed_title: null, proposed_body: null }),
    (row, language) => storyDeclinedNotice(language, row.title, reason),
  );
}

/** L&D's edit waits for the author; the story leaves the feed until they agree (nothing shows that the author did not agree to). */
export async function proposeEdit(deps: ModerationDeps, admin: PersonRow, id: string, edit: { title: string; body: string }): Promise<void> {
  const at = deps.clock().toISOString();
  await moderate(
    deps,
    admin,
    id,
    'propose_edit',
    (_row, trx) => updateStory(trx, id, { status: 'edit_proposed', proposed_title: edit.title, proposed_body: edit.body, approved_at: null, updated_at: at }),
    (row, language) => storyEditNotice(language, row.title),
  );
}
