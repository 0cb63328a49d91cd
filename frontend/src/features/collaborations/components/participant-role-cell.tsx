import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { RolePicker } from '../../../components/role-picker';
import { INVITED_ROLES, type InvitedRole } from '../model';

interface Props {
  /** The participant's name, for the labels. */
  name: string;
  role: InvitedRole;
  /** True while any change of the collaboration's participants runs. */
  busy: boolean;
  onSave: (role: InvitedRole) => void;
}

/**
 * A participant's role: picked in the select, changed only by the save button beside it, so that
 * moving through the options with the arrow keys sends nothing (components/role-picker).
 */
export function ParticipantRoleCell({ name, role, busy, onSave }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(role);
  // A new role from the server (saved here or elsewhere) replaces the draft.
  const [savedRole, setSavedRole] = useState(role);
  if (role !== savedRole) {
    setSavedRole(role);
    setDraft(role);
  }
  return (
    <RolePicker
      label={t('collab.roleFor', { name })}
      saveLabel={t('safe.saveRoleFor', { name })}
      saveText={t('safe.saveRole')}
      roles={INVITED_ROLES}
      nameOf={(option) => t(`participantRole.${option}`)}
      saved={role}
      draft={draft}
      onDraftChange={setDraft}
      busy={busy}
      onSave={() => onSave(draft)}
    />
  );
}
