import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import type { Prize } from '../../../shared/schemas/rewards';
import type { PrizeRow, PrizesTable } from './prizes.table';

export const rowToPrize = (row: PrizeRow): Prize => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  description: row.description,
  imageUrl: row.image_url,
  stock: row.stock,
});

export async function listPrizes(db: Kysely<Database>): Promise<PrizeRow[]> {
  return db.selectFrom('prizes').selectAll().orderBy('created_at').orderBy('name').execute();
}

export async function findPrize(db: Kysely<Database>, id: string): Promise<PrizeRow | undefined> {
  return db.selectFrom('prizes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPrize(db: Kysely<Database>, row: PrizesTable): Promise<PrizeRow> {
  return db.insertInto('prizes').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updatePrizeRow(db: Kysely<Database>, id: string, update: Partial<PrizesTable>): Promise<PrizeRow | undefined> {
  return db.updateTable('prizes').set(update).where('id', '=', id).returningAll().executeTakeFirst();
}

/** Takes one from stock if any is left; false when none was (checked and taken in one statement, so two winners cannot share the last one). */
export async function takeOneFromStock(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.updateTable('prizes').set((eb) => ({ stock: eb('stock', '-', 1) })).where('id', '=', id).where('stock', '>', 0).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
