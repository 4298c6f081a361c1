import type { ItemOffer } from '../../../shared/domain/item-offer';
import { microContentSchema } from '../../../shared/schemas/learning';
import type { ItemWithTexts } from './learning.repository';

/** The question ids of one stored card list; a damaged one offers no questions (as the app cannot show it either). */
function questionIdsOf(microContent: string | null): string[] {
  if (!microContent) return [];
  try {
    const parsed = microContentSchema.safeParse(JSON.parse(microContent));
    return parsed.success ? parsed.data.cards.flatMap((card) => (card.kind === 'question' ? [card.id] : [])) : [];
  } catch {
    return [];
  }
}

/** What the stored training offers: the question ids of its cards in every language, and its parts (as its page counts them). */
export function offerOf({ item, texts }: ItemWithTexts): ItemOffer {
  return {
    questionIds: new Set(item.kind === 'micro' ? texts.flatMap((t) => questionIdsOf(t.micro_content)) : []),
    parts: item.kind === 'macro' ? (item.macro_parts ?? 1) : 0,
  };
}
