import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { GroupConditionInput } from '../../../shared/schemas/target-groups';
import type { TargetGroupRow } from './target-groups.table';

export async function listGroupRows(db: Kysely<Database>): Promise<TargetGroupRow[]> {
  return db.selectFrom('target_groups').selectAll().orderBy('name').orderBy('id').execute();
}

export async function findGroup(db: Kysely<Database>, id: string): Promise<TargetGroupRow | undefined> {
  return db.selectFrom('target_groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertGroup(db: Kysely<Database>, row: TargetGroupRow): Promise<void> {
  await db.insertInto('target_groups').values(row).execute();
}

export async function updateGroupRow(db: Kysely<Database>, id: string, change: Pick<TargetGroupRow, 'name' | 'rules' | 'updated_at'>): Promise<void> {
  await db.updateTable('target_groups').set(change).where('id', '=', id).execute();
}

export async function deleteGroupRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('target_groups').where('id', '=', id).execute();
}

export async function listChannelIdsOfGroup(db: Kysely<Database>, groupId: string): Promise<string[]> {
  return (await db.selectFrom('campaign_channels').select('id').where('group_id', '=', groupId).execute()).map((r) => r.id);
}

/** The group a journey's stored definition names in its "entered the group" trigger, if any. */
function triggerGroupOf(definition: string): string | null {
  try {
    const trigger = (JSON.parse(definition) as { trigger?: { kind?: unknown; groupId?: unknown } }).trigger;
    return trigger?.kind === 'entered_group' && typeof trigger.groupId === 'string' ? trigger.groupId : null;
  } catch {
    return null;
  }
}

/** The names of the journeys (any status) that use a group: as whom they are for, or in an "entered the group" trigger. */
export async function listJourneyNamesOfGroup(db: Kysely<Database>, groupId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('journeys')
    .select(['name', 'group_id', 'definition'])
    .where((eb) => eb.or([eb('group_id', '=', groupId), eb('definition', 'like', `%${groupId}%`)]))
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.filter((r) => r.group_id === groupId || triggerGroupOf(r.definition) === groupId).map((r) => r.name);
}

/** The saved groups a stored target names: an object's `groupIds`, or a bare JSON list (a competition's column); none when damaged. */
function groupIdsOf(json: string | null): string[] {
  try {
    const parsed = JSON.parse(json ?? '') as unknown;
    const ids = Array.isArray(parsed) ? parsed : (parsed as { groupIds?: unknown } | null)?.groupIds;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** What is aimed at a group through its target lists — campaigns, paths, teasers outside a campaign, journeys' audience, competitions — by name. */
export async function listTargetsNamingGroup(db: Kysely<Database>, groupId: string): Promise<string[]> {
  const like = `%${groupId}%`;
  const [campaigns, paths, teasers, journeys, competitions] = await Promise.all([
    db.selectFrom('campaigns').select(['name', 'target']).where('target', 'like', like).execute(),
    db.selectFrom('learning_paths').select(['title_nl as name', 'target']).where('target', 'like', like).execute(),
    db.selectFrom('teaser_texts').innerJoin('teasers', 'teasers.id', 'teaser_texts.teaser_id').select(['teaser_texts.hook as name', 'teasers.target']).where('teasers.target', 'like', like).execute(),
    db.selectFrom('journeys').select(['name', 'audience as target']).where('audience', 'like', like).execute(),
    db.selectFrom('competitions').select(['title as name', 'target_group_ids as target']).where('target_group_ids', 'like', like).execute(),
  ]);
  const named = [...campaigns, ...paths, ...teasers, ...journeys, ...competitions].filter((row) => groupIdsOf(row.target).includes(groupId)).map((row) => row.name);
  return [...new Set(named)].sort();
}

type Referring = 'departments' | 'teams' | 'learning_items' | 'learning_paths';

/** The ids the conditions name that are not in their table, as "table:id". */
export async function missingReferences(db: Kysely<Database>, conditions: readonly GroupConditionInput[]): Promise<string[]> {
  const wanted = new Map<Referring, Set<string>>();
  const want = (table: Referring, ids: readonly string[]) => wanted.set(table, new Set([...(wanted.get(table) ?? []), ...ids]));
  for (const c of conditions) {
    if (c.kind === 'department') want('departments', c.ids);
    else if (c.kind === 'team') want('teams', c.ids);
    else if (c.kind === 'completed_item') want('learning_items', c.ids);
    else if (c.kind === 'registered_session') want('learning_items', c.itemIds);
    else if (c.kind === 'completed_path') want('learning_paths', c.ids);
  }
  const missing: string[] = [];
  for (const [table, ids] of wanted) {
    if (ids.size === 0) continue;
    const found = new Set((await db.selectFrom(table).select('id').where('id', 'in', [...ids]).execute()).map((r) => r.id));
    for (const id of ids) if (!found.has(id)) missing.push(`${table}:${id}`);
  }
  return missing;
}
