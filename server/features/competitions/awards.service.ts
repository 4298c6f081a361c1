import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import type { Award } from '../../../shared/schemas/rewards';
import type { PersonRow } from '../people/people.table';
import { findPrize } from '../prizes/prizes.repository';
import { findAward, listAwards, updateAward } from './competitions.repository';
import { awardToView } from './my-rewards.service';

async function viewOf(db: Kysely<Database>, id: string): Promise<Award & { personId: string; personName: string }> {
  const award = await findAward(db, id);
  const prize = award && (await findPrize(db, award.prize_id));
  if (!award || !prize) throw notFound('Award');
  return { ...awardToView(award, prize), personId: award.person_id, personName: award.person_name };
}

/** The winner claims their prize (once; claiming again changes nothing). Someone else's award is not found. */
export async function claimAward(db: Kysely<Database>, person: PersonRow, id: string, now: Date): Promise<Award> {
  const award = await findAward(db, id);
  if (!award || award.person_id !== person.id) throw notFound('Award');
  if (!award.claimed_at) await updateAward(db, id, { claimed_at: now.toISOString(), seen_at: award.seen_at ?? now.toISOString() });
  const { personId: _p, personName: _n, ...view } = await viewOf(db, id);
  return view;
}

/** The admin marks a claimed prize handed over. */
export async function markHandedOver(db: Kysely<Database>, id: string, now: Date) {
  const award = await findAward(db, id);
  if (!award) throw notFound('Award');
  if (!award.claimed_at) throw new AppError(409, 'not_claimed', 'The winner has not claimed this prize yet');
  if (!award.handed_over_at) await updateAward(db, id, { handed_over_at: now.toISOString() });
  return viewOf(db, id);
}

export async function listAllAwards(db: Kysely<Database>) {
  const awards = await listAwards(db);
  const prizes = new Map((await db.selectFrom('prizes').selectAll().execute()).map((p) => [p.id, p]));
  return awards.flatMap((a) => {
    const prize = prizes.get(a.prize_id);
    return prize ? [{ ...awardToView(a, prize), personId: a.person_id, personName: a.person_name }] : [];
  });
}
