import { useWatch } from 'react-hook-form';
import { FormSelect } from '../../../components/form';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { COLLABORATION_KINDS, COLLABORATION_STATUSES, type ActorRef } from '../model';
import type { CollaborationFormValues, FormField } from '../validation';

/** Who leads the collaboration, what kind it is and how far it has come. */
export function LeadFields({
  idOf,
  leads,
  fixedLead,
}: {
  idOf: (field: FormField) => string;
  leads: readonly ActorRef[];
  fixedLead: boolean;
}) {
  const { t } = useI18n();
  const lead = useWatch<CollaborationFormValues, 'leadActorId'>({ name: 'leadActorId' });
  // The lead of an edited collaboration shows by name even when the caller no longer edits for it.
  const leadOptions = leads.some((actor) => actor.id === lead) || !lead ? leads : [...leads, { id: lead, name: lead }];

  return (
    <fieldset>
      <legend>{t('collabForm.leadLegend')}</legend>
      <FormSelect<CollaborationFormValues>
        name="leadActorId"
        id={idOf('leadActorId')}
        label={t('collabForm.lead')}
        options={leadOptions.map((actor) => ({ value: actor.id, label: actor.name }))}
        empty={t('collabForm.leadChoose')}
        required
        disabled={fixedLead}
        hint={fixedLead ? t('collabForm.leadFixed') : undefined}
      />
      <FormSelect<CollaborationFormValues>
        name="kind"
        id={idOf('kind')}
        label={t('collabForm.kind')}
        options={COLLABORATION_KINDS.map((kind) => ({ value: kind, label: t(`collaborationKind.${kind}`) }))}
        empty={t('collabForm.kindChoose')}
        required
      />
      <FormSelect<CollaborationFormValues>
        name="status"
        id={idOf('status')}
        label={t('collabForm.status')}
        options={COLLABORATION_STATUSES.map((status) => ({ value: status, label: t(`collaborationStatus.${status}`) }))}
        required
      />
    </fieldset>
  );
}
