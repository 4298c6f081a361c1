import { svg, type IconProps } from '../app/icons';

/* Icons only later screens use: kept out of the first screen's code. */


export const MailIcon = ({ size = 24 }: IconProps) => svg(size, <><rect x="3" y="5" width="18" height="14" rx="2" /><path d="m3 7 9 6 9-6" /></>);
export const CheckCircleIcon = ({ size = 28 }: IconProps) => svg(size, <><circle cx="12" cy="12" r="9" /><path d="m8 12 3 3 5-6" /></>);

/** A burst of confetti for a finished training. */
export const CelebrateIcon = ({ size = 64 }: IconProps) => (
  <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
    <circle cx="32" cy="32" r="30" fill="var(--color-accent-soft)" />
    <path d="M20 46 28 22l16 16z" fill="var(--color-accent)" />
    <path d="M28 22 44 38" stroke="var(--color-brand)" stroke-width="3" stroke-linecap="round" />
    <circle cx="44" cy="18" r="3" fill="var(--color-brand)" />
    <circle cx="50" cy="30" r="2.5" fill="var(--color-accent)" />
    <circle cx="36" cy="12" r="2" fill="var(--color-brand)" />
    <path d="M48 44l4 2M40 50l1 4M52 22l5-3" stroke="var(--color-brand)" stroke-width="2.5" stroke-linecap="round" />
  </svg>
);
