import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../lib/api/api-error';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { LIMITS } from '../../../../lib/api/limits.generated';
import { mockApi } from '../../../../test/api-mock';
import { renderWithProviders } from '../../../../test/render-app';
import { MUNICIPALITIES, NORRSKEN, SDGS, TECHNOLOGY_AREAS } from '../../test-fixtures';
import { emptyResourceForm, type ResourceFormValues } from '../../validation';
import { ResourceForm } from '.';

/** The form as a page uses it: `answer` is what the server says to a valid submission (nothing: it is kept). */
function Page({ initialValues, onValid, answer }: { initialValues: ResourceFormValues; onValid: (input: unknown) => void; answer?: unknown }) {
  const [serverError, setServerError] = useState<unknown>(null);
  const { setLanguage } = useI18n();
  return (
    <>
      <button type="button" onClick={() => setLanguage('en')}>
        English
      </button>
      <ResourceForm
      initialValues={initialValues}
      publishers={[NORRSKEN]}
      municipalities={MUNICIPALITIES}
      technologyAreas={TECHNOLOGY_AREAS}
      sdgs={SDGS}
      submitLabel="Spara"
      pending={false}
      serverError={serverError}
      onValid={(input) => {
        onValid(input);
        if (answer) setServerError(answer);
      }}
      />
    </>
  );
}

function renderForm(initialValues: ResourceFormValues, answer?: unknown) {
  const onValid = vi.fn();
  renderWithProviders(<Page initialValues={initialValues} onValid={onValid} answer={answer} />, {
    fetch: mockApi().fetch,
    auth: 'authenticated',
  });
  return { onValid };
}

function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

function seminar(change: (values: ResourceFormValues) => void = () => {}) {
  const values = emptyResourceForm(NORRSKEN.id, 'SEMINAR_SERIES');
  values.titleSv = 'Drönarseminarier';
  change(values);
  return values;
}

describe('the resource form', () => {
  it('names the generated limit when a title is too long, focuses it, and sends nothing', async () => {
    const user = userEvent.setup();
    const max = LIMITS.ResourceInput['title.sv'].maxLength;
    const { onValid } = renderForm(seminar((v) => (v.titleSv = 'x'.repeat(max + 1))));
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const title = screen.getByLabelText(/^Titel på svenska/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(descriptionOf(title)).toContain(`Texten får vara högst ${max} tecken lång.`);
    expect(title).toHaveFocus();
    expect(screen.getByText('Uppgifterna kunde inte sparas. Rätta de markerade fälten.')).toBeInTheDocument();
    expect(onValid).not.toHaveBeenCalled();

    // The message follows the reader's language.
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(descriptionOf(title)).toContain(`The text can be at most ${max} characters long.`);

    // Fixed, the field is valid again as soon as it changes.
    await user.clear(title);
    await user.paste('Kort');
    expect(title).not.toHaveAttribute('aria-invalid');
  }, 15_000);

  it('names the generated size of a list and of its items', async () => {
    const user = userEvent.setup();
    const tags = LIMITS.ResourceInput.tags;
    renderForm(seminar((v) => (v.tags = 'x'.repeat(tags.items.maxLength + 1))));
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(descriptionOf(screen.getByLabelText('Taggar'))).toContain(`Var och en får vara högst ${tags.items.maxLength} tecken lång.`);
  });

  it('offers links up to the generated number', async () => {
    const user = userEvent.setup();
    const max = LIMITS.ResourceInput.links.maxItems;
    renderForm(seminar((v) => (v.links = Array.from({ length: max - 1 }, (_, i) => ({ label: '', url: `https://example.se/${i}` })))));
    await user.click(screen.getByRole('button', { name: 'Lägg till länk' }));
    expect(screen.queryByRole('button', { name: 'Lägg till länk' })).not.toBeInTheDocument();
    expect(screen.getAllByLabelText(/^Adress för länk/)).toHaveLength(max);
  });

  it('sends the checked input, and puts the server’s verdict on a link it names until that link changes', async () => {
    const user = userEvent.setup();
    const { onValid } = renderForm(
      seminar((v) => (v.links = [{ label: 'Program', url: 'https://example.se/program' }])),
      new ApiError(400, {
        type: 'urn:din:problem:validation',
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'update.input.links[0].url', code: 'LINK_UNREACHABLE', message: 'is not reachable' }],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onValid).toHaveBeenCalledWith({
      kind: 'SEMINAR_SERIES',
      actorId: NORRSKEN.id,
      title: { sv: 'Drönarseminarier' },
      links: [{ label: 'Program', url: 'https://example.se/program' }],
      seminarSeries: {},
    });

    const url = await screen.findByLabelText('Adress för länk 1');
    expect(await screen.findByText('is not reachable')).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveFocus();
    fireEvent.change(url, { target: { value: 'https://example.se/ny' } });
    expect(url).not.toHaveAttribute('aria-invalid');
  });
});
