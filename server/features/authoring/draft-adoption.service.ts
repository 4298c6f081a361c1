import type { Transaction } from 'kysely';
import type { Database } from '../../db/database';
import type { AppDeps } from '../../http/app-env';
import { AppError, notFound } from '../../http/app-error';
import type { Language } from '../../../shared/schemas/common';
import type { MicroContent } from '../../../shared/schemas/learning';
import { HOOK_MAX_LENGTH } from '../../../shared/schemas/teasers';
import { recordAudit } from '../audit/audit.service';
import { findDraft, markDraftAdopted } from '../ideas/ambassadors.repository';
import { draftAdoptedNotice } from '../ideas/idea-notices';
import { tellPeople } from '../push/tell';
import type { PersonRow } from '../people/people.table';
import { createItem } from './item-authoring.service';
import { createTeaser } from './teaser-authoring.service';

/*
 * An ambassador's draft becomes a draft in L&D's own authoring flow: a
 * teaser or a micro-training, unpublished, in the draft's language, which
 * L&D then edits and publishes in the ordinary editor. The draft remembers
 * what it became, so the training credits the ambassador (while they want
 * their authorship shown) and a second tap opens the same one again.
 */

type Adopted = { kind: 'teaser' | 'item'; id: string };

const WORDS: Record<Language, { cta: string; question: string; right: string; wrong: string; feedback: string }> = {
  nl: { cta: 'Bekijk', question: 'L&D: schrijf hier de vraag bij deze training.', right: 'Het goede antwoord', wrong: 'Een ander antwoord', feedback: 'Uitleg bij het antwoord' },
  en: { cta: 'Look', question: 'L&D: write the question of this training here.', right: 'The right answer', wrong: 'Another answer', feedback: 'Why this is the answer' },
};

/** At most `max` characters, cut at a word and marked with an ellipsis when it had to be cut. */
export function shortened(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The draft's text as a micro-training's cards: its words on text cards of at most 1,000 characters, and a question for L&D to write. */
function microOf(title: string, body: string, language: Language): MicroContent {
  const words = WORDS[language];
  const paragraphs = body.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  const texts = (paragraphs.length > 0 ? paragraphs : [body]).flatMap((p) => (p.length <= 1000 ? [p] : [p.slice(0, 1000), p.slice(1000, 2000)])).slice(0, 5);
  const cards: MicroContent['cards'] = texts.map((text, i) => ({ kind: 'text' as const, ...(i === 0 && { title }), body: text }));
  while (cards.length < 2) cards.push({ kind: 'text', body: '…' });
  cards.push({ kind: 'question', id: 'q1', prompt: words.question, options: [{ text: words.right, correct: true, feedback: words.feedback }, { text: words.wrong, correct: false, feedback: words.feedback }] });
  return { cards };
}

export async function adoptAmbassadorDraft(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'log'>, admin: PersonRow, draftId: string, now: Date): Promise<Adopted> {
  const { db } = deps;
  const draft = await findDraft(db, draftId);
  if (!draft) throw notFound('Draft');
  if (draft.adopted_kind && draft.adopted_id) return { kind: draft.adopted_kind, id: draft.adopted_id };
  const language = draft.language;
  const kind = draft.kind === 'teaser' ? 'teaser' : 'item';
  // Marked adopted in the transaction that makes it: of two L&D colleagues tapping at once, the second makes nothing and is told so.
  const markAdopted = async (trx: Transaction<Database>, id: string) => {
    if (!(await markDraftAdopted(trx, draftId, { kind, id }, now))) throw new AppError(409, 'already_adopted', 'This draft was just turned into something else; reload the list');
    await recordAudit(trx, { actorId: admin.id, action: 'ambassador_draft.adopt', entityType: 'ambassador_draft', entityId: draftId, detail: { kind, id } }, now);
  };
  const id =
    kind === 'teaser'
      ? (await createTeaser(db, admin, { texts: [{ language, hook: shortened(draft.body, HOOK_MAX_LENGTH), callToAction: WORDS[language].cta }], itemId: null, publishedAt: null }, now, markAdopted)).id
      : (
          await createItem(
            db,
            admin,
            { kind: 'micro', durationMinutes: 3, competencies: [], targetRoles: [], targetDepartmentIds: [], texts: [{ language, title: draft.title, summary: shortened(draft.body, 500), micro: microOf(draft.title, draft.body, language) }], publishedAt: null },
            now,
            markAdopted,
          )
        ).id;
  await tellAuthor(deps, draft.author_id, draft.title, kind, now);
  return { kind, id };
}

/** The ambassador hears in their inbox that L&D took their draft up: it is being finished, not lost in a list. */
async function tellAuthor(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'log'>, authorId: string, title: string, kind: Adopted['kind'], now: Date): Promise<void> {
  const author = await deps.db.selectFrom('people').selectAll().where('id', '=', authorId).where('left_at', 'is', null).executeTakeFirst();
  if (author) await tellPeople(deps, [{ person: author, notice: draftAdoptedNotice(author.language, title, kind) }], now);
}
