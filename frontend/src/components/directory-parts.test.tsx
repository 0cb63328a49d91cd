import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api/api-error';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { PagedResults, ResultsSection, VocabulariesFailed, type PagedResultsQuery } from './directory-parts';

function pagedQuery(overrides: Partial<PagedResultsQuery> = {}): PagedResultsQuery {
  return {
    isPending: false,
    isError: false,
    isFetchNextPageError: false,
    error: null,
    failureReason: null,
    data: { pages: [] },
    hasNextPage: false,
    isFetchingNextPage: false,
    refetch: vi.fn(),
    fetchNextPage: vi.fn(),
    ...overrides,
  };
}

function renderInApp(element: React.ReactNode) {
  const router = createMemoryRouter([{ path: '/', element }]);
  return render(
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
}

function renderResults(query: PagedResultsQuery, items: string[]) {
  return renderInApp(
    <PagedResults
      query={query}
      items={items}
      empty="Nothing matches."
      listClassName="resource-list"
      keyOf={(item) => item}
      renderItem={(item) => <span>{item}</span>}
    />,
  );
}

describe('PagedResults', () => {
  it('says it is loading before the first page', () => {
    renderResults(pagedQuery({ isPending: true, data: undefined }), []);
    expect(screen.getByRole('status')).toBeInTheDocument();
  });

  it('offers a retry when the first page failed', async () => {
    const user = userEvent.setup();
    const query = pagedQuery({ isError: true, data: undefined, error: new ApiError(500, undefined) });
    renderResults(query, []);

    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(query.refetch).toHaveBeenCalledOnce();
  });

  it('says calmly that search is unavailable from the first 503, while the query still waits to try again', async () => {
    const user = userEvent.setup();
    const unavailable = new ApiError(503, undefined, 5000);
    const query = pagedQuery({ isPending: true, data: undefined, failureReason: unavailable });
    const { unmount } = renderResults(query, []);

    expect(screen.getByRole('status')).toHaveTextContent(/^Sökningen är tillfälligt otillgänglig\./);
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(query.refetch).toHaveBeenCalledOnce();
    unmount();

    // And once it has given up: the same words, not a generic error.
    renderResults(pagedQuery({ isError: true, data: undefined, error: unavailable, failureReason: unavailable }), []);
    expect(screen.getByRole('status')).toHaveTextContent(/^Sökningen är tillfälligt otillgänglig\./);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the shown items when a later search fails, and says when nothing matches', () => {
    const { unmount } = renderResults(pagedQuery({ isError: true, error: new ApiError(500, undefined) }), ['Kept']);
    expect(screen.getByText('Kept')).toBeInTheDocument();
    unmount();

    renderResults(pagedQuery(), []);
    expect(screen.getByText('Nothing matches.')).toBeInTheDocument();
  });

  it('lists the items, offers more, and retries a failed next page', async () => {
    const user = userEvent.setup();
    const query = pagedQuery({ hasNextPage: true, isFetchNextPageError: true, error: new ApiError(503, undefined) });
    renderResults(query, ['First', 'Second']);

    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['First', 'Second']);
    await user.click(screen.getByRole('button', { name: 'Visa fler' }));
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(query.fetchNextPage).toHaveBeenCalledTimes(2);
  });
});

describe('ResultsSection', () => {
  it('shows the heading, the count, the note and a clear link only when filters are set', () => {
    const { unmount } = renderInApp(
      <ResultsSection headingId="h" heading="Results" clearHref="/list" clearLabel="Clear" note={<p>Only Acme</p>} shown="2 found">
        <p>the list</p>
      </ResultsSection>,
    );
    expect(screen.getByRole('region', { name: 'Results' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Clear' })).toHaveAttribute('href', '/list');
    expect(screen.getByRole('status')).toHaveTextContent('2 found');
    expect(screen.getByText('Only Acme')).toBeInTheDocument();
    unmount();

    renderInApp(
      <ResultsSection headingId="h" heading="Results" clearLabel="Clear" shown="">
        <p>the list</p>
      </ResultsSection>,
    );
    expect(screen.queryByRole('link', { name: 'Clear' })).not.toBeInTheDocument();
  });
});

describe('VocabulariesFailed', () => {
  it('says so and retries', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderInApp(<VocabulariesFailed message="The lists failed." onRetry={onRetry} />);

    expect(screen.getByRole('alert')).toHaveTextContent('The lists failed.');
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
