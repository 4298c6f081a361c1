import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppDeps } from '../../http/app-env';
import { AppError } from '../../http/app-error';
import { MIN_GROUP_SIZE, withholdSmallGroup } from '../../../shared/domain/group-privacy';
import { pickLanguage } from '../../../shared/domain/localized';
import type { Language } from '../../../shared/schemas/common';
import type { MyRecommendations, RecommendationInput, TeamOverview } from '../../../shared/schemas/team';
import { teamEvaluationScore } from '../evaluations/evaluations.service';
import { stringListSchema, parseList } from '../learning/targeting';
import type { PersonRow } from '../people/people.table';
import { tellPeople } from '../push/tell';
import { listSharedInTeam, listTeamOf } from '../recognition/recognition.repository';
import { listNamedStoriesOfTeam } from '../stories/stories.repository';
import { storiesAsShown } from '../stories/stories.service';
import { storyInvitationNotice } from '../stories/story-notices';
import { publishedItems } from '../teasers/visible-items';
import { findPathTitles, findTeamName, insertRecommendation, listRecommendations, teamActivity } from './team.repository';

/*
 * Managers on board, without watching anyone: the team page shows counts
 * over the team (each only when at least 5 people are behind it) and, by
 * name, only what members chose to share: recognitions they agreed to show
 * the team and stories they signed with their name.
 */

const TOP_COMPETENCIES = 3;
const RECOMMENDATIONS_SHOWN = 10;

function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

function topCompetencies(completions: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const json of completions) for (const c of parseList(json, stringListSchema)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_COMPETENCIES).map(([c]) => c);
}

async function titlesOf(db: Kysely<Database>, rows: ReadonlyArray<{ item_id: string | null; path_id: string | null }>, language: Language, now: Date) {
  const [items, paths] = await Promise.all([publishedItems(db, now), findPathTitles(db, rows.flatMap((r) => (r.path_id ? [r.path_id] : [])))]);
  return (row: { item_id: string | null; path_id: string | null }) => {
    if (row.item_id) return pickLanguage(items.get(row.item_id)?.texts ?? [], language)?.text.title ?? '';
    const path = paths.find((p) => p.id === row.path_id);
    return path ? (language === 'nl' ? path.title_nl : path.title_en) : '';
  };
}

export async function teamOverview(deps: Pick<AppDeps, 'db' | 'config'>, manager: PersonRow, now: Date): Promise<TeamOverview> {
  const db = deps.db;
  const members = await listTeamOf(db, manager);
  const since = monthStart(now);
  const activity = await teamActivity(db, members.map((m) => m.id), since.toISOString());
  const enoughActive = activity.active >= MIN_GROUP_SIZE;
  const teamId = manager.team_id;
  const [teamName, score, roleModels, storyRows, recommendationRows] = await Promise.all([
    teamId ? findTeamName(db, teamId) : null,
    teamId ? teamEvaluationScore(db, teamId) : { score: null },
    teamId ? listSharedInTeam(db, teamId) : [],
    teamId ? listNamedStoriesOfTeam(db, teamId) : [],
    teamId ? listRecommendations(db, teamId, RECOMMENDATIONS_SHOWN) : [],
  ]);
  const title = await titlesOf(db, recommendationRows, manager.language, now);
  return {
    teamName,
    month: since.toISOString().slice(0, 7),
    members: members.length,
    activeMembers: withholdSmallGroup(activity.active, members.length),
    activities: enoughActive ? activity.activities : null,
    trainingsCompleted: enoughActive ? activity.completions.length : null,
    topCompetencies: enoughActive ? topCompetencies(activity.completions) : null,
    evaluationScore: score.score,
    roleModels: roleModels.map((r) => ({ id: r.id, personName: r.person_name, message: r.message })),
    stories: await storiesAsShown(deps, storyRows, manager.language, now),
    recommendations: recommendationRows.map((r) => ({ id: r.id, title: title(r), kind: r.item_id ? ('training' as const) : ('path' as const), createdAt: r.created_at })),
  };
}

export async function recommendToTeam(db: Kysely<Database>, manager: PersonRow, input: RecommendationInput, now: Date): Promise<{ id: string }> {
  if (!manager.team_id) throw new AppError(422, 'no_team', 'You have no team to recommend to');
  if (input.itemId && !(await publishedItems(db, now)).has(input.itemId)) throw new AppError(422, 'unknown_item', 'Pick a published training');
  if (input.pathId) {
    const [path] = await findPathTitles(db, [input.pathId]);
    if (!path || (path.team_id !== null && path.team_id !== manager.team_id)) throw new AppError(422, 'unknown_path', 'Pick a path of the organisation or your team');
  }
  const id = randomUUID();
  await insertRecommendation(db, { id, team_id: manager.team_id, manager_id: manager.id, item_id: input.itemId ?? null, path_id: input.pathId ?? null, note: input.note || null, created_at: now.toISOString() });
  return { id };
}

export async function myRecommendations(db: Kysely<Database>, person: PersonRow, now: Date): Promise<MyRecommendations> {
  if (!person.team_id) return { recommendations: [] };
  const rows = (await listRecommendations(db, person.team_id, RECOMMENDATIONS_SHOWN)).filter((r) => r.manager_id !== person.id);
  const title = await titlesOf(db, rows, person.language, now);
  return {
    recommendations: rows.map((r) => ({
      id: r.id,
      kind: r.item_id ? ('training' as const) : ('path' as const),
      targetId: r.item_id ?? r.path_id ?? r.id,
      title: title(r),
      managerName: r.manager_name,
      note: r.note,
      createdAt: r.created_at,
    })),
  };
}

/** A manager invites someone in their own team to write a story: a message in that person's inbox, nothing more. */
export async function inviteToWriteStory(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'log'>, manager: PersonRow, personId: string, message: string): Promise<void> {
  const team = await listTeamOf(deps.db, manager);
  if (!team.some((p) => p.id === personId)) throw new AppError(422, 'not_in_team', 'You can only invite people in your own team');
  const person = await deps.db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
  await tellPeople(deps, [{ person, notice: storyInvitationNotice(person.language, manager.name, message) }], deps.clock());
}
