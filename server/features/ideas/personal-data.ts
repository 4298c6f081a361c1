import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { PersonalDataExport } from '../../../shared/schemas/privacy';
import { findAmbassador, listDraftsOf } from './ambassadors.repository';
import { listIdeasOf, listVotesOf } from './ideas.repository';

/** The person's ideas, the ideas they support, their ambassador role and drafts; all go with them (ON DELETE CASCADE). */
export async function ideaDataOf(db: Kysely<Database>, personId: string): Promise<Pick<PersonalDataExport, 'ideas' | 'ideaVotes' | 'ambassador' | 'ambassadorDrafts'>> {
  const [ideas, votes, ambassador, drafts] = await Promise.all([listIdeasOf(db, personId), listVotesOf(db, personId), findAmbassador(db, personId), listDraftsOf(db, personId)]);
  return {
    ideas: ideas.map((i) => ({ id: i.id, title: i.title, body: i.body, topic: i.topic, status: i.status, answer: i.answer, createdAt: i.created_at })),
    ideaVotes: votes.map((v) => ({ ideaId: v.idea_id, votedAt: v.voted_at })),
    ambassador: ambassador
      ? { considered: ambassador.considered === 1, invitedAt: ambassador.invited_at, acceptedAt: ambassador.accepted_at, showBadge: ambassador.show_badge === 1, showAuthorship: ambassador.show_authorship === 1 }
      : null,
    ambassadorDrafts: drafts.map((d) => ({ kind: d.kind, title: d.title, body: d.body, status: d.status, createdAt: d.created_at })),
  };
}
