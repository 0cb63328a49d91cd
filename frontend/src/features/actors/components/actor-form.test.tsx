import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../../lib/api/limits.generated';
import { translate } from '../../../lib/i18n/messages';
import { MUNICIPALITIES, TECHNOLOGY_AREAS } from '../../../test/actor-fixtures';
import { mockApi } from '../../../test/api-mock';
import { renderWithProviders } from '../../../test/render-app';
import type { ActorInput } from '../model';
import { emptyActorForm } from '../validation';
import { ActorForm } from './actor-form';

function renderForm(onValid: (input: ActorInput) => void) {
  return renderWithProviders(
    <ActorForm
      initialValues={emptyActorForm()}
      municipalities={MUNICIPALITIES}
      technologyAreas={TECHNOLOGY_AREAS}
      submitLabel="Spara"
      pending={false}
      serverError={null}
      onValid={onValid}
    />,
    // The form asks the API nothing: any request it sent would fail the test.
    { fetch: mockApi().fetch },
  );
}

describe('the actor form', () => {
  it('refuses a name one character over LIMITS.ActorInput.name.maxLength and says the generated numbers', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    renderForm(onValid);
    const { minLength, maxLength } = LIMITS.ActorInput.name;

    const name = screen.getByLabelText(/^Namn/);
    await user.click(name);
    await user.paste('x'.repeat(maxLength + 1));
    await user.selectOptions(screen.getByLabelText(/^Typ av aktör/), 'Företag');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(onValid).not.toHaveBeenCalled();
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(translate('sv', 'validation.nameLength', { min: minLength, max: maxLength }));

    // One character less is the API's longest name: the form hands on the ActorInput.
    await user.type(name, '{Backspace}');
    expect(name).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onValid).toHaveBeenCalledWith({ name: 'x'.repeat(maxLength), kind: 'COMPANY' });
  });

  it('names the generated limits in its hints', () => {
    renderForm(() => {});
    expect(screen.getByLabelText('Beskrivning på svenska')).toHaveAccessibleDescription(
      translate('sv', 'form.descriptionHint', { max: LIMITS.ActorInput['description.sv'].maxLength }),
    );
    expect(screen.getByRole('group', { name: 'Teknikområden' })).toHaveAccessibleDescription(
      translate('sv', 'form.technologyAreasAtMost', { max: LIMITS.ActorInput.technologyAreas.maxItems }),
    );
    expect(screen.getByLabelText('Kompetenser')).toHaveAccessibleDescription(
      translate('sv', 'form.competencesHint', { max: LIMITS.ActorInput.competences.maxItems }),
    );
  });
});
