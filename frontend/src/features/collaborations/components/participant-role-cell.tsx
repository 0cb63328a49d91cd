import { useState } from 'react';
import './participant-role-cell.css';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { INVITED_ROLES, isInvitedRole, type InvitedRole } from '../model';

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
 * moving through the options with the arrow keys sends nothing (the members panel works the same).
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
    <div className="participant-role">
      <select
        aria-label={t('collab.roleFor', { name })}
        value={draft}
        disabled={busy}
        onChange={(event) => {
          if (isInvitedRole(event.target.value)) setDraft(event.target.value);
        }}
      >
        {INVITED_ROLES.map((option) => (
          <option key={option} value={option}>
            {t(`participantRole.${option}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        aria-label={t('safe.saveRoleFor', { name })}
        disabled={busy || draft === role}
        onClick={() => onSave(draft)}
      >
        {t('safe.saveRole')}
      </button>
    </div>
  );
}
