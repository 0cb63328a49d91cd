import { useDeferredValue, useId, useState } from 'react';
import { ErrorMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { MIN_QUERY_LENGTH, useFindActors } from '../api/find-actors';
import type { ActorRef } from '../model';

interface Props {
  label: string;
  hint: string;
  /** Actors not to offer (those already invited or taking part). */
  exclude: ReadonlySet<string>;
  /** The label of each candidate's button ("Invite Umeå universitet"). */
  actionLabel: (actor: ActorRef) => string;
  onPick: (actor: ActorRef) => void;
  disabled?: boolean;
}

/**
 * A type-ahead over the actor directory (GET /api/v1/actors?q=): from two letters, the matching
 * active actors appear as buttons under the field, each saying what choosing it does.
 */
export function ActorPicker({ label, hint, exclude, actionLabel, onPick, disabled }: Props) {
  const { t } = useI18n();
  const searchId = useId();
  const hintId = useId();
  const resultsId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const candidates = useFindActors(deferred);
  const searching = deferred.trim().length >= MIN_QUERY_LENGTH;
  const offered = searching ? (candidates.data ?? []).filter((actor) => !exclude.has(actor.id)) : [];

  return (
    <div className="actor-picker">
      <div className="field">
        <label htmlFor={searchId}>{label}</label>
        <p id={hintId} className="field__hint">
          {hint}
        </p>
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby={hintId}
          aria-controls={resultsId}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {candidates.isError && <ErrorMessage error={candidates.error} />}
      <div id={resultsId} aria-live="polite">
        {searching && candidates.isSuccess && offered.length === 0 && <p className="muted">{t('collab.noActorFound')}</p>}
        {offered.length > 0 && (
          <ul className="plain-list actor-picker__results">
            {offered.map((actor) => (
              <li key={actor.id}>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={disabled}
                  onClick={() => {
                    onPick(actor);
                    setQuery('');
                  }}
                >
                  {actionLabel(actor)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
