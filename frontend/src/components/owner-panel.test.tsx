import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api/api-error';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { AnswerButtons, OwnerPanel } from './owner-panel';

function Panel({ load, emptyText, actionError }: { load: () => Promise<string[]>; emptyText?: string; actionError?: unknown }) {
  const query = useQuery({ queryKey: ['items'], queryFn: load });
  return (
    <OwnerPanel heading="Waiting for Acme" query={query} actionError={actionError} {...(emptyText ? { emptyText } : {})}>
      {(items) => (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </OwnerPanel>
  );
}

function renderPanel(props: Parameters<typeof Panel>[0]) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <Panel {...props} />
      </QueryClientProvider>
    </I18nProvider>,
  );
}

describe('OwnerPanel', () => {
  it('shows loading, then the items under a heading that names the section', async () => {
    renderPanel({ load: () => Promise.resolve(['Invitation A', 'Invitation B']) });

    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(await screen.findByText('Invitation A')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Waiting for Acme' })).toContainElement(screen.getByText('Invitation B'));
  });

  it('says the empty sentence when nothing waits', async () => {
    renderPanel({ load: () => Promise.resolve([]), emptyText: 'Nothing waits.' });
    expect(await screen.findByText('Nothing waits.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('renders an empty list as is when it has no empty sentence', async () => {
    renderPanel({ load: () => Promise.resolve([]) });
    expect(await screen.findByRole('list')).toBeEmptyDOMElement();
  });

  it('offers a retry when the list fails to load, and loads again', async () => {
    const user = userEvent.setup();
    const load = vi
      .fn<() => Promise<string[]>>()
      .mockRejectedValueOnce(new ApiError(500, undefined))
      .mockResolvedValueOnce(['Loaded on retry']);
    renderPanel({ load });

    await user.click(await screen.findByRole('button', { name: /Försök igen|Try again/ }));

    expect(await screen.findByText('Loaded on retry')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows a failed answer above the list', async () => {
    renderPanel({ load: () => Promise.resolve(['Invitation A']), actionError: new ApiError(409, undefined) });
    expect(await screen.findByText('Invitation A')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});

describe('AnswerButtons', () => {
  it('calls accept or decline, and neither while disabled', async () => {
    const user = userEvent.setup();
    const onAccept = vi.fn();
    const onDecline = vi.fn();
    const { rerender } = render(
      <AnswerButtons acceptLabel="Accept X" declineLabel="Decline X" disabled={false} onAccept={onAccept} onDecline={onDecline} />,
    );

    await user.click(screen.getByRole('button', { name: 'Accept X' }));
    await user.click(screen.getByRole('button', { name: 'Decline X' }));
    expect(onAccept).toHaveBeenCalledOnce();
    expect(onDecline).toHaveBeenCalledOnce();

    rerender(<AnswerButtons acceptLabel="Accept X" declineLabel="Decline X" disabled onAccept={onAccept} onDecline={onDecline} />);
    expect(screen.getByRole('button', { name: 'Accept X' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Decline X' })).toBeDisabled();
  });
});
