import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api/api-error';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { TakedownForm, type TakedownTexts } from './takedown-form';

const TEXTS: TakedownTexts = {
  reason: 'Reason',
  reasonHint: 'The owners read it.',
  reasonRequired: 'Say why.',
  takeDown: 'Take it down',
  restore: 'Restore it',
  conflict: 'Someone else changed it.',
  reload: 'Reload',
};

function renderForm(overrides: { takenDown?: boolean; pending?: boolean; error?: unknown } = {}) {
  const props = {
    takenDown: false,
    pending: false,
    error: null as unknown,
    texts: TEXTS,
    onTakeDown: vi.fn<(reason: string, onSuccess: () => void) => void>(),
    onRestore: vi.fn<() => void>(),
    onReload: vi.fn<() => void>(),
    ...overrides,
  };
  render(
    <I18nProvider>
      <TakedownForm {...props} />
    </I18nProvider>,
  );
  return props;
}

describe('TakedownForm', () => {
  it('asks for a reason and focuses the field instead of sending an empty one', async () => {
    const user = userEvent.setup();
    const props = renderForm();

    await user.type(screen.getByLabelText('Reason'), '   ');
    await user.click(screen.getByRole('button', { name: 'Take it down' }));

    expect(props.onTakeDown).not.toHaveBeenCalled();
    expect(screen.getByText('Say why.')).toBeInTheDocument();
    expect(screen.getByLabelText('Reason')).toHaveFocus();
    expect(screen.getByLabelText('Reason')).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the trimmed reason and clears the field once the server took it', async () => {
    const user = userEvent.setup();
    const props = renderForm();

    await user.type(screen.getByLabelText('Reason'), '  Spam  ');
    await user.click(screen.getByRole('button', { name: 'Take it down' }));

    expect(props.onTakeDown).toHaveBeenCalledWith('Spam', expect.any(Function));
    expect(screen.getByLabelText('Reason')).toHaveValue('  Spam  ');
    const onSuccess = props.onTakeDown.mock.calls[0]![1];
    act(() => onSuccess());
    expect(screen.getByLabelText('Reason')).toHaveValue('');
  });

  it('offers a restore without a reason field when taken down', async () => {
    const user = userEvent.setup();
    const props = renderForm({ takenDown: true });

    expect(screen.queryByLabelText('Reason')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore it' }));

    expect(props.onRestore).toHaveBeenCalledOnce();
    expect(props.onTakeDown).not.toHaveBeenCalled();
  });

  it('offers a reload when the version acted on is stale', async () => {
    const user = userEvent.setup();
    const props = renderForm({ error: new ApiError(412, undefined) });

    expect(screen.getByRole('alert')).toHaveTextContent('Someone else changed it.');
    await user.click(screen.getByRole('button', { name: 'Reload' }));

    expect(props.onReload).toHaveBeenCalledOnce();
  });

  it('disables the button while the call is under way', () => {
    renderForm({ pending: true });
    expect(screen.getByRole('button', { name: 'Take it down' })).toBeDisabled();
  });
});
