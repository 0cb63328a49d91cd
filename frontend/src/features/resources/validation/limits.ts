/**
 * The API's limits on a resource, from the generated LIMITS (openapi.yaml through
 * `npm run gen:api`): the checks and the messages read their numbers here, none is copied.
 */
import type { FieldLimit } from '../../../components/form';
import { LIMITS } from '../../../lib/api/limits.generated';
import type { FormField } from './fields';

const RESOURCE_LIMITS: Readonly<Record<string, FieldLimit | undefined>> = LIMITS.ResourceInput;

/** A field's entry in LIMITS.ResourceInput; a link's fields share `links[].url` and `links[].label`. */
export function limitOf(field: FormField): FieldLimit | undefined {
  return RESOURCE_LIMITS[field.replace(/\[\d+\]/, '[]')];
}

/** A limit that must be there: the schema has it, and a missing one is a generator bug worth failing loudly on. */
function required(field: FormField, key: keyof FieldLimit): number {
  const value = limitOf(field)?.[key];
  if (typeof value !== 'number') throw new Error(`LIMITS.ResourceInput['${field}'] has no ${key}`);
  return value;
}

export const maxLengthOf = (field: FormField): number | undefined => limitOf(field)?.maxLength;
export const maxItemsOf = (field: FormField): number | undefined => limitOf(field)?.maxItems;
export const itemMaxLengthOf = (field: FormField): number | undefined => limitOf(field)?.items?.maxLength;

/** A number field's range, both ends required. */
export function rangeOf(field: FormField): { min: number; max: number } {
  return { min: required(field, 'minimum'), max: required(field, 'maximum') };
}

/** A list's items' range (the SDGs' numbers). */
export function itemRangeOf(field: FormField): { min?: number | undefined; max?: number | undefined } {
  const items = limitOf(field)?.items;
  return { min: items?.minimum, max: items?.maximum };
}
