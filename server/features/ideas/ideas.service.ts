import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { AppDeps } from '../../http/app-env';
import { AppError, notFound } from '../../http/app-error';
import { ideaVisible } from '../../../shared/domain/idea-visibility';
import type { Idea, IdeaInput, IdeaStatusChange } from '../../../shared/schemas/ideas';
import { recordAudit } from '../audit/audit.service';
import type { PersonRow } from '../people/people.table';
import { tellPeople } from '../push/tell';
import { isActiveAmbassador } from './ambassadors.service';
import { changeIdeaStatus, deleteVote, findIdea, insertIdea, insertVote, listAuthorAndSupporters, listIdeas, updateIdeaAnswer, type IdeaWithCounts } from './ideas.repository';
import { ideaStatusNotice } from './idea-notices';

/*
 * The idea box. Colleagues see ideas without their authors' names; one vote
 * per person (the primary key holds it), withdrawable. A status change is
 * told to the author and every supporter once: the update only counts when
 * the status really changes, and the recipients are one set of people.
 */

function toIdea(row: IdeaWithCounts, viewerId: string): Idea {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    topic: row.topic,
    status: row.status,
    answer: row.answer,
    supporters: row.supporters,
    mine: row.author_id === viewerId,
    supportedByMe: row.supported_by_me > 0,
    createdAt: row.created_at,
    statusChangedAt: row.status_changed_at,
  };
}

export async function ideasFor(db: Kysely<Database>, viewer: PersonRow, now: Date): Promise<Idea[]> {
  const seesNewFirst = viewer.role === 'admin' || (await isActiveAmbassador(db, viewer.id));
  const rows = await listIdeas(db, viewer.id);
  return rows
    .filter((row) => ideaVisible({ status: row.status, createdAt: row.created_at }, { isAuthor: row.author_id === viewer.id, seesNewFirst }, now))
    .map((row) => toIdea(row, viewer.id));
}

export async function allIdeas(db: Kysely<Database>, admin: PersonRow): Promise<Idea[]> {
  return (await listIdeas(db, admin.id)).map((row) => toIdea(row, admin.id));
}

export async function suggestIdea(db: Kysely<Database>, author: PersonRow, input: IdeaInput, now: Date): Promise<{ id: string }> {
  const id = randomUUID();
  await insertIdea(db, { id, author_id: author.id, ...input, status: 'new', answer: null, status_changed_at: null, created_at: now.toISOString() });
  return { id };
}

async function visibleIdea(db: Kysely<Database>, person: PersonRow, id: string, now: Date): Promise<IdeaWithCounts> {
  const row = await findIdea(db, id, person.id);
  const seesNewFirst = person.role === 'admin' || (await isActiveAmbassador(db, person.id));
  if (!row || !ideaVisible({ status: row.status, createdAt: row.created_at }, { isAuthor: row.author_id === person.id, seesNewFirst }, now)) throw notFound('Idea');
  return row;
}

export async function support(db: Kysely<Database>, person: PersonRow, id: string, now: Date): Promise<Idea> {
  await visibleIdea(db, person, id, now);
  if (!(await insertVote(db, { idea_id: id, person_id: person.id, voted_at: now.toISOString() }))) throw new AppError(409, 'already_supported', 'You support this idea already');
  return toIdea(await visibleIdea(db, person, id, now), person.id);
}

export async function withdrawSupport(db: Kysely<Database>, person: PersonRow, id: string, now: Date): Promise<Idea> {
  await visibleIdea(db, person, id, now);
  if (!(await deleteVote(db, id, person.id))) throw notFound('Vote');
  return toIdea(await visibleIdea(db, person, id, now), person.id);
}

/** L&D's status and answer; a real change is audited and told to the author and supporters, once each. */
export async function setIdeaStatus(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'log'>, admin: PersonRow, id: string, change: IdeaStatusChange): Promise<Idea> {
  const now = deps.clock();
  const before = await findIdea(deps.db, id, admin.id);
  if (!before) throw notFound('Idea');
  const answer = change.answer || null;
  const changed = await deps.db.transaction().execute(async (trx) => {
    const moved = await changeIdeaStatus(trx, id, { status: change.status, answer, status_changed_at: now.toISOString() });
    if (!moved) await updateIdeaAnswer(trx, id, answer);
    await recordAudit(trx, { actorId: admin.id, action: moved ? 'idea.status' : 'idea.answer', entityType: 'idea', entityId: id, detail: { from: before.status, to: change.status } }, now);
    return moved;
  });
  if (changed) {
    const people = await listAuthorAndSupporters(deps.db, id);
    await tellPeople(deps, people.map((person) => ({ person, notice: ideaStatusNotice(person.language, before.title, change.status, change.answer) })), now);
  }
  const after = await findIdea(deps.db, id, admin.id);
  if (!after) throw notFound('Idea');
  return toIdea(after, admin.id);
}
