import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, isStaleVersion } from '../lib/api/api-error';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { ActionError } from './stale-version-alert';

function renderError(error: unknown) {
  const onReload = vi.fn();
  const result = render(
    <I18nProvider>
      <ActionError error={error} message="Changed meanwhile." reloadLabel="Reload" onReload={onReload} />
    </I18nProvider>,
  );
  return { ...result, onReload };
}

describe('isStaleVersion', () => {
  it('is true only for a 412 from the API', () => {
    expect(isStaleVersion(new ApiError(412, undefined))).toBe(true);
    expect(isStaleVersion(new ApiError(409, undefined))).toBe(false);
    expect(isStaleVersion(new Error('network'))).toBe(false);
    expect(isStaleVersion(null)).toBe(false);
  });
});

describe('ActionError', () => {
  it('offers a reload for a stale version', async () => {
    const user = userEvent.setup();
    const { onReload } = renderError(new ApiError(412, { type: 'about:blank', status: 412, title: 'Precondition Failed' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Changed meanwhile.');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('shows any other error as the usual error message, without a reload', () => {
    renderError(new ApiError(403, { type: 'about:blank', status: 403, title: 'Forbidden' }));

    expect(screen.getByRole('alert')).not.toHaveTextContent('Changed meanwhile.');
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  });

  it('shows nothing without an error', () => {
    const { container } = renderError(null);
    expect(container).toBeEmptyDOMElement();
  });
});
