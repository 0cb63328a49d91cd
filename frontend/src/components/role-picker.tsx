import './role-picker.css';

interface Props<R extends string> {
  /** The select's accessible name, e.g. "Roll för Erik Holm". */
  label: string;
  /** The save button's accessible name, e.g. "Spara roll för Erik Holm"; its text is `saveText`. */
  saveLabel: string;
  saveText: string;
  roles: readonly R[];
  nameOf: (role: R) => string;
  /** The role as the server has it: saving is possible only when the draft differs. */
  saved: R;
  draft: R;
  onDraftChange: (role: R) => void;
  onSave: () => void;
  busy: boolean;
  /** When the role may not be changed: the id of the text saying why (both controls are disabled and described by it). */
  lockedReasonId?: string | undefined;
}

/**
 * A role picked in a select and changed only by the save button beside it, so that moving through
 * the options with the arrow keys changes nothing (a select that saved on change did). Used for an
 * organisation's members and a collaboration's participants.
 */
export function RolePicker<R extends string>(props: Props<R>) {
  const { label, saveLabel, saveText, roles, nameOf, saved, draft, onDraftChange, onSave, busy, lockedReasonId } = props;
  const locked = lockedReasonId !== undefined;
  return (
    <div className="role-picker">
      <select
        aria-label={label}
        aria-describedby={lockedReasonId}
        value={draft}
        disabled={locked || busy}
        onChange={(event) => {
          const picked = roles.find((role) => role === event.target.value);
          if (picked !== undefined) onDraftChange(picked);
        }}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {nameOf(role)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        aria-label={saveLabel}
        aria-describedby={lockedReasonId}
        disabled={locked || busy || draft === saved}
        onClick={onSave}
      >
        {saveText}
      </button>
    </div>
  );
}
