import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isInAudience } from '../../../shared/domain/audience';
import { campaignTargetSchema } from '../../../shared/schemas/campaigns';
import { languageSchema } from '../../../shared/schemas/common';
import { roleSchema } from '../../../shared/schemas/people';
import { NEEDS, WIIFM_GROUP_KINDS, type Need, type PutWiifm, type WiifmGroupKind, type WiifmMessage } from '../../../shared/schemas/strategy';
import { AppError } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import type { PersonRow } from '../people/people.table';
import { storedAudience } from '../teasers/catalogue';
import { countPeopleByGroup, listWiifm, upsertWiifm } from './strategy.repository';
import type { WiifmRow } from './strategy.table';
import { audienceFactsFor } from '../target-groups/memberships';

export interface WiifmCell {
  groupKind: WiifmGroupKind;
  groupId: string;
  groupName: string;
  people: number | null;
  need: Need;
  message: { nl: string; en: string } | null;
}

interface Group {
  kind: WiifmGroupKind;
  id: string;
  name: string;
  /** Null for a location: nobody is counted there. */
  people: number | null;
}

/** The locations a campaign's posters hang at, from its stored target (none when unreadable). */
function campaignLocations(targetJson: string): string[] {
  try {
    const parsed = campaignTargetSchema.safeParse(JSON.parse(targetJson));
    return parsed.success ? parsed.data.locations : [];
  } catch {
    return [];
  }
}

/** Every target group L&D can write for, with how many people are in it. */
async function listGroups(db: Kysely<Database>): Promise<Group[]> {
  const { people, departments, teams, campaignTargets } = await countPeopleByGroup(db);
  const count = (test: (p: (typeof people)[number]) => boolean) => people.filter(test).length;
  const locations = [...new Set(campaignTargets.flatMap((c) => campaignLocations(c.target)))].sort((a, b) => a.localeCompare(b));
  return [
    ...teams.map((t) => ({ kind: 'team' as const, id: t.id, name: t.name, people: count((p) => p.team_id === t.id) })),
    ...departments.map((d) => ({ kind: 'department' as const, id: d.id, name: d.name, people: count((p) => p.department_id === d.id) })),
    ...locations.map((location) => ({ kind: 'location' as const, id: location, name: location, people: null })),
    ...roleSchema.options.map((role) => ({ kind: 'role' as const, id: role, name: role, people: count((p) => p.role === role) })),
    ...languageSchema.options.map((language) => ({ kind: 'language' as const, id: language, name: language, people: count((p) => p.language === language) })),
  ];
}

const cellKey = (kind: string, id: string, need: string) => `${kind}|${id}|${need}`;

/**
 * The WIIFM matrix: every need for every group that has people and every
 * location campaigns hang posters at (empty cells included, so L&D sees
 * what is left to write), and any written message of a group that has
 * nobody (yet).
 */
export async function wiifmCells(db: Kysely<Database>): Promise<WiifmCell[]> {
  const [groups, messages] = await Promise.all([listGroups(db), listWiifm(db)]);
  const written = new Map(messages.map((m) => [cellKey(m.group_kind, m.group_id, m.need), m]));
  return groups.flatMap((group) =>
    NEEDS.flatMap((need) => {
      const message = written.get(cellKey(group.kind, group.id, need));
      if (!message && group.people === 0) return [];
      const cell: WiifmCell = { groupKind: group.kind, groupId: group.id, groupName: group.name, people: group.people, need, message: message ? { nl: message.text_nl, en: message.text_en } : null };
      return [cell];
    }),
  );
}

export async function saveWiifm(db: Kysely<Database>, admin: PersonRow, input: PutWiifm, now: Date): Promise<WiifmCell> {
  const group = (await listGroups(db)).find((g) => g.kind === input.groupKind && g.id === input.groupId);
  if (!group) throw new AppError(422, 'unknown_group', `No ${input.groupKind} ${input.groupId}`);
  await db.transaction().execute(async (trx) => {
    await upsertWiifm(trx, { group_kind: input.groupKind, group_id: input.groupId, need: input.need, text_nl: input.nl, text_en: input.en, updated_at: now.toISOString() });
    await recordAudit(trx, { actorId: admin.id, action: 'wiifm.save', entityType: 'wiifm', entityId: `${input.groupKind}:${input.groupId}:${input.need}` }, now);
  });
  return { groupKind: group.kind, groupId: group.id, groupName: group.name, people: group.people, need: input.need, message: { nl: input.nl, en: input.en } };
}

/**
 * The person's groups, most specific first: a team's message beats a
 * department's, and so on. Locations come from the campaign being read
 * (where its posters hang); without one, the person is at none.
 */
function groupsOf(person: PersonRow, locations: readonly string[]): Array<[WiifmGroupKind, string | null]> {
  const ids: Record<Exclude<WiifmGroupKind, 'location'>, string | null> = { team: person.team_id, department: person.department_id, role: person.role, language: person.language };
  return WIIFM_GROUP_KINDS.flatMap((kind): Array<[WiifmGroupKind, string | null]> => (kind === 'location' ? locations.map((l) => [kind, l]) : [[kind, ids[kind]]]));
}

/**
 * What's in it for this person: for each of their needs (all five when
 * they gave none) the message of their most specific group that has one.
 */
export function wiifmForPerson(messages: readonly WiifmRow[], person: PersonRow, needs: readonly Need[], locations: readonly string[] = []): WiifmMessage[] {
  const wanted = needs.length > 0 ? needs : NEEDS;
  const byCell = new Map(messages.map((m) => [cellKey(m.group_kind, m.group_id, m.need), m]));
  return wanted.flatMap((need) => {
    for (const [kind, id] of groupsOf(person, locations)) {
      const found = id === null ? undefined : byCell.get(cellKey(kind, id, need));
      if (found) return [{ need, text: person.language === 'nl' ? found.text_nl : found.text_en, language: person.language }];
    }
    return [];
  });
}

/** The person's WIIFM messages; for a campaign, only when the campaign targets them. */
export async function myWiifm(db: Kysely<Database>, person: PersonRow, needs: readonly Need[], now: Date, campaignId?: string): Promise<WiifmMessage[]> {
  let locations: string[] = [];
  if (campaignId) {
    const campaign = await db.selectFrom('campaigns').select('target').where('id', '=', campaignId).executeTakeFirst();
    const audience = campaign ? storedAudience(campaign.target) : null;
    if (!campaign || !audience || !isInAudience(audience, await audienceFactsFor(db, person, [audience], now))) return [];
    locations = campaignLocations(campaign.target);
  }
  return wiifmForPerson(await listWiifm(db), person, needs, locations);
}
