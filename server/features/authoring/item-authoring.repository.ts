import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { microContentSchema, type MicroContent } from '../../../shared/schemas/learning';
import type { AdminItem, ItemInput } from '../../../shared/schemas/authoring';
import { roleSchema } from '../../../shared/schemas/people';
import * as z from 'zod/mini';
import { parseList, stringListSchema } from '../learning/targeting';

/** Items as the workspace edits them, newest first; `id` narrows to one. Sessions come with who is registered and who waits. */
export async function listAdminItems(db: Kysely<Database>, id?: string): Promise<AdminItem[]> {
  let query = db.selectFrom('learning_items').selectAll().orderBy('created_at', 'desc').orderBy('id');
  if (id) query = query.where('id', '=', id);
  const items = await query.execute();
  if (items.length === 0) return [];
  const ids = items.map((i) => i.id);
  const [texts, sessions] = await Promise.all([
    db.selectFrom('learning_item_texts').selectAll().where('item_id', 'in', ids).orderBy('language').execute(),
    db.selectFrom('classroom_sessions').selectAll().where('item_id', 'in', ids).orderBy('starts_at').orderBy('id').execute(),
  ]);
  const registrations = sessions.length
    ? await db
        .selectFrom('classroom_registrations')
        .innerJoin('people', 'people.id', 'classroom_registrations.person_id')
        .select(['session_id', 'person_id', 'people.name', 'registered_at'])
        .where(
          'session_id',
          'in',
          sessions.map((s) => s.id),
        )
        .orderBy('registered_at')
        .orderBy('person_id')
        .execute()
    : [];
  return items.map((item) => ({
    id: item.id,
    kind: item.kind,
    durationMinutes: item.duration_minutes,
    competencies: parseList(item.competencies, stringListSchema),
    targetRoles: parseList(item.target_roles, z.array(roleSchema)),
    targetDepartmentIds: parseList(item.target_department_ids, stringListSchema),
    texts: texts
      .filter((t) => t.item_id === item.id)
      .map((t) => ({ language: t.language, title: t.title, summary: t.summary, micro: parseMicro(t.micro_content) })),
    macro: item.macro_url ? { url: item.macro_url, parts: item.macro_parts ?? 1 } : null,
    publishedAt: item.published_at,
    updatedAt: item.updated_at,
    sessions: sessions
      .filter((s) => s.item_id === item.id)
      .map((s) => {
        // Registration order decides: the first `seats` have a seat, the rest wait (as in learning/classroom.service).
        const people = registrations
          .filter((r) => r.session_id === s.id)
          .map((r) => ({ personId: r.person_id, name: r.name, registeredAt: r.registered_at }));
        return { id: s.id, startsAt: s.starts_at, endsAt: s.ends_at, place: s.place, seats: s.seats, registered: people.slice(0, s.seats), waiting: people.slice(s.seats) };
      }),
  }));
}

function parseMicro(json: string | null): MicroContent | null {
  if (!json) return null;
  try {
    const parsed = microContentSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function replaceItemTexts(db: Kysely<Database>, itemId: string, kind: ItemInput['kind'], texts: ItemInput['texts']): Promise<void> {
  await db.deleteFrom('learning_item_texts').where('item_id', '=', itemId).execute();
  await db
    .insertInto('learning_item_texts')
    .values(
      texts.map((t) => ({
        item_id: itemId,
        language: t.language,
        title: t.title,
        summary: t.summary,
        micro_content: kind === 'micro' && t.micro ? JSON.stringify(t.micro) : null,
      })),
    )
    .execute();
}
