import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/** How long a page that loads its data may take to show its h1 before focus stays on main. */
const HEADING_WAIT_MS = 5_000;

/**
 * What a page change does for people who cannot see it happen: the window goes to the top (or,
 * on Back and Forward, to where the reader left that page), keyboard focus moves to the new page's
 * h1 (or `main` until it appears), and the page's title is returned for a polite live region.
 *
 * A change of the query string alone is not a page change: the directories, the catalogue, search
 * and insights write every filter into the URL as it changes, and focus must stay in the filter
 * the reader is using, the list must not jump to the top, and nothing needs announcing (the
 * result counts have their own live regions). The first load is not a change either: the browser
 * reads the new document itself.
 *
 * This is our own hook rather than React Router's <ScrollRestoration>: that resets the scroll
 * on every navigation, query string included, unless each filter's call site opts out with
 * `preventScrollReset`; deciding by the path here covers every filter page at once.
 */
export function useRouteChange(mainId: string): string {
  const location = useLocation();
  const navigationType = useNavigationType();
  const [announcement, setAnnouncement] = useState('');
  const positions = useRef(new Map<string, number>());
  const currentKey = useRef(location.key);
  const previousPath = useRef<string | null>(null);

  // The browser's own restoration fights ours after a client-side change; and the position of
  // each history entry is kept as the reader scrolls, since by the time the next page renders
  // the old one's height (and so its position) is gone.
  useEffect(() => {
    const before = window.history.scrollRestoration;
    window.history.scrollRestoration = 'manual';
    const remember = () => positions.current.set(currentKey.current, window.scrollY);
    window.addEventListener('scroll', remember, { passive: true });
    return () => {
      window.removeEventListener('scroll', remember);
      window.history.scrollRestoration = before;
    };
  }, []);

  useLayoutEffect(() => {
    const previous = previousPath.current;
    previousPath.current = location.pathname;
    currentKey.current = location.key;
    if (previous === null || previous === location.pathname) return;

    const saved = navigationType === NavigationType.Pop ? positions.current.get(location.key) : undefined;
    window.scrollTo(0, saved ?? 0);

    const main = document.getElementById(mainId);
    if (!main) return;
    return focusHeadingOf(main, (heading) => setAnnouncement(pageTitle(heading)));
  }, [location.key, location.pathname, navigationType, mainId]);

  return announcement;
}

/**
 * Focuses the h1 of `main` once it is there (a page that loads its data shows "Loading…" first);
 * until then focus waits on `main` itself, so Tab continues from the new page, not the old link.
 * Returns the clean-up for an unmounted or superseded page.
 */
function focusHeadingOf(main: HTMLElement, announce: (heading: HTMLElement | null) => void): () => void {
  const headingIn = () => main.querySelector<HTMLElement>('h1');
  const focus = (heading: HTMLElement) => {
    // Focusable by script only, so it is not a Tab stop; styles.css drops the outline it would draw.
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    announce(heading);
  };

  const heading = headingIn();
  if (heading) {
    focus(heading);
    return () => undefined;
  }

  main.focus({ preventScroll: true });
  const observer = new MutationObserver(() => {
    const found = headingIn();
    if (!found) return;
    stop();
    // The reader may have moved on (Tab, a click) while the page loaded: do not pull them back.
    if (document.activeElement === main || document.activeElement === document.body) focus(found);
    else announce(found);
  });
  const timer = window.setTimeout(() => {
    stop();
    announce(null);
  }, HEADING_WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}

/** The page's own words: its h1, or the document title the page set without the site's name. */
function pageTitle(heading: HTMLElement | null): string {
  const text = heading?.textContent?.trim();
  if (text) return text;
  return document.title.split(' – ')[0] ?? document.title;
}
