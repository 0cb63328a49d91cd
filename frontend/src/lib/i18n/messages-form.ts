/**
 * The texts of the shared form fields (components/form): the messages made from the API's
 * generated limits (limits.generated.ts), kept apart like the maps'; messages.ts spreads them in.
 */

export const formSv = {
  'formLimit.required': 'Fyll i fältet.',
  'formLimit.maxLength': 'Texten får vara högst {max} tecken lång.',
  'formLimit.minLength': 'Texten måste vara minst {min} tecken lång.',
  'formLimit.range': 'Ange ett tal från {min} till {max}.',
  'formLimit.minimum': 'Ange ett tal som är minst {min}.',
  'formLimit.maximum': 'Ange ett tal som är högst {max}.',
  'formLimit.maxItems': 'Ange högst {max}.',
  'formLimit.minItems': 'Ange minst {min}.',
  'formLimit.itemMaxLength': 'Var och en får vara högst {max} tecken lång.',
  'formLimit.pattern': 'Värdet har fel format.',
  'formList.hint': 'En per rad.',
};

export const formEn: Record<keyof typeof formSv, string> = {
  'formLimit.required': 'Please fill in this field.',
  'formLimit.maxLength': 'The text can be at most {max} characters long.',
  'formLimit.minLength': 'The text must be at least {min} characters long.',
  'formLimit.range': 'Give a number from {min} to {max}.',
  'formLimit.minimum': 'Give a number of at least {min}.',
  'formLimit.maximum': 'Give a number of at most {max}.',
  'formLimit.maxItems': 'Give at most {max}.',
  'formLimit.minItems': 'Give at least {min}.',
  'formLimit.itemMaxLength': 'Each can be at most {max} characters long.',
  'formLimit.pattern': 'The value is not in the right format.',
  'formList.hint': 'One a line.',
};
