import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ActorLogo } from './actor-logo';
import type { components } from '../lib/api/schema';
import { useI18n } from '../lib/i18n/i18n-context';
import { LOCALES, type Language } from '../lib/i18n/languages';
import { isMessageKey, type MessageKey, type MessageParams } from '../lib/i18n/messages';

export type PartnerSuggestion = components['schemas']['PartnerSuggestion'];
export type PartnerReason = components['schemas']['PartnerReason'];

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** How many names a reason lists before it says "and N more". */
const NAMES_SHOWN = 3;

/** "AI, IoT och data" / "AI, IoT and data": a list as the language writes it. */
function listOf(items: string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(items);
}

/** The first few names, then "2 till" / "2 more" as the last item of the list. */
function shortListOf(names: string[], language: Language, t: Translate): string {
  if (names.length <= NAMES_SHOWN) return listOf(names, language);
  return listOf([...names.slice(0, NAMES_SHOWN), t('partners.more', { count: names.length - NAMES_SHOWN })], language);
}

function nameIn(language: Language, sv: string | null | undefined, en: string | null | undefined): string {
  return (language === 'en' ? (en ?? sv) : (sv ?? en)) ?? '';
}

/**
 * One reason in words, in the reader's language, from its kind and its data (the API sends no
 * sentences): "Kompletterar med sektorn akademi", "Delar teknikområdena AI och IoT", "Finns också i
 * Umeå kommun", "Har testbädden X som passar", "3 gemensamma partner: A, B och C".
 */
export function partnerReasonText(reason: PartnerReason, t: Translate, language: Language): string {
  switch (reason.kind) {
    case 'COMPLEMENTARY_SECTOR': {
      const key = `partners.reason.COMPLEMENTARY_SECTOR.${reason.sector ?? ''}`;
      return t(isMessageKey(key) ? key : 'partners.reason.COMPLEMENTARY_SECTOR.any');
    }
    case 'SHARED_TECHNOLOGY':
    case 'SHARED_KNOWLEDGE': {
      const names = (reason.areas ?? []).map((area) => nameIn(language, area.nameSv, area.nameEn) || area.code);
      return t(`partners.reason.${reason.kind}`, { count: names.length, areas: shortListOf(names, language, t) });
    }
    case 'SAME_MUNICIPALITY':
      return t('partners.reason.SAME_MUNICIPALITY', { municipality: reason.municipality?.name ?? '' });
    case 'SAME_COUNTY':
      return t('partners.reason.SAME_COUNTY', { county: reason.county?.name ?? '' });
    case 'FITTING_RESOURCES': {
      const resources = (reason.resources ?? []).map((resource) => {
        const key = `partners.resource.${resource.kind}`;
        return t(isMessageKey(key) ? key : 'partners.resource.other', {
          title: nameIn(language, resource.titleSv, resource.titleEn),
        });
      });
      return t('partners.reason.FITTING_RESOURCES', { count: resources.length, resources: shortListOf(resources, language, t) });
    }
    case 'PARTNERS_OF_PARTNERS': {
      const names = (reason.partners ?? []).map((partner) => partner.name);
      return t('partners.reason.PARTNERS_OF_PARTNERS', { count: names.length, partners: shortListOf(names, language, t) });
    }
    default:
      return t('partners.reason.unknown');
  }
}

interface Props {
  suggestions: PartnerSuggestion[];
  /** Where an actor's page is (the actors feature's URL, handed in so this stays feature-free). */
  actorHref: (slug: string) => string;
  /** Something to do with a suggestion, shown beside it (the collaboration's "Invite"). */
  action?: (suggestion: PartnerSuggestion) => ReactNode;
  /** The heading level of each suggestion's name: one below the section's heading. */
  headingLevel?: 3 | 4;
}

/**
 * Suggested partners, ranked as the API ranks them: each actor links to its page and shows its
 * score and every reason in words with the points it gave. The caller decides who may see it and
 * supplies the heading; the list is the same on the actor page and in a collaboration.
 */
export function PartnerSuggestions({ suggestions, actorHref, action, headingLevel = 3 }: Props) {
  const { t, language } = useI18n();
  if (suggestions.length === 0) return <p className="muted">{t('partners.empty')}</p>;
  return (
    <ol className="partner-suggestions">
      {suggestions.map((suggestion) => (
        <SuggestionItem
          key={suggestion.actor.id}
          suggestion={suggestion}
          actorHref={actorHref}
          action={action}
          headingLevel={headingLevel}
          t={t}
          language={language}
        />
      ))}
    </ol>
  );
}

function SuggestionItem({
  suggestion,
  actorHref,
  action,
  headingLevel,
  t,
  language,
}: Required<Pick<Props, 'actorHref' | 'headingLevel'>> &
  Pick<Props, 'action'> & { suggestion: PartnerSuggestion; t: Translate; language: Language }) {
  const reasonsId = useId();
  const { actor } = suggestion;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const facts = [t(`actorKind.${actor.kind}`), t(`sector.${actor.sector}`), actor.municipality?.name].filter(Boolean);
  return (
    <li className="partner-suggestions__item">
      <div className="actor-heading">
        <ActorLogo name={actor.name} logoUrl={actor.logoUrl} size={40} />
        <Heading className="partner-suggestions__name">
          <Link to={actorHref(actor.slug)}>{actor.name}</Link>
        </Heading>
      </div>
      <p className="muted">{facts.join(' · ')}</p>
      <p>{t('partners.score', { score: suggestion.score })}</p>
      <p id={reasonsId} className="visually-hidden">
        {t('partners.reasons', { name: actor.name })}
      </p>
      <ul aria-labelledby={reasonsId} className="partner-suggestions__reasons">
        {suggestion.reasons.map((reason, index) => (
          <li key={`${reason.kind}-${index}`}>
            {partnerReasonText(reason, t, language)}{' '}
            <span className="muted">({t('partners.points', { points: reason.points })})</span>
          </li>
        ))}
      </ul>
      {action?.(suggestion)}
    </li>
  );
}
