import { Fragment, useId, type ReactNode } from 'react';
import { TrlScale } from '../../../components/trl-scale';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { LOCALES } from '../../../lib/i18n/languages';
import { pickLocalized } from '../../../lib/i18n/localized-text';
import {
  isAccessCondition,
  isAttendanceMode,
  isEducationLevel,
  isStudyMode,
  type KindDetails,
  type TechnologyArea,
} from '../model';

type Row = [term: string, description: ReactNode];

function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}

function Items({ items }: { items: readonly string[] }) {
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** A list as a description, or nothing when it is empty. */
function items(values: readonly string[] | undefined): ReactNode {
  return values && values.length > 0 ? <Items items={values} /> : undefined;
}

/**
 * The kind's own fields in words: a testbed's access, TRL range and equipment; an education's
 * level, credits and start dates; a research result's DOI and authors; and so on. An event's
 * venue and registration are here; its dates are shown by the page itself. Nothing at all when
 * the resource has none of them.
 */
export function KindFacts({
  kind,
  technologyAreas,
}: {
  kind: KindDetails;
  /** Names the technology-area codes of a facility's domains, when loaded. */
  technologyAreas: readonly TechnologyArea[] | undefined;
}) {
  const { t, language, formatCalendarDate } = useI18n();
  const headingId = useId();
  const date = (value: string | undefined) => (value ? formatCalendarDate(value) : undefined);
  const link = (href: string | undefined, text?: string) => (href ? <ExternalLink href={href}>{text}</ExternalLink> : undefined);
  const areaName = (code: string) => {
    const area = technologyAreas?.find((candidate) => candidate.code === code);
    return (area && pickLocalized(area.name, language)?.text) || code;
  };

  let rows: Row[];
  switch (kind.field) {
    case 'event': {
      const d = kind.details;
      const deadline = date(d.registrationDeadline);
      rows = [
        [t('event.venue'), [d.venue?.name, d.venue?.address].filter(Boolean).join(', ')],
        [t('event.attendance'), isAttendanceMode(d.attendanceMode) ? t(`attendance.${d.attendanceMode}`) : undefined],
        [t('event.online'), link(d.onlineUrl)],
        [
          t('event.registration'),
          d.registrationUrl || deadline ? (
            <>
              {link(d.registrationUrl, t('event.register'))}
              {deadline && <> {t('event.registrationDeadline', { date: deadline })}</>}
            </>
          ) : undefined,
        ],
        [t('event.capacity'), d.capacity],
        [t('event.price'), d.price],
        [t('event.languages'), d.languages?.join(', ')],
      ];
      break;
    }
    case 'facility': {
      const d = kind.details;
      const trl = d.trlMin || d.trlMax ? <TrlScale min={d.trlMin} max={d.trlMax} /> : undefined;
      rows = [
        [t('facility.access'), isAccessCondition(d.accessCondition) ? t(`access.${d.accessCondition}`) : undefined],
        [t('facility.trl'), trl],
        [t('facility.equipment'), items(d.equipment)],
        [t('facility.useCases'), items(d.useCases)],
        [t('facility.datasets'), items(d.datasets)],
        [t('facility.domains'), items(d.domains?.map(areaName))],
        [t('facility.costModel'), d.costModel],
        [t('facility.booking'), link(d.bookingUrl, t('facility.book'))],
      ];
      break;
    }
    case 'education': {
      const d = kind.details;
      const credits = d.credits === undefined ? undefined : new Intl.NumberFormat(LOCALES[language]).format(d.credits);
      rows = [
        [t('education.level'), isEducationLevel(d.level) ? t(`educationLevel.${d.level}`) : undefined],
        [t('education.credits'), credits && t('education.creditsValue', { credits })],
        [t('education.pace'), d.pace && t('education.paceValue', { pace: d.pace })],
        [t('education.mode'), isStudyMode(d.mode) ? t(`studyMode.${d.mode}`) : undefined],
        [t('education.startDates'), items(d.startDates?.map((start) => date(start) ?? start))],
        [t('education.applicationDeadline'), date(d.applicationDeadline)],
        [t('education.language'), d.language],
      ];
      break;
    }
    case 'researchResult': {
      const d = kind.details;
      rows = [
        [t('research.authors'), items(d.authors)],
        [t('research.date'), date(d.date)],
        // A DOI is a name, not an address: doi.org resolves it to wherever the work lives now.
        [t('research.doi'), d.doi ? link(`https://doi.org/${d.doi}`, d.doi) : undefined],
        [t('research.url'), link(d.url)],
        [t('research.openAccess'), d.openAccess ? t('research.yes') : undefined],
      ];
      break;
    }
    case 'horizonScan': {
      const d = kind.details;
      rows = [
        [t('horizonScan.publicationDate'), date(d.publicationDate)],
        [t('horizonScan.publisher'), d.publisher],
        [t('horizonScan.themes'), items(d.themes)],
        [t('horizonScan.document'), link(d.documentUrl)],
      ];
      break;
    }
    case 'meetingPlace': {
      const d = kind.details;
      rows = [
        [t('meetingPlace.address'), d.address],
        [t('meetingPlace.openingHours'), d.openingHours],
        [t('meetingPlace.facilities'), items(d.facilities)],
        [t('meetingPlace.booking'), link(d.bookingUrl)],
      ];
      break;
    }
    case 'supportUnit': {
      const d = kind.details;
      rows = [
        [t('supportUnit.services'), items(d.services)],
        [t('supportUnit.eligibility'), d.eligibility],
        [t('supportUnit.costModel'), d.costModel],
      ];
      break;
    }
    case 'seminarSeries': {
      const d = kind.details;
      rows = [
        [t('seminarSeries.topic'), d.topic],
        [t('seminarSeries.cadence'), d.cadence],
      ];
      break;
    }
  }
  const shown = rows.filter(([, description]) => description !== undefined && description !== null && description !== '');
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('resource.details')}</h2>
      <dl className="details">
        {shown.map(([term, description]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{description}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
