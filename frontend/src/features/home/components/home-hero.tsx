import { useI18n } from '../../../lib/i18n/i18n-context';
import type { HomeLinks } from '../model';
import { JoinCall } from './join-call';

/** The front door: who we are in the seed's words, and the one call to action. */
export function HomeHero({ links }: { links: HomeLinks }) {
  const { t } = useI18n();
  return (
    <div className="home-hero">
      <p className="home-hero__kicker">{t('home.kicker')}</p>
      <h1>{t('home.title')}</h1>
      <p className="home-hero__lead">{t('home.lead')}</p>
      <p className="home-hero__text">{t('home.join.text')}</p>
      <JoinCall links={links} />
    </div>
  );
}
