import { FormSelect } from '../../../../components/form';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { FAMILIES, FAMILY_OF_KIND, RESOURCE_KINDS, type ActorRef } from '../../model';
import { useResourceField } from './field-ids';

/** Who publishes, and what kind of resource: both fixed once the resource exists. */
export function PublisherFieldset({ actorOptions, fixed }: { actorOptions: readonly ActorRef[]; fixed: boolean }) {
  const { t } = useI18n();
  const { bind } = useResourceField();
  return (
    <fieldset>
      <legend>{t('resourceForm.publisher')}</legend>
      <FormSelect
        {...bind('actorId')}
        label={t('resourceForm.actor')}
        hint={fixed ? t('resourceForm.fixed') : undefined}
        required
        disabled={fixed}
        empty={t('resourceForm.actorChoose')}
        options={actorOptions.map((actor) => ({ value: actor.id, label: actor.name }))}
      />
      <FormSelect {...bind('kind')} label={t('resourceForm.kind')} required disabled={fixed} empty={t('resourceForm.kindChoose')}>
        {FAMILIES.map((family) => (
          <optgroup key={family} label={t(`family.${family}`)}>
            {RESOURCE_KINDS.filter((option) => FAMILY_OF_KIND[option] === family).map((option) => (
              <option key={option} value={option}>
                {t(`resourceKind.${option}`)}
              </option>
            ))}
          </optgroup>
        ))}
      </FormSelect>
    </fieldset>
  );
}
