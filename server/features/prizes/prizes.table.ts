import type { Selectable } from 'kysely';
import type { PrizeKind } from '../../../shared/schemas/rewards';

export interface PrizesTable {
  id: string;
  kind: PrizeKind;
  name: string;
  description: string;
  image_url: string | null;
  /** How many are left to award; awarding one takes one. */
  stock: number;
  created_at: string;
  updated_at: string;
}

export type PrizeRow = Selectable<PrizesTable>;
