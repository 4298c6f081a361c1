/**
 * Icons only the learning-moment screens use. They live here rather than in
 * app/icons.tsx, which the home's first paint loads whole.
 */
import { svg } from '../../app/icons';

export const CalendarIcon = () => svg(20, <><rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" /></>);
export const BellIcon = () => svg(20, <><path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z" /><path d="M10 21h4" /></>);
export const ClockIcon = () => svg(20, <><circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" /></>);
