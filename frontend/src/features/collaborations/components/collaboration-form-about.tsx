import { FormTextArea, FormTextField } from '../../../components/form';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { CollaborationFormValues, FormField } from '../validation';

type IdOf = (field: FormField) => string;

/** The title, summary and description, each in Swedish and English. */
export function AboutFields({ idOf }: { idOf: IdOf }) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('collabForm.basics')}</legend>
      <FormTextField<CollaborationFormValues>
        name="titleSv"
        id={idOf('title.sv')}
        label={t('collabForm.titleSv')}
        hint={t('collabForm.titleHint')}
        lang="sv"
      />
      <FormTextField<CollaborationFormValues>
        name="titleEn"
        id={idOf('title.en')}
        label={t('collabForm.titleEn')}
        lang="en"
        // A title in either language will do: one in English answers the Swedish field's "write a title".
        rules={{ deps: ['titleSv'] }}
      />
      <FormTextArea<CollaborationFormValues> name="summarySv" id={idOf('summary.sv')} label={t('collabForm.summarySv')} lang="sv" rows={3} />
      <FormTextArea<CollaborationFormValues> name="summaryEn" id={idOf('summary.en')} label={t('collabForm.summaryEn')} lang="en" rows={3} />
      <FormTextArea<CollaborationFormValues>
        name="descriptionSv"
        id={idOf('description.sv')}
        label={t('collabForm.descriptionSv')}
        hint={t('collabForm.descriptionHint')}
        lang="sv"
        rows={8}
      />
      <FormTextArea<CollaborationFormValues>
        name="descriptionEn"
        id={idOf('description.en')}
        label={t('collabForm.descriptionEn')}
        lang="en"
        rows={8}
      />
    </fieldset>
  );
}

/** When the collaboration runs, and where to read more. */
export function PeriodFields({ idOf }: { idOf: IdOf }) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('collabForm.periodLegend')}</legend>
      <div className="field-row">
        <FormTextField<CollaborationFormValues>
          name="startDate"
          id={idOf('startDate')}
          label={t('collabForm.startDate')}
          type="date"
          required
          // The end date's verdict (not before the start) follows the start date.
          rules={{ deps: ['endDate'] }}
        />
        <FormTextField<CollaborationFormValues>
          name="endDate"
          id={idOf('endDate')}
          label={t('collabForm.endDate')}
          hint={t('collabForm.endDateHint')}
          type="date"
        />
      </div>
      <FormTextField<CollaborationFormValues>
        name="website"
        id={idOf('website')}
        label={t('collabForm.website')}
        hint={t('collabForm.websiteHint')}
        type="url"
      />
    </fieldset>
  );
}
