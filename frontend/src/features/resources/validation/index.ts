/**
 * The resource form's values and rules, split by concern: form-values (what the form holds, read
 * from a resource), fields (the API paths the form and the server name fields by), limits (the
 * generated LIMITS), checks/validate-* (the rules), recurrence (an event's dates), messages.
 */
export { type ValidationContext } from './checks';
export {
  fieldOfServerError,
  fieldOfValuePath,
  firstFieldAtFault,
  RESOURCE_FIELDS,
  valuePathOf,
  type FieldErrors,
  type FormField,
  type LinkField,
  type ResourceField,
  type ValidationCode,
} from './fields';
export { emptyResourceForm, EVENT_TIME_ZONE, resourceToFormValues, type LinkValues, type ResourceFormValues } from './form-values';
export { limitOf, maxItemsOf } from './limits';
export { validationMessage } from './messages';
export { isTimeZone, normaliseDoi, parseTags, splitCommas, splitLines, toLocalDateTime } from './parse';
export { MAX_OCCURRENCES, occurrenceDates, RECURRENCE_YEARS } from './recurrence';
export { occurrenceCount } from './validate-event';
export { DOI } from './validate-kinds';
export { validateResource, type ValidationResult } from './validate-resource';
