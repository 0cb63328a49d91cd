import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '../../../components/query-status';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useRuntimeConfig } from '../../../lib/config/config-context';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import { EMBED_LATEST_PATH, useEmbedManifest } from '../api/get-embed-manifest';
import { CopyField } from '../../../components/copy-field';
import { WidgetPreview } from '../components/widget-preview';
import {
  FEED_LANGUAGES,
  FEEDS,
  feedUrl,
  iframeSnippet,
  LAYOUTS,
  LIMIT_MAX,
  webcalUrl,
  widgetAttributes,
  widgetSnippet,
  type Feed,
  type FeedFilters,
  type FeedLanguage,
  type Layout,
} from '../feed-url';
import type { FeedVocabularies } from '../model';
import { countiesOf, municipalitiesIn } from '../../../lib/places';

interface Option {
  value: string;
  label: string;
}

function SelectField({
  label,
  value,
  options,
  anyLabel,
  disabled,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  /** The empty choice ("Alla"); left out where a value is required. */
  anyLabel?: string;
  disabled?: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function TextField({
  label,
  value,
  type = 'text',
  hint,
  onChange,
  ...rest
}: {
  label: string;
  value: string;
  type?: 'text' | 'number' | 'date';
  hint?: string;
  min?: string | number;
  max?: string | number;
  maxLength?: number;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
    </div>
  );
}

/**
 * Builds a public feed for a partner's website or calendar: the filters, a live preview of the
 * real widget, and the snippets to copy (widget, iframe, calendar subscription, RSS). Actors can
 * be given in the page's own URL (`?actor=<id>`, repeatable).
 */
export function FeedBuilderPage({ vocabularies }: { vocabularies: FeedVocabularies }) {
  const { t, language } = useI18n();
  const { apiUrl } = useRuntimeConfig();
  const [searchParams] = useSearchParams();
  const actors = useMemo(() => searchParams.getAll('actor').filter(Boolean), [searchParams]);
  const manifest = useEmbedManifest();
  const formHeadingId = useId();
  const previewHeadingId = useId();
  const snippetsHeadingId = useId();
  useDocumentTitle(t('feeds.title'));

  const [filters, setFilters] = useState<Omit<FeedFilters, 'actor'>>({ feed: 'events', limit: '10', lang: language });
  const [layout, setLayout] = useState<Layout>('list');
  const set = (name: keyof Omit<FeedFilters, 'actor' | 'feed' | 'lang'>) => (value: string) =>
    setFilters((previous) => ({ ...previous, [name]: value }));
  const chosen: FeedFilters = { ...filters, actor: actors };

  const { municipalities, technologyAreas, sdgs } = vocabularies;
  const counties = useMemo(() => countiesOf(municipalities ?? []).map(({ code, name }) => ({ value: code, label: name })), [municipalities]);
  const municipalityOptions = municipalitiesIn(municipalities, filters.county).map((m) => ({ value: m.code, label: m.name }));

  const events = filters.feed === 'events';
  const spaOrigin = window.location.origin;
  const calendar = feedUrl(apiUrl, chosen, 'ics');
  const attributes = widgetAttributes(apiUrl, chosen, layout);

  return (
    <>
      <h1>{t('feeds.title')}</h1>
      <p className="lead">{t('feeds.lead')}</p>

      <section aria-labelledby={formHeadingId}>
        <h2 id={formHeadingId}>{t('feeds.choose')}</h2>
        {actors.length > 0 && <p>{t('feeds.actors', { count: actors.length })}</p>}
        <form className="filter-form" aria-labelledby={formHeadingId} onSubmit={(event) => event.preventDefault()}>
          <SelectField
            label={t('feeds.feed')}
            value={filters.feed}
            options={FEEDS.map((feed) => ({ value: feed, label: t(`feeds.feed.${feed}`) }))}
            onChange={(value) => setFilters((previous) => ({ ...previous, feed: value as Feed }))}
          />
          <SelectField
            label={t('feeds.county')}
            value={filters.county ?? ''}
            anyLabel={t('feeds.any')}
            disabled={!municipalities}
            options={counties}
            onChange={(county) =>
              setFilters((previous) => {
                const municipality = municipalities?.find((m) => m.code === previous.municipality);
                // A municipality in another county would make the feed empty.
                const keep = !county || municipality?.countyCode === county;
                return { ...previous, county, municipality: keep ? previous.municipality : '' };
              })
            }
          />
          <SelectField
            label={t('feeds.municipality')}
            value={filters.municipality ?? ''}
            anyLabel={t('feeds.any')}
            disabled={!municipalities}
            options={municipalityOptions}
            onChange={set('municipality')}
          />
          <SelectField
            label={t('feeds.technologyArea')}
            value={filters.technologyArea ?? ''}
            anyLabel={t('feeds.any')}
            disabled={!technologyAreas}
            options={(technologyAreas ?? []).map((area) => ({
              value: area.code,
              label: pickLocalized(area.name, language)?.text ?? area.code,
            }))}
            onChange={set('technologyArea')}
          />
          <SelectField
            label={t('feeds.sdg')}
            value={filters.sdg ?? ''}
            anyLabel={t('feeds.any')}
            disabled={!sdgs}
            options={(sdgs ?? []).map((sdg) => ({
              value: String(sdg.number),
              label: t('feeds.sdgOption', { number: sdg.number, name: pickLocalized(sdg.name, language)?.text ?? '' }),
            }))}
            onChange={set('sdg')}
          />
          <TextField label={t('feeds.tag')} value={filters.tag ?? ''} maxLength={100} onChange={set('tag')} />
          {events && (
            <>
              <TextField label={t('feeds.from')} type="date" value={filters.from ?? ''} hint={t('feeds.datesHint')} onChange={set('from')} />
              <TextField label={t('feeds.to')} type="date" value={filters.to ?? ''} min={filters.from} onChange={set('to')} />
            </>
          )}
          <TextField
            label={t('feeds.limit')}
            type="number"
            min={1}
            max={LIMIT_MAX}
            value={filters.limit ?? ''}
            hint={t('feeds.limitHint', { max: LIMIT_MAX })}
            onChange={set('limit')}
          />
          <SelectField
            label={t('feeds.lang')}
            value={filters.lang ?? ''}
            options={FEED_LANGUAGES.map((lang) => ({ value: lang, label: t(`feeds.lang.${lang}`) }))}
            onChange={(value) => setFilters((previous) => ({ ...previous, lang: value as FeedLanguage }))}
          />
          <SelectField
            label={t('feeds.layout')}
            value={layout}
            options={LAYOUTS.map((value) => ({ value, label: t(`feeds.layout.${value}`) }))}
            onChange={(value) => setLayout(value as Layout)}
          />
        </form>
        {!!vocabularies.error && (
          <div role="alert" className="error">
            <p>{t('feeds.vocabulariesFailed')}</p>
            <button type="button" className="button button--secondary" onClick={vocabularies.retry}>
              {t('error.retry')}
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby={previewHeadingId}>
        <h2 id={previewHeadingId}>{t('feeds.preview')}</h2>
        <WidgetPreview scriptSrc={new URL(EMBED_LATEST_PATH, spaOrigin).href} attributes={attributes} />
      </section>

      <section aria-labelledby={snippetsHeadingId}>
        <h2 id={snippetsHeadingId}>{t('feeds.snippets')}</h2>
        {manifest.isPending ? (
          <LoadingMessage />
        ) : manifest.isError ? (
          <ErrorMessage error={manifest.error} onRetry={() => void manifest.refetch()} />
        ) : (
          <CopyField
            label={t('feeds.widgetSnippet')}
            hint={t('feeds.widgetSnippetHint')}
            rows={4}
            value={widgetSnippet(spaOrigin, manifest.data, apiUrl, chosen, layout)}
          />
        )}
        <CopyField
          label={t('feeds.iframeSnippet')}
          hint={t('feeds.iframeSnippetHint')}
          rows={3}
          value={iframeSnippet(apiUrl, chosen, layout, t(`feeds.iframeTitle.${filters.feed}`))}
        />
        {events && (
          <>
            <CopyField label={t('feeds.calendarUrl')} hint={t('feeds.calendarUrlHint')} value={calendar} />
            <p>
              <a href={webcalUrl(calendar)}>{t('feeds.subscribe')}</a>
            </p>
          </>
        )}
        <CopyField label={t('feeds.rssUrl')} hint={t('feeds.rssUrlHint')} value={feedUrl(apiUrl, chosen, 'rss')} />
      </section>
    </>
  );
}
