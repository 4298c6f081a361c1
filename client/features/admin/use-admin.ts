import { formatLocalDate, wallClockAt, zonedToInstant } from '../../../shared/domain/zoned-time';
import { format } from '../../../shared/i18n/format';
import { useI18n } from '../../app/i18n';
import { adminEn, adminNl, type AdminKey } from './admin-messages';

/** The workspace's texts in the admin's language. */
export function useAdminText() {
  const { language } = useI18n();
  const messages = language === 'nl' ? adminNl : adminEn;
  return { language, t: (key: AdminKey, values?: Record<string, string | number>) => format(messages[key], values) };
}

// The workspace loads its data like every other screen (one hook, with a guard against late answers).
export { useApiData as useAdminData, type Loaded } from '../../ui/use-api-data';


/** An ISO moment as the value of a datetime-local input, in the browser's zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (the browser's zone) as an ISO moment; null when empty. */
export function fromLocalInput(value: string): string | null {
  return value ? new Date(value).toISOString() : null;
}

/** An ISO moment as the value of a datetime-local input on the wall clock of `timeZone` (the organisation's), whatever the laptop's zone. */
export function toZonedInput(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const wall = wallClockAt(new Date(iso), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatLocalDate(wall)}T${pad(Math.floor(wall.minutes / 60))}:${pad(wall.minutes % 60)}`;
}

/** A datetime-local value read on the wall clock of `timeZone`, as an ISO moment; null when empty or unreadable. */
export function fromZonedInput(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [number, number, number, number, number];
  return zonedToInstant({ year, month, day, minutes: hours * 60 + minutes }, timeZone).toISOString();
}

export { move } from '../../ui/list-move';
