import type { FeedVocabularies } from '../../features/feeds/model';
import { FeedBuilderPage } from '../../features/feeds/routes/feed-builder-page';
import { useResourceVocabularies } from './resource-routes';

export function FeedBuilderRoute() {
  // The same vocabularies (municipalities, technology areas, SDGs) as the resource pages.
  const vocabularies: FeedVocabularies = useResourceVocabularies();
  return <FeedBuilderPage vocabularies={vocabularies} />;
}
