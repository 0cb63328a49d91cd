import { useController } from 'react-hook-form';
import { FormCheckboxGroup, useFieldError } from '../../../components/form';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import type { KnowledgeArea, Municipality, Sdg, TechnologyArea } from '../model';
import { MAX_ITEMS, type CollaborationFormValues, type FormField } from '../validation';
import { PlacesField } from './collaboration-form-places';
import { KnowledgeAreaPicker } from './knowledge-area-picker';

/** What the collaboration is about and where: knowledge and technology areas, SDGs, places. */
export function FocusFields({
  idOf,
  knowledgeAreas,
  technologyAreas,
  sdgs,
  municipalities,
}: {
  idOf: (field: FormField) => string;
  knowledgeAreas: readonly KnowledgeArea[];
  technologyAreas: readonly TechnologyArea[];
  sdgs: readonly Sdg[];
  municipalities: readonly Municipality[];
}) {
  const { t, language } = useI18n();
  const {
    field: { value: chosenAreas, onChange: onAreasChange },
  } = useController<CollaborationFormValues, 'knowledgeAreas'>({ name: 'knowledgeAreas' });
  const knowledgeError = useFieldError<CollaborationFormValues>('knowledgeAreas');

  const localizedChoice = (name: { sv?: string; en?: string }, fallback: string) => {
    const picked = pickLocalized(name, language);
    return { label: picked?.text ?? fallback, lang: picked && picked.language !== language ? picked.language : undefined };
  };

  return (
    <fieldset>
      <legend>{t('collabForm.focus')}</legend>
      <KnowledgeAreaPicker
        id={idOf('knowledgeAreas')}
        areas={knowledgeAreas}
        chosen={chosenAreas}
        onChange={onAreasChange}
        legend={t('collabForm.knowledgeAreas')}
        hint={t('collabForm.knowledgeAreasHint')}
        error={knowledgeError}
      />
      <FormCheckboxGroup<CollaborationFormValues, string>
        name="technologyAreas"
        id={idOf('technologyAreas')}
        legend={t('collabForm.technologyAreas')}
        hint={t('collabForm.technologyAreasHint', { max: MAX_ITEMS.technologyAreas })}
        options={technologyAreas.map((area) => ({ value: area.code, ...localizedChoice(area.name, area.code) }))}
      />
      <FormCheckboxGroup<CollaborationFormValues, number>
        name="sdgs"
        id={idOf('sdgs')}
        legend={t('collabForm.sdgs')}
        options={sdgs.map((sdg) => ({
          value: sdg.number,
          label: t('resource.sdg', { number: sdg.number, name: pickLocalized(sdg.name, language)?.text ?? '' }),
        }))}
      />
      <PlacesField id={idOf('places')} municipalities={municipalities} />
    </fieldset>
  );
}
