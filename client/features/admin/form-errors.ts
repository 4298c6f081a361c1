import { useState } from 'preact/hooks';
import { ApiError } from '../../app/api';
import type { AdminKey } from './admin-messages';
import { useAdminText } from './use-admin';

/** Which input shows a refused field: the server's path (`texts.0.hook`) → the input's id; undefined when no input shows it. */
export type FieldOf = (path: string) => string | undefined;

/** Reason codes the workspace has its own words for; any other shows the server's message. */
const REASONS = ['unknown_reference', 'unknown_item', 'not_found', 'forbidden', 'unauthorized', 'network', 'body_too_large', 'campaign_incomplete'] as const;

/**
 * What a refused save says, in the admin's language: the field the server
 * refused, named by its label on screen, marked (aria-invalid, its message
 * tied with aria-describedby) and focused; or the reason code in words, the
 * server's message only where the workspace has none.
 *
 * @example const errors = useFormErrors((path) => (path === 'name' ? 'campaign-name' : undefined));
 */
export function useFormErrors(fieldOf: FieldOf) {
  const { t } = useAdminText();
  const [fields, setFields] = useState<Record<string, string>>({});

  /** The sentence for the save status; marks and focuses the first refused field. */
  const report = (error: unknown): string => {
    const refused = error instanceof ApiError ? error.issues.flatMap((issue) => (fieldOf(issue.path) ? [fieldOf(issue.path) ?? ''] : [])) : [];
    if (refused.length > 0) {
      const marked = Object.fromEntries(refused.map((id) => [id, t('admin.field.invalid', { field: labelOf(id) })]));
      setFields(marked);
      // After this render, so the field is there to focus.
      requestAnimationFrame(() => document.getElementById(refused[0] ?? '')?.focus());
      return t('admin.field.notSaved', { field: labelOf(refused[0] ?? '') });
    }
    setFields({});
    const code = error instanceof ApiError ? error.code : 'unknown';
    if ((REASONS as readonly string[]).includes(code)) return t(`admin.reason.${code}` as AdminKey);
    return t('admin.error', { message: error instanceof Error ? error.message : String(error) });
  };
  return { report, clear: () => setFields({}), errorOf: (id: string): string | undefined => fields[id] };
}

/** The field's name as the admin sees it: its label on screen (already in their language). */
function labelOf(id: string): string {
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  return label?.textContent?.trim() ?? id;
}

/**
 * A per-language text's input: the server says `texts.<index>.<field>`, the
 * form names inputs `<prefix>-<language>`.
 *
 * @example textFieldOf('texts.1.hook', texts, { hook: 'hook' }) // 'hook-en' when texts[1] is English
 */
export function textFieldOf(path: string, texts: ReadonlyArray<{ language: string }>, prefixes: Record<string, string>): string | undefined {
  const match = /^texts\.(\d+)\.(\w+)/.exec(path);
  const language = match ? texts[Number(match[1])]?.language : undefined;
  const prefix = match ? prefixes[match[2] ?? ''] : undefined;
  return language && prefix ? `${prefix}-${language}` : undefined;
}

/** A card's field in the server's path → the suffix of its input's id in MicroCardsEditor. */
const CARD_FIELDS: Record<string, string> = { title: 'title', body: 'body', imageUrl: 'image', imageAlt: 'alt', prompt: 'prompt' };

/**
 * A micro-training card's input: the server says
 * `texts.<index>.micro.cards.<card>.<field>` (an answer:
 * `….options.<n>.text`), the form names inputs `<language>-card-<card>-<field>`.
 * "No correct answer" is about the options as a whole: it marks the first "correct" box.
 *
 * @example cardFieldOf('texts.0.micro.cards.1.options.2.feedback', [{ language: 'nl' }]) // 'nl-card-1-feedback-2'
 */
export function cardFieldOf(path: string, texts: ReadonlyArray<{ language: string }>): string | undefined {
  const match = /^texts\.(\d+)\.micro\.cards\.(\d+)\.(\w+)(?:\.(\d+)(?:\.(\w+))?)?$/.exec(path);
  if (!match) return undefined;
  const [, text, card, field, option, optionField] = match;
  const language = texts[Number(text)]?.language;
  if (!language) return undefined;
  const prefix = `${language}-card-${card}`;
  if (field !== 'options') {
    const suffix = CARD_FIELDS[field ?? ''];
    return suffix && `${prefix}-${suffix}`;
  }
  if (option === undefined) return `${prefix}-correct-0`;
  if (optionField === 'text') return `${prefix}-option-${option}`;
  if (optionField === 'feedback') return `${prefix}-feedback-${option}`;
  return optionField === 'correct' ? `${prefix}-correct-${option}` : `${prefix}-option-${option}`;
}
