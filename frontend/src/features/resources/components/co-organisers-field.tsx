import { useDeferredValue, useId, useState } from 'react';
import { ErrorMessage } from '../../../components/query-status';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { MIN_QUERY_LENGTH, useFindCoOrganisers } from '../api/find-co-organisers';
import type { ActorRef } from '../model';
import type { CoOrganiserInvitation } from '../moderation';

interface Props {
  /** The actors named so far, with their answers (from the server). */
  invitations: readonly CoOrganiserInvitation[];
  /** Actors chosen in this form and not yet saved: saving invites them. */
  added: readonly ActorRef[];
  /** The ids the form will send as coOrganiserIds. */
  ids: readonly string[];
  publisherId: string;
  onAdd: (actor: ActorRef) => void;
  onRemove: (actorId: string) => void;
}

/**
 * Co-organisers as invitations: naming an actor invites it, and it is shown on the resource only
 * once its owners accept. Those named before keep their answer; removing one drops its
 * invitation (or its co-organising) when the form is saved.
 */
export function CoOrganisersField({ invitations, added, ids, publisherId, onAdd, onRemove }: Props) {
  const { t } = useI18n();
  const searchId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const candidates = useFindCoOrganisers(deferred);
  const named = [
    ...invitations.map((invitation) => ({ actor: invitation.actor, label: t(`invitationStatus.${invitation.status}`) })),
    ...added.map((actor) => ({ actor, label: t('resourceForm.coOrganiserToInvite') })),
  ].filter((entry) => ids.includes(entry.actor.id));
  const offered = (candidates.data ?? []).filter((actor) => actor.id !== publisherId && !ids.includes(actor.id));

  return (
    <fieldset>
      <legend>{t('resourceForm.coOrganisers')}</legend>
      <p id={hintId} className="field__hint">
        {t('resourceForm.coOrganisersHint')}
      </p>
      {named.length > 0 && (
        <ul className="plain-list">
          {named.map(({ actor, label }) => (
            <li key={actor.id}>
              {actor.name} <span className="muted">({label})</span>{' '}
              <button type="button" className="button button--secondary button--small" onClick={() => onRemove(actor.id)}>
                {t('resourceForm.removeCoOrganiser', { name: actor.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={searchId}>{t('resourceForm.findCoOrganiser')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          aria-describedby={hintId}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {candidates.isError && <ErrorMessage error={candidates.error} />}
      {deferred.trim().length >= MIN_QUERY_LENGTH && candidates.isSuccess && offered.length === 0 && (
        <p className="muted">{t('resourceForm.noCoOrganiserFound')}</p>
      )}
      {offered.length > 0 && (
        <ul className="plain-list">
          {offered.map((actor) => (
            <li key={actor.id}>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  onAdd(actor);
                  setQuery('');
                }}
              >
                {t('resourceForm.inviteCoOrganiser', { name: actor.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
