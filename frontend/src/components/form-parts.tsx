/**
 * The controlled field pieces moved to components/form/ (with the react-hook-form fields beside
 * them); this path stays so the forms not yet on react-hook-form keep their import.
 */
export { describeField, FieldError, FormErrorSummary, Hint, Label, SelectField, TextAreaField, TextInputField } from './form';
