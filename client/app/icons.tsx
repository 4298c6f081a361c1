/** Inline SVG icons: no icon font, no extra request, and they follow currentColor. */
export type IconProps = { size?: number };

/** The frame every line icon shares; screens loaded later keep their own icons beside them (see pwa/install-icons.tsx). */
export const svg = (size: number, children: preact.ComponentChildren) => (
  <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
    {children}
  </svg>
);

export const HomeIcon = ({ size = 24 }: IconProps) => svg(size, <><path d="M3 11.5 12 4l9 7.5" /><path d="M5 10v10h14V10" /><path d="M10 20v-6h4v6" /></>);
export const SettingsIcon = ({ size = 24 }: IconProps) =>
  svg(size, <><circle cx="12" cy="12" r="3" /><path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" /></>);
export const ArrowIcon = ({ size = 20 }: IconProps) => svg(size, <><path d="M5 12h14" /><path d="m13 6 6 6-6 6" /></>);
export const CloseIcon = ({ size = 24 }: IconProps) => svg(size, <><path d="M6 6l12 12" /><path d="M18 6 6 18" /></>);

/** The Leerlust mark: a sprouting leaf in a sun, for "growth, every week". */
export const LogoMark = ({ size = 32 }: IconProps) => (
  <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <circle cx="16" cy="16" r="16" fill="var(--color-brand)" />
    <circle cx="23" cy="9" r="4" fill="var(--color-accent)" />
    <path d="M16 25V15" stroke="var(--color-on-brand)" stroke-width="2.4" stroke-linecap="round" />
    <path d="M16 17c-4 0-6.5-2.5-6.5-6.5 4 0 6.5 2.5 6.5 6.5zM16 15c0-3.3 2-5.5 5.5-5.5 0 3.3-2 5.5-5.5 5.5z" fill="var(--color-on-brand)" />
  </svg>
);
export const FlameIcon = ({ size = 28 }: IconProps) =>
  svg(size, <path d="M12 22c4 0 7-2.7 7-7 0-3.5-2.2-5.8-3.6-7.3-.4-.4-1 0-1 .5 0 1.3-.6 2.6-1.6 3.1C12.5 8 11.6 4.8 9.3 2.6c-.4-.4-1.1-.1-1 .5.3 2.4-1 4.3-2.2 6C4.9 10.7 5 12.4 5 15c0 4.3 3 7 7 7z" />);
export const StarIcon = ({ size = 28 }: IconProps) => svg(size, <path d="m12 3 2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z" />);
export const ShieldIcon = ({ size = 20 }: IconProps) => svg(size, <path d="M12 3 5 6v5c0 4.5 3 8.5 7 10 4-1.5 7-5.5 7-10V6z" />);
