import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../../lib/api/limits.generated';
import { translate } from '../../../lib/i18n/messages';
import { mockApi } from '../../../test/api-mock';
import { renderWithProviders } from '../../../test/render-app';
import type { CollaborationInput } from '../model';
import { KNOWLEDGE_AREAS, MUNICIPALITIES, NORRSKEN, SDGS, TECHNOLOGY_AREAS, UMU } from '../test-fixtures';
import { emptyCollaborationForm } from '../validation';
import { CollaborationForm } from './collaboration-form';

const LIMIT = LIMITS.CollaborationInput;

function renderForm(onValid: (input: CollaborationInput) => void) {
  return renderWithProviders(
    <CollaborationForm
      initialValues={{ ...emptyCollaborationForm(NORRSKEN.id), kind: 'PROJECT', titleSv: 'AI', startDate: '2026-03-01' }}
      leads={[NORRSKEN]}
      funderActors={[NORRSKEN, UMU]}
      municipalities={MUNICIPALITIES}
      technologyAreas={TECHNOLOGY_AREAS}
      sdgs={SDGS}
      knowledgeAreas={KNOWLEDGE_AREAS}
      submitLabel="Spara"
      pending={false}
      serverError={null}
      onValid={onValid}
    />,
    { fetch: mockApi().fetch },
  );
}

describe('the collaboration form', () => {
  it('refuses texts and amounts beyond LIMITS.CollaborationInput and says the generated numbers', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    renderForm(onValid);

    const title = screen.getByLabelText('Titel på engelska');
    await user.click(title);
    await user.paste('x'.repeat(LIMIT['title.en'].maxLength + 1));
    await user.click(screen.getByRole('button', { name: 'Lägg till finansiering' }));
    const line = screen.getByRole('group', { name: 'Finansiering 1' });
    await user.type(within(line).getByLabelText('Finansiärens namn'), 'Vinnova');
    await user.type(within(line).getByLabelText(/^Belopp i kronor/), String(LIMIT['funding[].amountSek'].maximum + 1));
    await user.selectOptions(within(line).getByLabelText(/^Typ av finansiering/), 'PUBLIC');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(onValid).not.toHaveBeenCalled();
    expect(title).toHaveFocus();
    expect(title).toHaveAccessibleDescription(translate('sv', 'collabValidation.tooLong', { max: LIMIT['title.en'].maxLength }));
    const amount = within(line).getByLabelText(/^Belopp i kronor/);
    expect(amount).toHaveAccessibleDescription(
      new RegExp(
        translate('sv', 'collabValidation.amount', {
          min: LIMIT['funding[].amountSek'].minimum,
          max: LIMIT['funding[].amountSek'].maximum,
        }),
      ),
    );
    expect(amount).toHaveAccessibleDescription(new RegExp(translate('sv', 'collabForm.amountHint', { max: LIMIT['funding[].amountSek'].maximum })));
    expect(screen.getByRole('group', { name: 'Platser' })).toHaveAccessibleDescription(
      translate('sv', 'collabForm.placesHint', { max: LIMIT.places.maxItems }),
    );
  });

  it('adds and removes funding lines, keeping what was typed in the others', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    renderForm(onValid);

    await user.click(screen.getByRole('button', { name: 'Lägg till finansiering' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till finansiering' }));
    const first = screen.getByRole('group', { name: 'Finansiering 1' });
    await user.type(within(first).getByLabelText('Finansiärens namn'), 'Vinnova');
    const second = screen.getByRole('group', { name: 'Finansiering 2' });
    await user.selectOptions(within(second).getByLabelText('Finansiär på plattformen'), UMU.id);
    expect(within(second).queryByLabelText('Finansiärens namn')).not.toBeInTheDocument();
    await user.type(within(second).getByLabelText(/^Belopp i kronor/), '1 000');
    await user.selectOptions(within(second).getByLabelText(/^Typ av finansiering/), 'PRIVATE');
    await user.click(within(first).getByRole('button', { name: 'Ta bort finansiering 1' }));

    expect(screen.queryByRole('group', { name: 'Finansiering 2' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(onValid).toHaveBeenCalledTimes(1);
    expect(onValid.mock.calls[0]![0]).toMatchObject({ funding: [{ funderActorId: UMU.id, amountSek: 1000, type: 'PRIVATE' }] });
  });
});
