import { pickLanguage } from '../../../shared/domain/localized';
import type { Language } from '../../../shared/schemas/common';
import { microContentSchema, type LearningItemSummary, type MicroContent } from '../../../shared/schemas/learning';
import type { ItemWithTexts } from './learning.repository';
import { parseList, stringListSchema } from './targeting';

/** The item in the viewer's language (or the other one, marked), as the feed shows it. */
export function toItemSummary({ item, texts }: ItemWithTexts, language: Language): LearningItemSummary | null {
  const picked = pickLanguage(texts, language);
  if (!picked) return null;
  return {
    id: item.id,
    kind: item.kind,
    title: picked.text.title,
    summary: picked.text.summary,
    language: picked.text.language,
    isFallback: picked.isFallback,
    durationMinutes: item.duration_minutes,
    competencies: parseList(item.competencies, stringListSchema),
    updatedAt: item.updated_at,
  };
}

/** The cards of a micro-training in the chosen text's language. */
export function microContentOf({ texts }: ItemWithTexts, language: Language): MicroContent | null {
  const picked = pickLanguage(
    texts.filter((t) => t.micro_content),
    language,
  );
  if (!picked?.text.micro_content) return null;
  const parsed = microContentSchema.safeParse(JSON.parse(picked.text.micro_content));
  return parsed.success ? parsed.data : null;
}
