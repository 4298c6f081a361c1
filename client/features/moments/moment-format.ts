import type { Language } from '../../../shared/schemas/common';
import { formatDateTime } from '../../app/locale';

/**
 * When the next learning moment starts, in the person's own time zone (not
 * the phone's: someone on a trip still learns at their usual local time).
 *
 * @example formatMomentStart('2026-12-03T08:30:00Z', 'Europe/Amsterdam', 'nl') // 'donderdag 3 december om 09:30'
 */
export function formatMomentStart(at: string, timeZone: string, language: Language): string {
  return formatDateTime(at, language, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone });
}
