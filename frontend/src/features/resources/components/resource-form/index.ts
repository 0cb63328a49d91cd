/**
 * The resource form: a thin shell (resource-form.tsx, react-hook-form with validateResource as
 * its resolver), the common fieldsets (publisher, basics, topics, links, contact) and one
 * fieldset per kind (kind-fieldset.tsx picks it), each built from components/form's fields.
 */
export { ResourceForm, type ResourceFormProps } from './resource-form';
