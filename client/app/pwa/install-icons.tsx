/**
 * The icons of the iOS install steps. Only the lazily loaded install card
 * uses them, so they live beside it rather than in app/icons.tsx, which the
 * home's first paint loads whole.
 */
import { svg, type IconProps } from '../icons';

/** Safari's Share button (a tray with an arrow up), so the install steps look like the screen. */
export const ShareIcon = ({ size = 24 }: IconProps) => svg(size, <><path d="M12 3v12" /><path d="m8 7 4-4 4 4" /><path d="M8 10H6.5A1.5 1.5 0 0 0 5 11.5v8A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5v-8a1.5 1.5 0 0 0-1.5-1.5H16" /></>);
export const AddSquareIcon = ({ size = 24 }: IconProps) => svg(size, <><rect x="4" y="4" width="16" height="16" rx="4" /><path d="M12 8.5v7" /><path d="M8.5 12h7" /></>);
export const CheckIcon = ({ size = 24 }: IconProps) => svg(size, <path d="m5 12.5 4.5 4.5L19 7.5" />);
