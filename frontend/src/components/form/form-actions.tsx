import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';

/** A form's submit button (saying "Sparar…" while the request runs) and the page's other actions beside it. */
export function FormActions({ pending, submitLabel, actions }: { pending: boolean; submitLabel: string; actions?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('form.saving') : submitLabel}
      </button>
      {actions}
    </div>
  );
}
