import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { HomeLinks } from '../model';
import { HomeSection } from './home-section';

type Offer = 'actors' | 'knowledge' | 'innovation' | 'collaborations' | 'feeds';
type OfferLink = 'actors' | 'knowledgeResources' | 'innovationResources' | 'collaborations' | 'feeds';

const OFFERS: readonly { offer: Offer; link: OfferLink }[] = [
  { offer: 'actors', link: 'actors' },
  { offer: 'knowledge', link: 'knowledgeResources' },
  { offer: 'innovation', link: 'innovationResources' },
  { offer: 'collaborations', link: 'collaborations' },
  { offer: 'feeds', link: 'feeds' },
];

/** What the platform offers, in one glance: each part a card whose title leads there. */
export function OfferGrid({ links }: { links: HomeLinks }) {
  const { t } = useI18n();
  return (
    <HomeSection title={t('home.offer.title')} className="home-offer">
            <ul className="offer-grid">
        {OFFERS.map(({ offer, link }) => (
          <li key={offer} className={`offer-card offer-card--${offer}`}>
            <h3 className="offer-card__title">
              <Link to={links[link]}>{t(`home.offer.${offer}.title`)}</Link>
            </h3>
            <p>{t(`home.offer.${offer}.text`)}</p>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}
