import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { TextInputField } from '../../../components/form';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { ApiError } from '../../../lib/api/api-error';
import { useAuth } from '../../../lib/auth/auth-context';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { isMessageKey } from '../../../lib/i18n/messages';
import { useEraseMyAccount } from '../api/erase-my-account';
import { useErasurePlan } from '../api/get-erasure-plan';
import type { BlockingActor, ErasurePlan } from '../model';
import { profilePaths } from '../paths';

export interface EraseMyAccountProps {
  /** The page of an actor (the app's router knows the actors' URLs; this feature does not). */
  actorHref: (slug: string) => string;
}

/**
 * The actors a 409 `last-owner` problem names (its `actors` extension): someone may have left an
 * actor between the plan and the confirmation, leaving the person its only owner.
 */
function actorsOfConflict(error: unknown): BlockingActor[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const actors: unknown = (error.problem as Record<string, unknown> | undefined)?.['actors'];
  if (!Array.isArray(actors)) return undefined;
  const named = actors.filter(
    (actor): actor is BlockingActor =>
      typeof actor === 'object' && actor !== null && typeof (actor as BlockingActor).slug === 'string' && typeof (actor as BlockingActor).name === 'string',
  );
  return named.length > 0 ? named : undefined;
}

/** Keycloak treats usernames case-insensitively (it stores them in lower case), so the check does too. */
function sameUsername(typed: string, username: string | undefined): boolean {
  return !!username && typed.trim().toLocaleLowerCase() === username.toLocaleLowerCase();
}

function Consequences({ plan }: { plan: ErasurePlan }) {
  const { t } = useI18n();
  const roleName = (role: string) => {
    const key = `memberRole.${role}`;
    return isMessageKey(key) ? t(key) : role;
  };
  return (
    <>
      <p>{t('myData.erase.consequences')}</p>
      <ul>
        <li>
          {plan.memberships.length === 0 ? (
            t('myData.erase.noMemberships')
          ) : (
            <>
              {t('myData.erase.membershipsEnd', { count: plan.memberships.length })}
              <ul>
                {plan.memberships.map((membership) => (
                  <li key={membership.actorId}>
                    {t('myData.erase.membership', { actor: membership.actorName, role: roleName(membership.role) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
        {plan.pendingJoinRequests > 0 && <li>{t('myData.erase.joinRequests', { count: plan.pendingJoinRequests })}</li>}
        <li>{t('myData.erase.login')}</li>
        <li>{t('myData.erase.audit')}</li>
      </ul>
      <p>
        <strong>{t('myData.erase.final')}</strong> {t('myData.erase.exportFirst')}
      </p>
    </>
  );
}

function Blocked({ actors, actorHref, onCheckAgain }: { actors: BlockingActor[]; onCheckAgain: () => void } & EraseMyAccountProps) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error">
      <p>{t('myData.erase.blocked', { count: actors.length })}</p>
      <ul>
        {actors.map((actor) => (
          <li key={actor.id}>
            <Link to={actorHref(actor.slug)}>{actor.name}</Link>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--secondary" onClick={onCheckAgain}>
        {t('myData.erase.checkAgain')}
      </button>
    </div>
  );
}

/**
 * "Radera mitt konto" (GDPR Article 17). Opening it asks the API what erasing would do; the person
 * reads that, types their username and erases. The API then has deleted them in Keycloak as well,
 * and Keycloak's logout ends the browser's session and lands on the public "account erased" page.
 */
export function EraseMyAccount({ actorHref }: EraseMyAccountProps) {
  const { t } = useI18n();
  const { username, logout } = useAuth();
  const headingId = useId();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [expired, setExpired] = useState(false);
  const plan = useErasurePlan({ enabled: open });
  const erase = useEraseMyAccount();
  const startButton = useRef<HTMLButtonElement>(null);
  const panelStart = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (open) panelStart.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setTyped('');
    setExpired(false);
    erase.reset();
    // The button comes back in the panel's place; focus goes back to it.
    setTimeout(() => startButton.current?.focus());
  };

  const checkAgain = () => {
    erase.reset();
    setExpired(false);
    void plan.refetch();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const confirmation = plan.data?.confirmation;
    if (!confirmation || !sameUsername(typed, username) || erase.isPending) return;
    setExpired(false);
    erase.mutate(confirmation, {
      // The person no longer exists: Keycloak's logout ends the browser's session and leaves
      // the app (a full page load, so nothing of theirs stays in memory).
      onSuccess: () => void logout({ redirectPath: profilePaths.accountErased }),
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400) {
          // The confirmation expired (10 minutes) or is missing: nothing was erased; a fresh plan
          // brings a new one, and the person erases again once they have read it.
          setExpired(true);
          erase.reset();
          void plan.refetch();
        } else if (error instanceof ApiError && error.status === 409) {
          void plan.refetch();
        }
      },
    });
  };

  const conflictActors = actorsOfConflict(erase.error);
  let panel;
  if (!open) {
    panel = null;
  } else if (plan.isPending) {
    panel = <LoadingMessage label={t('myData.erase.checking')} />;
  } else if (plan.isError) {
    panel = <ErrorMessage error={plan.error} onRetry={() => void plan.refetch()} />;
  } else {
    const blockingActors = conflictActors ?? (plan.data.possible ? [] : plan.data.blockingActors);
    const blocked = blockingActors.length > 0 || !plan.data.confirmation;
    const matches = sameUsername(typed, username);
    panel = (
      <>
        {blocked && <Blocked actors={blockingActors} actorHref={actorHref} onCheckAgain={checkAgain} />}
        <Consequences plan={plan.data} />
        {expired && (
          <p role="alert" className="notice">
            {t('myData.erase.expired')}
          </p>
        )}
        {erase.isError && !conflictActors && (
          <>
            <ErrorMessage error={erase.error} />
            <p>{t('myData.erase.nothingErased')}</p>
          </>
        )}
        {!blocked && (
          <form className="confirm-step" onSubmit={submit} noValidate>
            <TextInputField
              id={`${panelId}-username`}
              label={t('myData.erase.confirmLabel', { username: username ?? '' })}
              hint={t('myData.erase.confirmHint')}
              value={typed}
              onChange={setTyped}
              autoComplete="off"
            />
            <div className="button-row">
              <button
                type="submit"
                className="button button--danger"
                disabled={!matches || erase.isPending || erase.isSuccess || plan.isFetching}
              >
                {t('myData.erase.confirm')}
              </button>
              <button type="button" className="button button--secondary" disabled={erase.isPending || erase.isSuccess} onClick={close}>
                {t('myData.erase.cancel')}
              </button>
            </div>
          </form>
        )}
        <p role="status" className="status">
          {erase.isPending ? t('myData.erase.busy') : erase.isSuccess ? t('myData.erase.done') : ''}
        </p>
      </>
    );
  }

  return (
    <section aria-labelledby={headingId} className="my-data__part">
      <h3 id={headingId}>{t('myData.erase.title')}</h3>
      <p ref={panelStart} tabIndex={-1}>
        {t('myData.erase.intro')}
      </p>
      {open ? (
        <div id={panelId}>{panel}</div>
      ) : (
        <button
          ref={startButton}
          type="button"
          className="button button--secondary"
          onClick={() => setOpen(true)}
        >
          {t('myData.erase.start')}
        </button>
      )}
    </section>
  );
}
