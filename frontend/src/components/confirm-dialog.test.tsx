import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api/api-error';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { ConfirmButton, ConfirmDialog } from './confirm-dialog';
import { installDialogPolyfill } from './dialog-polyfill.testing';

beforeAll(installDialogPolyfill);

const LAST_OWNER = new ApiError(409, {
  type: 'urn:din:problem:conflict',
  title: 'Conflict',
  status: 409,
  detail: 'An actor needs an owner: make someone else owner before you remove the last one',
});

/** A page with a "leave" button whose request the test settles by hand. */
function LeavePage({ send, error, busy }: { send: (close: () => void) => void; error?: unknown; busy?: boolean }) {
  return (
    <I18nProvider>
      <h1>Mina organisationer</h1>
      <ConfirmButton
        label="Lämna Norrskensdata AB"
        title="Lämna Norrskensdata AB?"
        confirmLabel="Lämna Norrskensdata AB"
        busy={busy}
        error={error}
        onConfirm={send}
      >
        <p>Du förlorar din roll i Norrskensdata AB.</p>
      </ConfirmButton>
    </I18nProvider>
  );
}

describe('ConfirmDialog', () => {
  it('opens as a modal named by its title and described by the consequence, with focus on cancel', async () => {
    const user = userEvent.setup();
    render(<LeavePage send={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Lämna Norrskensdata AB' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Lämna Norrskensdata AB?' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAccessibleDescription('Du förlorar din roll i Norrskensdata AB.');
    expect(within(dialog).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    // The confirm button names the action, and is styled as destructive.
    expect(within(dialog).getByRole('button', { name: 'Lämna Norrskensdata AB' })).toHaveClass('button--danger');
  });

  it('cancels with the cancel button or Escape without confirming, and returns focus to the opener', async () => {
    const user = userEvent.setup();
    const send = vi.fn();
    render(<LeavePage send={send} />);
    const opener = screen.getByRole('button', { name: 'Lämna Norrskensdata AB' });

    await user.click(opener);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();

    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(send).not.toHaveBeenCalled();
  });

  it('confirms once, closes when the request succeeds and returns focus', async () => {
    const user = userEvent.setup();
    const send = vi.fn((close: () => void) => close());
    render(<LeavePage send={send} />);
    const opener = screen.getByRole('button', { name: 'Lämna Norrskensdata AB' });

    await user.click(opener);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Lämna Norrskensdata AB' }));

    expect(send).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('while busy, the confirm button says so and neither confirm, cancel nor Escape does anything', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <I18nProvider>
        <ConfirmDialog open busy title="Ta bort Erik Holm?" confirmLabel="Ta bort Erik Holm" onConfirm={onConfirm} onCancel={onCancel}>
          <p>Erik förlorar sin roll.</p>
        </ConfirmDialog>
      </I18nProvider>,
    );
    const dialog = screen.getByRole('alertdialog');
    const confirm = within(dialog).getByRole('button', { name: 'Ta bort Erik Holm' });

    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Skickar…');
    await user.click(confirm);
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await user.keyboard('{Escape}');

    expect(onConfirm).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
    expect(dialog).toHaveAttribute('open');
  });

  it("shows the API's problem inside the dialog, which stays open", async () => {
    const user = userEvent.setup();
    function Failing() {
      const [error, setError] = useState<unknown>();
      return <LeavePage send={() => setError(LAST_OWNER)} error={error} />;
    }
    render(<Failing />);

    await user.click(screen.getByRole('button', { name: 'Lämna Norrskensdata AB' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Lämna Norrskensdata AB' }));

    expect(within(dialog).getByRole('alert')).toHaveTextContent('make someone else owner before you remove the last one');
    expect(dialog).toHaveAttribute('open');
  });

  it('after a confirmed action whose button goes away, focus goes where the caller says', async () => {
    const user = userEvent.setup();
    function Removable() {
      const [gone, setGone] = useState(false);
      return (
        <I18nProvider>
          <h2>Personer i Norrskensdata AB</h2>
          {!gone && (
            <ConfirmButton
              label="Ta bort Erik Holm"
              title="Ta bort Erik Holm?"
              confirmLabel="Ta bort Erik Holm"
              focusAfterConfirm={() => screen.getByRole('heading', { name: 'Personer i Norrskensdata AB' })}
              onConfirm={(close) => {
                close();
                setGone(true);
              }}
            >
              <p>Erik förlorar sin roll.</p>
            </ConfirmButton>
          )}
        </I18nProvider>
      );
    }
    render(<Removable />);

    await user.click(screen.getByRole('button', { name: 'Ta bort Erik Holm' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Ta bort Erik Holm' }));

    expect(screen.getByRole('heading', { name: 'Personer i Norrskensdata AB' })).toHaveFocus();
  });
});
