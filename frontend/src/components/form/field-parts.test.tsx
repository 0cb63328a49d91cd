import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../lib/i18n/i18n-context';
import { ApiError } from '../../lib/api/api-error';
import { describeField, FormErrorSummary, SelectField, TextAreaField, TextInputField } from './field-parts';

function inI18n(element: React.ReactNode) {
  return render(<I18nProvider>{element}</I18nProvider>);
}

describe('describeField', () => {
  it('names the hint and the error in aria-describedby and marks the error invalid', () => {
    expect(describeField('title', 'Required.', 'In Swedish or English.')).toEqual({
      hintId: 'title-hint',
      errorId: 'title-error',
      className: 'field field--invalid',
      controlProps: { id: 'title', 'aria-describedby': 'title-hint title-error', 'aria-invalid': true },
    });
  });

  it('describes a valid field without a hint with nothing', () => {
    expect(describeField('title', undefined)).toEqual({
      hintId: undefined,
      errorId: undefined,
      className: 'field',
      controlProps: { id: 'title', 'aria-describedby': undefined, 'aria-invalid': undefined },
    });
  });
});

describe('the shared fields', () => {
  it('TextInputField wires label, hint, error and required, and reports what is typed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    inI18n(<TextInputField id="website" label="Website" type="url" value="" hint="With https://" error="Not an address." required onChange={onChange} />);

    const control = screen.getByRole('textbox', { name: /Website/ });
    expect(control).toHaveAttribute('type', 'url');
    expect(control).toBeRequired();
    expect(control).toBeInvalid();
    expect(control).toHaveAccessibleDescription('With https:// Not an address.');
    await user.type(control, 'x');
    expect(onChange).toHaveBeenCalledWith('x');
  });

  it('TextAreaField is a labelled text area, valid without an error', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    inI18n(<TextAreaField id="summary" label="Summary" value="" rows={3} onChange={onChange} />);

    const control = screen.getByRole('textbox', { name: 'Summary' });
    expect(control.tagName).toBe('TEXTAREA');
    expect(control).toHaveAttribute('rows', '3');
    expect(control).not.toHaveAttribute('aria-invalid');
    await user.type(control, 'y');
    expect(onChange).toHaveBeenCalledWith('y');
  });

  it('SelectField offers the empty choice first only when it has one', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = inI18n(
      <SelectField id="kind" label="Kind" value="" empty="Choose…" options={[{ value: 'lab', label: 'Lab' }]} onChange={onChange} />,
    );
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose…', 'Lab']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'lab');
    expect(onChange).toHaveBeenCalledWith('lab');

    rerender(
      <I18nProvider>
        <SelectField id="kind" label="Kind" value="lab" options={[{ value: 'lab', label: 'Lab' }]} onChange={onChange} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Lab']);
  });
});

describe('FormErrorSummary', () => {
  it('shows nothing before a failed submission', () => {
    const { container } = inI18n(<FormErrorSummary serverError={null} server={undefined} invalid={false} summaryRef={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('summarises the messages that name no field, in an element that can take focus', () => {
    const ref = { current: null as HTMLDivElement | null };
    inI18n(
      <FormErrorSummary serverError={new ApiError(400, undefined)} server={{ general: ['The period is too long.'] }} invalid={false} summaryRef={ref} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The period is too long.');
    expect(ref.current).toHaveAttribute('tabindex', '-1');
  });

  it('shows a failure without a problem body as a plain error', () => {
    inI18n(<FormErrorSummary serverError={new TypeError('network')} server={undefined} invalid={false} summaryRef={null} />);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('summarises a submission the client already found invalid', () => {
    inI18n(<FormErrorSummary serverError={null} server={undefined} invalid summaryRef={null} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});
