import type { Language } from '../schemas/common';
import type { Messages } from './en';

/**
 * The catalogue of one language, loaded on demand.
 *
 * @example const messages = await loadMessages('nl');
 */
export function loadMessages(language: Language): Promise<Messages> {
  return language === 'nl' ? import('./nl').then((m) => m.nl) : import('./en').then((m) => m.en);
}
