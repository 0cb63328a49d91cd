import { useI18n } from '../lib/i18n/i18n-context';

/** The pieces every form field is built from; the forms wire their ids into aria-describedby. */

export function Hint({ id, text }: { id?: string | undefined; text?: string | undefined }) {
  return id && text ? (
    <p id={id} className="field__hint">
      {text}
    </p>
  ) : null;
}

export function FieldError({ id, text }: { id?: string | undefined; text?: string | undefined }) {
  return id && text ? (
    <p id={id} className="field__error">
      {text}
    </p>
  ) : null;
}

export function Label({ htmlFor, text, required }: { htmlFor: string; text: string; required?: boolean | undefined }) {
  const { t } = useI18n();
  return (
    <label htmlFor={htmlFor}>
      {text}
      {required && <span className="field__required"> ({t('form.required')})</span>}
    </label>
  );
}
