import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../lib/api/limits.generated';
import { I18nProvider, useI18n } from '../../lib/i18n/i18n-context';
import { FormCheckboxGroup, FormSelect, FormStringList, FormTextField, limitRules } from '.';

interface Values {
  name: string;
  kind: string;
  areas: string[];
  competences: string[];
}

function Sample({ onValid, defaults }: { onValid: (values: Values) => void; defaults?: Partial<Values> }) {
  const { t, language } = useI18n();
  const methods = useForm<Values>({ defaultValues: { name: '', kind: '', areas: [], competences: [], ...defaults } });
  return (
    <FormProvider {...methods}>
      <form noValidate onSubmit={(event) => void methods.handleSubmit(onValid)(event)}>
        <FormTextField<Values> name="name" id="f-name" label="Name" hint="The whole name." required rules={limitRules(LIMITS.ActorInput.name, t, language)} />
        <FormSelect<Values> name="kind" id="f-kind" label="Kind" empty="Choose" options={[{ value: 'A', label: 'Alpha' }]} />
        <FormCheckboxGroup<Values, string>
          name="areas"
          id="f-areas"
          legend="Areas"
          options={[
            { value: 'ai', label: 'AI' },
            { value: 'iot', label: 'IoT' },
          ]}
        />
        <FormStringList<Values> name="competences" id="f-competences" label="Competences" />
        <button type="submit">Save</button>
      </form>
    </FormProvider>
  );
}

describe('the fields bound to react-hook-form', () => {
  it('send what is typed, chosen and listed', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    render(
      <I18nProvider>
        <Sample onValid={onValid} />
      </I18nProvider>,
    );
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Umeå Lab');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'A');
    await user.click(screen.getByRole('checkbox', { name: 'IoT' }));
    await user.type(screen.getByRole('textbox', { name: 'Competences' }), 'Rust{Enter}{Enter} Go ');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onValid).toHaveBeenCalledWith({ name: 'Umeå Lab', kind: 'A', areas: ['iot'], competences: ['Rust', 'Go'] }, expect.anything());
  });

  it('show a broken limit on the field, naming the generated number, with aria-invalid and the description', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    render(
      <I18nProvider>
        <Sample onValid={onValid} defaults={{ name: 'x'.repeat(LIMITS.ActorInput.name.maxLength + 1) }} />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const name = screen.getByRole('textbox', { name: /Name/ });
    const message = `Texten får vara högst ${LIMITS.ActorInput.name.maxLength} tecken lång.`;
    expect(name).toBeInvalid();
    expect(name).toHaveAccessibleDescription(`The whole name. ${message}`);
    expect(name).toHaveFocus();
    expect(onValid).not.toHaveBeenCalled();

    await user.clear(name);
    await user.type(name, 'x');
    expect(name).toHaveAccessibleDescription(`The whole name. Texten måste vara minst ${LIMITS.ActorInput.name.minLength} tecken lång.`);
  });
});

describe('limitRules', () => {
  const t = (key: string, params?: Record<string, string | number>) => `${key} ${JSON.stringify(params ?? {})}`;
  const validate = (limit: Parameters<typeof limitRules>[0], value: unknown) => {
    return limitRules(limit, t, 'sv').validate(value);
  };

  it('checks a required text trimmed, and its length and pattern', () => {
    expect(validate(LIMITS.ActorInput.name, '   ')).toBe('formLimit.required {}');
    expect(validate(LIMITS.ActorInput.name, ' ab ')).toBe(true);
    expect(validate(LIMITS.ActorInput.orgNumber, '5566778899')).toBe('formLimit.pattern {}');
    expect(validate(LIMITS.ActorInput.orgNumber, '556677-8899')).toBe(true);
  });

  it('checks a number against its range, written in the reader’s way', () => {
    expect(validate(LIMITS.ResourceInput['education.credits'], '0,4')).toBe('formLimit.range {"min":"0,5","max":"400"}');
    expect(validate(LIMITS.ResourceInput['education.credits'], '7,5')).toBe(true);
    expect(validate(LIMITS.ResourceInput['event.capacity'], 'many')).toBe('formLimit.range {"min":"1","max":"1\u00a0000\u00a0000"}');
  });
});
