import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { isInAudience } from '../../../shared/domain/audience';
import { languageSchema } from '../../../shared/schemas/common';
import { roleSchema } from '../../../shared/schemas/people';
import { NEEDS, WIIFM_GROUP_KINDS, type Need, type PutWiifm, type WiifmGroupKind, type WiifmMessage } from '../../../shared/schemas/strategy';
import { AppError } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import { audienceFactsOf } from '../people/audience-facts';
import type { PersonRow } from '../people/people.table';
import { storedAudience } from '../teasers/catalogue';
import { countPeopleByGroup, listWiifm, upsertWiifm } from './strategy.repository';
import type { WiifmRow } from './strategy.table';

export interface WiifmCell {
  groupKind: WiifmGroupKind;
  groupId: string;
  groupName: string;
  people: number;
  need: Need;
  message: { nl: string; en: string } | null;
}

interface Group {
  kind: WiifmGroupKind;
  id: string;
  name: string;
  people: number;
}

/** Every target group L&D can write for, with how many people are in it. */
async function listGroups(db: Kysely<Database>): Promise<Group[]> {
  const { people, departments, teams } = await countPeopleByGroup(db);
  const count = (test: (p: (typeof people)[number]) => boolean) => people.filter(test).length;
  return [
    ...teams.map((t) => ({ kind: 'team' as const, id: t.id, name: t.name, people: count((p) => p.team_id === t.id) })),
    ...departments.map((d) => ({ kind: 'department' as const, id: d.id, name: d.name, people: count((p) => p.department_id === d.id) })),
    ...roleSchema.options.map((role) => ({ kind: 'role' as const, id: role, name: role, people: count((p) => p.role === role) })),
    ...languageSchema.options.map((language) => ({ kind: 'language' as const, id: language, name: language, people: count((p) => p.language === language) })),
  ];
}

const cellKey = (kind: string, id: string, need: string) => `${kind}|${id}|${need}`;

/**
 * The WIIFM matrix: every need for every group that has people (empty cells
 * included, so L&D sees what is left to write), and any written message of
 * a group that has nobody (yet).
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

/** The group of the person's each kind, most specific first: a team's message beats a department's, and so on. */
function groupsOf(person: PersonRow): Array<[WiifmGroupKind, string | null]> {
  const ids: Record<WiifmGroupKind, string | null> = { team: person.team_id, department: person.department_id, role: person.role, language: person.language };
  return WIIFM_GROUP_KINDS.map((kind) => [kind, ids[kind]]);
}

/**
 * What's in it for this person: for each of their needs (all five when
 * they gave none) the message of their most specific group that has one.
 */
export function wiifmForPerson(messages: readonly WiifmRow[], person: PersonRow, needs: readonly Need[]): WiifmMessage[] {
  const wanted = needs.length > 0 ? needs : NEEDS;
  const byCell = new Map(messages.map((m) => [cellKey(m.group_kind, m.group_id, m.need), m]));
  return wanted.flatMap((need) => {
    for (const [kind, id] of groupsOf(person)) {
      const found = id === null ? undefined : byCell.get(cellKey(kind, id, need));
      if (found) return [{ need, text: person.language === 'nl' ? found.text_nl : found.text_en, language: person.language }];
    }
    return [];
  });
}

/** The person's WIIFM messages; for a campaign, only when the campaign targets them. */
export async function myWiifm(db: Kysely<Database>, person: PersonRow, needs: readonly Need[], campaignId?: string): Promise<WiifmMessage[]> {
  if (campaignId) {
    const campaign = await db.selectFrom('campaigns').select('target').where('id', '=', campaignId).executeTakeFirst();
    if (!campaign || !isInAudience(storedAudience(campaign.target), audienceFactsOf(person))) return [];
  }
  return wiifmForPerson(await listWiifm(db), person, needs);
}
