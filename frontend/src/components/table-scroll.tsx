import type { ReactNode } from 'react';

/**
 * A box a table wider than the screen scrolls inside (a phone), so the page itself never scrolls
 * sideways. The box is a named group in the tab order, so that someone on a keyboard can reach it
 * and scroll it with the arrow keys even when the table holds nothing focusable (WCAG 2.1.1; axe's
 * scrollable-region-focusable). A group, not a region: a landmark would repeat the name of the
 * section around the table (axe's landmark-unique).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (see above)
    <div className="table-scroll" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
