import { useFieldArray, useFormContext } from 'react-hook-form';
import { describeField, FieldError, FormTextField, Hint, useFieldError } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { maxItemsOf, type ResourceFormValues } from '../../validation';
import { useResourceField } from './field-ids';

/** Links with labels, added and removed one by one, at most as many as the API takes. */
export function LinksFieldset() {
  const { t } = useI18n();
  const { bind, idOf } = useResourceField();
  const { control } = useFormContext<ResourceFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'links' });
  const error = useFieldError('links.root');
  const { hintId, errorId, controlProps } = describeField(idOf('links'), error, t('resourceForm.linksHint'));
  const max = maxItemsOf('links') ?? 0;
  return (
    <fieldset id={idOf('links')} tabIndex={-1} aria-describedby={controlProps['aria-describedby']}>
      <legend>{t('resourceForm.links')}</legend>
      <Hint id={hintId} text={t('resourceForm.linksHint')} />
      <FieldError id={errorId} text={error} />
      {fields.map((link, index) => {
        const number = index + 1;
        return (
          <div key={link.id} className="link-row">
            <FormTextField {...bind(`links[${index}].label`)} label={t('resourceForm.linkLabel', { number })} />
            <FormTextField {...bind(`links[${index}].url`)} label={t('resourceForm.linkUrl', { number })} type="url" />
            <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
              {t('resourceForm.removeLink', { number })}
            </button>
          </div>
        );
      })}
      {fields.length < max && (
        <button type="button" className="button button--secondary button--small" onClick={() => append({ label: '', url: '' }, { shouldFocus: false })}>
          {t('resourceForm.addLink')}
        </button>
      )}
    </fieldset>
  );
}
