import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { useTestbeds } from '../api/list-testbeds';
import type { HomeLinks, ResourceSummary } from '../model';
import { HomeSection, QueryState } from './home-section';

function TestbedItem({ testbed, links }: { testbed: ResourceSummary; links: HomeLinks }) {
  const { t, language } = useI18n();
  const title = pickLocalized(testbed.title, language);
  const summary = pickLocalized(testbed.summary, language);
  return (
    <li className="home-testbed">
      <h3 className="home-testbed__title">
        <Link to={links.resource(testbed.slug)} lang={title && title.language !== language ? title.language : undefined}>
          {title?.text ?? testbed.slug}
        </Link>
      </h3>
      {summary && <p lang={summary.language !== language ? summary.language : undefined}>{summary.text}</p>}
      <p className="home-testbed__by">
        {t('home.testbeds.by', { name: testbed.actor.name })}
        {testbed.municipality && <> · {testbed.municipality.name}</>}
        {testbed.accessCondition && <> · {t(`access.${testbed.accessCondition}`)}</>}
      </p>
    </li>
  );
}

/** A few testbeds, newest first, each with who offers it and on what terms, and a link to all of them. */
export function Testbeds({ links }: { links: HomeLinks }) {
  const { t } = useI18n();
  const testbeds = useTestbeds();
  return (
    <HomeSection title={t('home.testbeds.title')} className="home-testbeds">
            <>
        <QueryState query={testbeds}>
          {(page) =>
            page.items.length === 0 ? (
              <p>{t('home.testbeds.empty')}</p>
            ) : (
              <ul className="home-testbed-list">
                {page.items.map((testbed) => (
                  <TestbedItem key={testbed.id} testbed={testbed} links={links} />
                ))}
              </ul>
            )
          }
        </QueryState>
        <p>
          <Link to={links.testbeds}>{t('home.testbeds.all')}</Link>
        </p>
      </>
    </HomeSection>
  );
}
