import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import type { Language } from '../../../../lib/i18n/languages';
import type { MessageKey, MessageParams } from '../../../../lib/i18n/messages';
import type { ResourceInput } from '../../model';
import {
  validateResource,
  validationMessage,
  valuePathOf,
  type FieldErrors as ResourceFieldErrors,
  type FormField,
  type ResourceFormValues,
  type ValidationCode,
  type ValidationContext,
} from '../../validation';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The client's verdict as react-hook-form keeps errors: at each field's value path, with its sentence. */
export function toFormErrors(errors: ResourceFieldErrors, t: Translate, language: Language): FieldErrors<ResourceFormValues> {
  const result: FieldErrors<ResourceFormValues> = {};
  for (const [field, code] of Object.entries(errors) as [FormField, ValidationCode][]) {
    set(result, valuePathOf(field), { type: code, message: validationMessage(field, code, t, language) });
  }
  return result;
}

/**
 * validateResource as react-hook-form's resolver: valid values come out as the ResourceInput to
 * send (handleSubmit hands that to onValid), invalid ones as errors on their fields.
 */
export function resourceResolver(
  context: ValidationContext,
  t: Translate,
  language: Language,
): Resolver<ResourceFormValues, unknown, ResourceInput> {
  return (values) => {
    const result = validateResource(values, context);
    return result.ok ? { values: result.input, errors: {} } : { values: {}, errors: toFormErrors(result.errors, t, language) };
  };
}
