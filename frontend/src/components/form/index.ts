/**
 * Shared form fields (README).
 *
 * Two kinds of field live here:
 *  - fields.tsx: fields bound to react-hook-form. Put the form inside `<FormProvider {...methods}>`
 *    and give each field its `name` (the path in the form's values) and an `id` (the form focuses the
 *    first field at fault by it):
 *
 *      const methods = useForm<Values>({ defaultValues });
 *      <FormProvider {...methods}>
 *        <form noValidate onSubmit={methods.handleSubmit(save, focusFirstError)}>
 *          <FormTextField<Values> name="name" id={`${prefix}-name`} label={t('...')} required
 *            rules={limitRules(LIMITS.ActorInput.name, t, language)} />
 *          <FormCheckboxGroup<Values, string> name="technologyAreas" ... options={...} />
 *          <FormStringList<Values> name="competences" ... />   // string[], one a line
 *
 *    A field shows the message of its error in react-hook-form (from a rule, a resolver, or
 *    `setError(field, { type: 'server', message })` for the server's problem+json `errors[]`);
 *    a form whose resolver keeps codes words them through a <FieldErrorText> provider.
 *  - field-parts.tsx: the pieces they are built from (Label, Hint, FieldError, describeField for
 *    aria-describedby/aria-invalid), the controlled TextInputField/TextAreaField/SelectField for
 *    small forms without react-hook-form, and FormErrorSummary for the top of any form.
 *
 * limits.ts turns an entry of the generated LIMITS (src/lib/api/limits.generated.ts, from
 * openapi.yaml) into rules and messages that name the API's own numbers: never copy a limit.
 */
export { describeField, FieldError, FormErrorSummary, Hint, Label, SelectField, TextAreaField, TextInputField } from './field-parts';
export { FieldErrorText, FormCheckbox, FormCheckboxGroup, FormSelect, FormStringList, FormTextArea, FormTextField, linesOf, useFieldError, type Option } from './fields';
export { formatLimit, limitMessage, limitRules, outOfRange, textProblem, tooManyItems, type FieldLimit, type LimitRules } from './limits';
export { FormActions } from './form-actions';
