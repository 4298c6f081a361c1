import type { Language } from '../../../shared/schemas/common';

/** A day as people say it (26 November), in the reader's language and zone. */
export function formatDay(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}
