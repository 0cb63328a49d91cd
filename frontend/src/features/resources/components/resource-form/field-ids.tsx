import { createContext, useContext } from 'react';
import type { Path } from 'react-hook-form';
import { valuePathOf, type FormField, type ResourceFormValues } from '../../validation';

/**
 * The form's id prefix, for the fieldsets: each field's id is `<prefix>-<API path>` (the form
 * focuses the first field at fault by it) and its name the path of its value (valuePathOf).
 */
export const FieldIdPrefix = createContext('resource');

export function useResourceField() {
  const prefix = useContext(FieldIdPrefix);
  const idOf = (field: FormField) => `${prefix}-${field}`;
  return {
    idOf,
    /** The `name` and `id` props of the shared field bound to this API path. */
    bind: (field: FormField) => ({ name: valuePathOf(field) as Path<ResourceFormValues>, id: idOf(field) }),
  };
}
