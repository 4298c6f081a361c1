import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isInAudience, type AudienceFacts, type AudienceRule } from '../../../shared/domain/audience';
import { withholdSmallGroup } from '../../../shared/domain/group-privacy';
import { pickLanguage } from '../../../shared/domain/localized';
import { localDateIn } from '../../../shared/domain/local-date';
import { targetGroupsSchema, type TargetGroups } from '../../../shared/schemas/audience';
import type { AdminPath, MyPath, PathInput, TeamPathInput, TeamPaths } from '../../../shared/schemas/paths';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import type { PersonRow } from '../people/people.table';
import { storedAudience } from '../teasers/catalogue';
import { itemsVisibleTo, publishedItems } from '../teasers/visible-items';
import {
  deletePath,
  findPath,
  listCurrentPeople,
  listItemCompletions,
  listPathCompletions,
  listPaths,
  savePath,
  type PathWithItems,
} from './paths.repository';
import type { LearningPathsTable, PathRow } from './paths.table';
import { audienceFactsFor, audienceFactsOfEveryone, requireSavedGroups } from '../target-groups/memberships';

const EVERYONE: TargetGroups = { departmentIds: [], teamIds: [], roles: [], languages: [], groupIds: [] };

/** Who has the path: its target groups (for a manager's path, their team). */
export function pathAudience(path: Pick<PathRow, 'target'>): AudienceRule {
  return storedAudience(path.target);
}

function storedTarget(json: string): TargetGroups {
  try {
    const parsed = targetGroupsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : EVERYONE;
  } catch {
    return EVERYONE;
  }
}

/** Refuses an unknown or unpublished training and a due date before today (in the author's time zone). */
async function checkPath(db: Kysely<Database>, itemIds: readonly string[], dueDate: string | null | undefined, now: Date, timeZone: string) {
  const published = await publishedItems(db, now);
  const unknown = itemIds.filter((id) => !published.has(id));
  if (unknown.length > 0) throw new AppError(422, 'unknown_item', `Not a published training: ${unknown.join(', ')}`);
  if (dueDate && (Number.isNaN(Date.parse(`${dueDate}T00:00:00Z`)) || dueDate < isoDate(localDateIn(now, timeZone)))) {
    throw new AppError(422, 'due_date_in_past', 'The due date must be today or later');
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: { year: number; month: number; day: number }) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

type PeopleList = Awaited<ReturnType<typeof listCurrentPeople>>;

type FactsOf = ReadonlyMap<string, AudienceFacts>;

/** Everyone's facts for deciding these paths' audiences (their saved groups decided once for all). */
const factsForPaths = (db: Kysely<Database>, people: PeopleList, paths: readonly PathWithItems[], now: Date) =>
  audienceFactsOfEveryone(db, people, paths.map(({ path }) => pathAudience(path)), now);

function assignedTo(path: PathRow, people: PeopleList, facts: FactsOf) {
  const audience = pathAudience(path);
  return people.filter((p) => {
    const mine = facts.get(p.id);
    return mine !== undefined && isInAudience(audience, mine);
  });
}

function toAdminPath({ path, itemIds }: PathWithItems, people: PeopleList, facts: FactsOf, completions: Array<{ path_id: string }>): AdminPath {
  return {
    id: path.id,
    title: { nl: path.title_nl, en: path.title_en },
    purpose: path.purpose,
    mandatory: path.mandatory === 1,
    dueDate: path.due_date,
    itemIds,
    target: storedTarget(path.target),
    teamId: path.team_id,
    assigned: assignedTo(path, people, facts).length,
    completed: completions.filter((c) => c.path_id === path.id).length,
  };
}

export async function adminPaths(db: Kysely<Database>, now: Date): Promise<AdminPath[]> {
  const [paths, people, completions] = await Promise.all([listPaths(db), listCurrentPeople(db), listPathCompletions(db)]);
  const facts = await factsForPaths(db, people, paths, now);
  return paths.map((p) => toAdminPath(p, people, facts, completions));
}

async function adminPathById(db: Kysely<Database>, id: string, now: Date): Promise<AdminPath> {
  const found = await findPath(db, id);
  if (!found) throw notFound('Learning path');
  const [people, completions] = await Promise.all([listCurrentPeople(db), listPathCompletions(db)]);
  return toAdminPath(found, people, await factsForPaths(db, people, [found], now), completions);
}

async function writePath(db: Kysely<Database>, actor: PersonRow, row: LearningPathsTable, itemIds: readonly string[], isNew: boolean, now: Date) {
  await db.transaction().execute(async (trx) => {
    await savePath(trx, row, itemIds, isNew);
    const detail = { itemIds, mandatory: row.mandatory === 1, dueDate: row.due_date };
    await recordAudit(trx, { actorId: actor.id, action: isNew ? 'path.create' : 'path.update', entityType: 'learning_path', entityId: row.id, detail }, now);
  });
  return adminPathById(db, row.id, now);
}

export async function savePathOf(db: Kysely<Database>, admin: PersonRow, id: string | null, input: PathInput, now: Date): Promise<AdminPath> {
  const existing = id ? await findPath(db, id) : undefined;
  if (id && !existing) throw notFound('Learning path');
  await checkPath(db, input.itemIds, input.dueDate, now, admin.time_zone);
  await requireSavedGroups(db, input.target.groupIds);
  const at = now.toISOString();
  const row: LearningPathsTable = {
    id: id ?? randomUUID(),
    title_nl: input.title.nl,
    title_en: input.title.en,
    purpose: input.purpose,
    mandatory: input.mandatory ? 1 : 0,
    due_date: input.dueDate ?? null,
    target: JSON.stringify(input.target),
    team_id: existing?.path.team_id ?? null,
    created_by: existing?.path.created_by ?? admin.id,
    created_at: existing?.path.created_at ?? at,
    updated_at: at,
  };
  return writePath(db, admin, row, input.itemIds, !existing, now);
}

/** A manager gives their own team a path; it is never mandatory (only L&D marks legal obligations). */
export async function createTeamPath(db: Kysely<Database>, manager: PersonRow, input: TeamPathInput, now: Date): Promise<AdminPath> {
  if (!manager.team_id) throw new AppError(422, 'no_team', 'You have no team to give a path');
  await checkPath(db, input.itemIds, input.dueDate, now, manager.time_zone);
  const at = now.toISOString();
  const row: LearningPathsTable = {
    id: randomUUID(),
    title_nl: input.title,
    title_en: input.title,
    purpose: input.purpose,
    mandatory: 0,
    due_date: input.dueDate ?? null,
    target: JSON.stringify({ ...EVERYONE, teamIds: [manager.team_id] }),
    team_id: manager.team_id,
    created_by: manager.id,
    created_at: at,
    updated_at: at,
  };
  return writePath(db, manager, row, input.itemIds, true, now);
}

export async function removePath(db: Kysely<Database>, admin: PersonRow, id: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await deletePath(trx, id))) throw notFound('Learning path');
    await recordAudit(trx, { actorId: admin.id, action: 'path.delete', entityType: 'learning_path', entityId: id }, now);
  });
}

