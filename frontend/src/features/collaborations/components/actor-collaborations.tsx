import { useId } from 'react';
import { Link } from 'react-router';
import { LoadMoreButton } from '../../../components/load-more-button';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useAuth } from '../../../lib/auth/auth-context';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useActorCollaborations } from '../api/list-actor-collaborations';
import type { ActorHref } from '../model';
import { collaborationPaths, createCollaborationUrl } from '../paths';
import { CollaborationCard } from './collaboration-card';

interface Props {
  actorId: string;
  /** The caller owns or edits the actor: they may start a collaboration it leads. */
  editor: boolean;
  /** Only active actors lead collaborations. */
  active: boolean;
  actorHref: ActorHref;
}

/**
 * An actor's collaborations on its page, each with the boundaries it crosses: the public ones for
 * everyone, and for the actor's people also those the public does not see (the API decides).
 */
export function ActorCollaborations({ actorId, editor, active, actorHref }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const { status } = useAuth();
  const collaborations = useActorCollaborations(actorId, { enabled: status !== 'loading' });

  let list;
  if (collaborations.isPending) {
    list = <LoadingMessage />;
  } else if (collaborations.isError && !collaborations.data) {
    list = <ErrorMessage error={collaborations.error} onRetry={() => void collaborations.refetch()} />;
  } else {
    const items = collaborations.data.pages.flatMap((page) => page.items);
    list =
      items.length === 0 ? (
        <p>{t('actorCollabs.empty')}</p>
      ) : (
        <>
          <ul className="resource-list">
            {items.map((collaboration) => (
              <li key={collaboration.id}>
                <CollaborationCard collaboration={collaboration} actorHref={actorHref} />
              </li>
            ))}
          </ul>
          <LoadMoreButton query={collaborations} />
          <p>
            <Link to={`${collaborationPaths.directory}?actor=${encodeURIComponent(actorId)}`}>{t('actorCollabs.all')}</Link>
          </p>
        </>
      );
  }

  return (
    <section aria-labelledby={headingId} className="actor-collaborations">
      <h2 id={headingId}>{t('actorCollabs.title')}</h2>
      {editor &&
        (active ? (
          <p>
            <Link to={createCollaborationUrl(actorId)} className="button">
              {t('actorCollabs.start')}
            </Link>
          </p>
        ) : (
          <p className="muted">{t('actorCollabs.notActive')}</p>
        ))}
      {list}
    </section>
  );
}
