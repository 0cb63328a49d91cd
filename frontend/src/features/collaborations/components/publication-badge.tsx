import { useI18n } from '../../../lib/i18n/i18n-context';
import type { Collaboration, Publication } from '../model';

/**
 * Says what the public does not see: a draft, an archived or a taken-down collaboration, or one
 * hidden for another reason (too few participants). Nothing for what is public.
 */
export function PublicationBadge({
  publication,
  moderation,
}: {
  publication: Publication;
  moderation?: Collaboration['moderation'] | undefined;
}) {
  const { t } = useI18n();
  if (moderation?.hiddenBecause.includes('TAKEN_DOWN')) {
    return <span className="badge badge--taken-down">{t('takedown.badge')}</span>;
  }
  if (publication === 'DRAFT') return <span className="badge badge--draft">{t('publication.DRAFT')}</span>;
  if (publication === 'ARCHIVED') return <span className="badge badge--archived">{t('publication.ARCHIVED')}</span>;
  if (moderation && !moderation.visibleToPublic) return <span className="badge badge--hidden">{t('resource.hiddenBadge')}</span>;
  return null;
}