/** The person's paths, in their language, with what they did of each; only the trainings they may follow count. */
export async function myPaths(db: Kysely<Database>, person: PersonRow, now: Date): Promise<MyPath[]> {
  const [paths, visible, done, completions] = await Promise.all([
    listPaths(db),
    itemsVisibleTo(db, person, now),
    listItemCompletions(db, [person.id]),
    listPathCompletions(db, [person.id]),
  ]);
  const doneIds = new Set(done.map((d) => d.item_id));
  const facts = await audienceFactsFor(db, person, paths.map(({ path }) => pathAudience(path)), now);
  return paths
    .filter(({ path }) => isInAudience(pathAudience(path), facts))
    .map(({ path, itemIds }) => ({
      id: path.id,
      title: person.language === 'nl' ? path.title_nl : path.title_en,
      purpose: path.purpose,
      mandatory: path.mandatory === 1,
      dueDate: path.due_date,
      items: itemIds.flatMap((id) => {
        const entry = visible.get(id);
        const title = entry && pickLanguage(entry.texts, person.language)?.text.title;
        return title ? [{ id, title, done: doneIds.has(id) }] : [];
      }),
      completedAt: completions.find((c) => c.path_id === path.id)?.completed_at ?? null,
    }));
}

/**
 * A manager's view of their team's paths. For a mandatory path (a legal
 * obligation) they see each member's status: a legitimate need, and the
 * app says so. For every other path only how many finished, and only when
 * at least 5 people have it.
 */
export async function teamPaths(db: Kysely<Database>, manager: PersonRow, now: Date): Promise<TeamPaths> {
  if (!manager.team_id) return { paths: [], trainings: [] };
  const people = (await listCurrentPeople(db)).filter((p) => p.team_id === manager.team_id && p.id !== manager.id);
  const ids = people.map((p) => p.id);
  const [paths, done, completions, published] = await Promise.all([listPaths(db), listItemCompletions(db, ids), listPathCompletions(db, ids), publishedItems(db, now)]);
  const trainings = [...published.values()]
    .flatMap((entry) => {
      const title = pickLanguage(entry.texts, manager.language)?.text.title;
      return title ? [{ id: entry.item.id, title }] : [];
    })
    .sort((a, b) => a.title.localeCompare(b.title));
  const result: TeamPaths['paths'] = [];
  const facts = await factsForPaths(db, people, paths, now);
  for (const { path, itemIds } of paths) {
    const assigned = assignedTo(path, people, facts);
    if (assigned.length === 0) continue;
    const finished = completions.filter((c) => c.path_id === path.id);
    const mandatory = path.mandatory === 1;
    result.push({
      id: path.id,
      title: manager.language === 'nl' ? path.title_nl : path.title_en,
      mandatory,
      dueDate: path.due_date,
      assigned: assigned.length,
      people: mandatory
        ? assigned.map((p) => ({
            personId: p.id,
            name: p.name,
            done: itemIds.filter((id) => done.some((d) => d.person_id === p.id && d.item_id === id)).length,
            total: itemIds.length,
            completedAt: finished.find((c) => c.person_id === p.id)?.completed_at ?? null,
          }))
        : null,
      completed: mandatory ? null : withholdSmallGroup(finished.length, assigned.length),
      ownTeamPath: path.team_id === manager.team_id,
    });
  }
  return { paths: result, trainings };
}
