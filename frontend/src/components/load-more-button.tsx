import { useI18n } from '../lib/i18n/i18n-context';

/** What the button needs of a list paged by cursor (a TanStack infinite query). */
export interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** The "show more" button under a list paged by cursor; nothing when there is no next page. */
export function LoadMoreButton({ query }: { query: PagedQuery }) {
  const { t } = useI18n();
  if (!query.hasNextPage) return null;
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={query.isFetchingNextPage}
      onClick={() => void query.fetchNextPage()}
    >
      {query.isFetchingNextPage ? t('directory.loadingMore') : t('directory.more')}
    </button>
  );
}
