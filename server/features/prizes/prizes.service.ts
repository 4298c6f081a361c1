import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { notFound } from '../../http/app-error';
import type { CreatePrize, Prize, UpdatePrize } from '../../../shared/schemas/rewards';
import { findPrize, insertPrize, rowToPrize, updatePrizeRow } from './prizes.repository';

export async function createPrize(db: Kysely<Database>, input: CreatePrize, now: Date): Promise<Prize> {
  const at = now.toISOString();
  const row = await insertPrize(db, {
    id: randomUUID(),
    kind: input.kind,
    name: input.name,
    description: input.description,
    image_url: input.imageUrl ?? null,
    stock: input.stock,
    created_at: at,
    updated_at: at,
  });
  return rowToPrize(row);
}

/** Changes only the fields given. */
export async function updatePrize(db: Kysely<Database>, id: string, input: UpdatePrize, now: Date): Promise<Prize> {
  if (!(await findPrize(db, id))) throw notFound('Prize');
  const row = await updatePrizeRow(db, id, {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.imageUrl !== undefined && { image_url: input.imageUrl }),
    ...(input.stock !== undefined && { stock: input.stock }),
    updated_at: now.toISOString(),
  });
  if (!row) throw notFound('Prize');
  return rowToPrize(row);
}
