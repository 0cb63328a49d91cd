/**
 * A validation code as a sentence in the reader's language; the limits it names (a length, a
 * number of items, a range) are the generated ones of the field at fault.
 */
import { formatLimit } from '../../../components/form';
import type { Language } from '../../../lib/i18n/languages';
import type { MessageKey, MessageParams } from '../../../lib/i18n/messages';
import type { FormField, ValidationCode } from './fields';
import { itemMaxLengthOf, limitOf, maxItemsOf, maxLengthOf } from './limits';

type Translate = (key: MessageKey, params?: MessageParams) => string;

function paramsOf(field: FormField, code: ValidationCode, language: Language): MessageParams | undefined {
  const n = (value: number | undefined): MessageParams | undefined => (value === undefined ? undefined : { max: formatLimit(value, language) });
  switch (code) {
    case 'tooLong':
      return n(maxLengthOf(field));
    case 'tooMany':
      return n(maxItemsOf(field));
    case 'itemTooLong':
      return n(itemMaxLengthOf(field));
    case 'languages':
      return n(maxItemsOf('event.languages'));
    case 'count':
    case 'interval':
    case 'capacity':
    case 'trl':
    case 'credits':
    case 'pace': {
      const limit = limitOf(field);
      if (limit?.minimum === undefined || limit.maximum === undefined) return undefined;
      return { min: formatLimit(limit.minimum, language), max: formatLimit(limit.maximum, language) };
    }
    default:
      return undefined;
  }
}

export function validationMessage(field: FormField, code: ValidationCode, t: Translate, language: Language): string {
  return t(`resourceValidation.${code}`, paramsOf(field, code, language));
}
