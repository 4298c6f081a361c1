import type { ComponentChildren } from 'preact';

type Props = {
  /** The id of the heading that names the table, or the name itself when there is no heading. */
  labelledBy?: string;
  label?: string;
  class?: string;
  children: ComponentChildren;
};

/**
 * A wide table scrolls sideways on a phone. The scrolling box is a named region that takes the focus, so a
 * keyboard can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function ScrollRegion({ labelledBy, label, class: className = 'admin-table-wrap', children }: Props) {
  return (
    <div class={className} tabIndex={0} role="region" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label}>
      {children}
    </div>
  );
}
