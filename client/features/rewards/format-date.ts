import type { Language } from '../../../shared/schemas/common';
import { formatDateTime } from '../../app/locale';

/** A day as people say it (26 November), in the reader's language and zone. */
export function formatDay(iso: string, language: Language): string {
  return formatDateTime(iso, language, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The last day of a period that ends (exclusively) at `endIso`: a month ending at 1 December 00:00 ends on 30 November. */
export function formatLastDay(endIso: string, language: Language): string {
  return formatDay(new Date(Date.parse(endIso) - 1).toISOString(), language);
}
