import { useFieldArray, useFormContext, useWatch, type Path } from 'react-hook-form';
import { describeField, FieldError, FormSelect, FormTextField, Hint, useFieldError } from '../../../components/form';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { FUNDING_TYPES, type ActorRef } from '../model';
import { AMOUNT, emptyFunding, MAX_ITEMS, type CollaborationFormValues, type FormField } from '../validation';

type IdOf = (field: FormField) => string;

/**
 * The funding lines: who funds (an actor on the platform or one named outside it), through which
 * programme, how much and of what kind. Lines are added and removed as a react-hook-form field array.
 */
export function FundingFields({ idOf, funderActors }: { idOf: IdOf; funderActors: readonly ActorRef[] }) {
  const { t } = useI18n();
  const { control } = useFormContext<CollaborationFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'funding' });
  // An error about the lines as a whole (too many), from the form's rules or from the server:
  // react-hook-form keeps it at the array's `root`, which its path type does not spell.
  const error = useFieldError<CollaborationFormValues>('funding.root' as Path<CollaborationFormValues>);
  const hint = t('collabForm.fundingHint', { max: MAX_ITEMS.funding });
  const { hintId, errorId, controlProps } = describeField(idOf('funding'), error, hint);

  return (
    <fieldset
      id={idOf('funding')}
      tabIndex={-1}
      className={error ? 'field--invalid' : undefined}
      aria-describedby={controlProps['aria-describedby']}
    >
      <legend>{t('collabForm.funding')}</legend>
      <Hint id={hintId} text={hint} />
      <FieldError id={errorId} text={error} />
      {fields.map((line, index) => (
        <FundingLine key={line.id} idOf={idOf} index={index} funderActors={funderActors} onRemove={() => remove(index)} />
      ))}
      <button type="button" className="button button--secondary" onClick={() => append(emptyFunding(), { shouldFocus: false })}>
        {t('collabForm.addFunding')}
      </button>
    </fieldset>
  );
}

function FundingLine({
  idOf,
  index,
  funderActors,
  onRemove,
}: {
  idOf: IdOf;
  index: number;
  funderActors: readonly ActorRef[];
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const funderActorId = useWatch<CollaborationFormValues, `funding.${number}.funderActorId`>({
    name: `funding.${index}.funderActorId`,
  });
  return (
    <fieldset className="funding-line">
      <legend>{t('collabForm.fundingLine', { number: index + 1 })}</legend>
      <FormSelect<CollaborationFormValues>
        name={`funding.${index}.funderActorId`}
        id={idOf(`funding[${index}].funderActorId`)}
        label={t('collabForm.funderActor')}
        options={funderActors.map((actor) => ({ value: actor.id, label: actor.name }))}
        empty={t('collabForm.funderOutside')}
      />
      {/* A funder on the platform needs no name; an outside one is named here. */}
      {!funderActorId && (
        <FormTextField<CollaborationFormValues>
          name={`funding.${index}.funderName`}
          id={idOf(`funding[${index}].funderName`)}
          label={t('collabForm.funderName')}
        />
      )}
      <FormTextField<CollaborationFormValues>
        name={`funding.${index}.programme`}
        id={idOf(`funding[${index}].programme`)}
        label={t('collabForm.programme')}
      />
      <div className="field-row">
        <FormTextField<CollaborationFormValues>
          name={`funding.${index}.amountSek`}
          id={idOf(`funding[${index}].amountSek`)}
          label={t('collabForm.amountSek')}
          hint={t('collabForm.amountHint', { max: AMOUNT.max })}
          inputMode="numeric"
          required
        />
        <FormSelect<CollaborationFormValues>
          name={`funding.${index}.type`}
          id={idOf(`funding[${index}].type`)}
          label={t('collabForm.fundingType')}
          options={FUNDING_TYPES.map((type) => ({ value: type, label: t(`fundingType.${type}`) }))}
          empty={t('collabForm.fundingTypeChoose')}
          required
        />
      </div>
      <button type="button" className="button button--secondary button--small" onClick={onRemove}>
        {t('collabForm.removeFunding', { number: index + 1 })}
      </button>
    </fieldset>
  );
}
