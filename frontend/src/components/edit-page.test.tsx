import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api/api-error';
import type { AuthStatus } from '../lib/auth/auth-client';
import { renderWithProviders } from '../test/render-app';
import { EditPage, useEditedVersion, type Reload } from './edit-page';

interface Version {
  name: string;
  etag: string;
}

function Form({ current, onReload }: { current: Version; onReload: Reload<Version> }) {
  const { base, reload } = useEditedVersion(current, onReload);
  return (
    <>
      <p>
        Editing {base.name} at {base.etag}
      </p>
      <button type="button" onClick={reload}>
        Reload
      </button>
    </>
  );
}

function Page({ load }: { load: () => Promise<Version> }) {
  const query = useQuery({ queryKey: ['thing'], queryFn: load });
  return (
    <EditPage title="Edit the thing" loginRequired="Log in to edit." query={query}>
      {(current, reload) => <Form current={current} onReload={reload} />}
    </EditPage>
  );
}

function renderPage(load: () => Promise<Version>, auth: AuthStatus = 'authenticated') {
  return renderWithProviders(<Page load={load} />, { fetch: vi.fn(), auth });
}

describe('EditPage', () => {
  it('titles the page and fills the form from the loaded version', async () => {
    renderPage(() => Promise.resolve({ name: 'Thing', etag: '"1"' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Edit the thing' })).toBeInTheDocument();
    expect(await screen.findByText('Editing Thing at "1"')).toBeInTheDocument();
    expect(document.title).toBe('Edit the thing – Digital Impact North');
  });

  it('offers a login instead of the form without a session', () => {
    renderPage(() => Promise.resolve({ name: 'Thing', etag: '"1"' }), 'anonymous');

    expect(screen.getByText('Log in to edit.')).toBeInTheDocument();
    expect(screen.queryByText(/Editing/)).not.toBeInTheDocument();
  });

  it('offers a retry when the version fails to load', async () => {
    const user = userEvent.setup();
    const load = vi
      .fn<() => Promise<Version>>()
      .mockRejectedValueOnce(new ApiError(500, undefined))
      .mockResolvedValueOnce({ name: 'Thing', etag: '"1"' });
    renderPage(load);

    await user.click(await screen.findByRole('button', { name: 'Försök igen' }));

    expect(await screen.findByText('Editing Thing at "1"')).toBeInTheDocument();
  });
});

describe('useEditedVersion', () => {
  it('keeps the version the form was filled from until reload fetches the server one', async () => {
    const user = userEvent.setup();
    let version = 1;
    renderPage(() => Promise.resolve({ name: `Thing ${version}`, etag: `"${version}"` }));
    expect(await screen.findByText('Editing Thing 1 at "1"')).toBeInTheDocument();

    version = 2;
    await user.click(screen.getByRole('button', { name: 'Reload' }));

    expect(await screen.findByText('Editing Thing 2 at "2"')).toBeInTheDocument();
  });
});
