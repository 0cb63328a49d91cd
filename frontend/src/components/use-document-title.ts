import { useEffect } from 'react';

const SITE_NAME = 'Digital Impact North';

/** Gives each page its own title, which screen readers announce after navigation. */
export function useDocumentTitle(pageTitle?: string) {
  useEffect(() => {
    document.title = pageTitle && pageTitle !== SITE_NAME ? `${pageTitle} – ${SITE_NAME}` : SITE_NAME;
  }, [pageTitle]);
}
