/**
 * The own fields of each kind but the event (validate-event.ts): only the object of the chosen
 * kind is sent. Each returns that object's properties, recording what is at fault in `checks`.
 */
import { isAccessCondition, isEducationLevel, isStudyMode, type DetailsField } from '../model';
import type { Checks } from './checks';
import type { ResourceFormValues } from './form-values';
import { rangeOf } from './limits';
import { normaliseDoi, parseDecimal, splitCommas, splitLines } from './parse';

/** The API's DOI pattern; `https://doi.org/` and `doi:` in front are taken off first. */
export const DOI = /^10\.[0-9]{4,9}\/[-._;()/:A-Za-z0-9]+$/;
const LANGUAGE_CODE = /^[a-z]{2}$/;

type Details = Record<string, unknown>;

function facility(f: ResourceFormValues['facility'], { fail, items, optionalText, optionalUrl, wholeInRange }: Checks): Details {
  if (!f.accessCondition) fail('facility.accessCondition', 'required');
  else if (!isAccessCondition(f.accessCondition)) fail('facility.accessCondition', 'choose');
  const trlMin = wholeInRange('facility.trlMin', f.trlMin, 'trl');
  const trlMax = wholeInRange('facility.trlMax', f.trlMax, 'trl');
  if (trlMin !== undefined && trlMax !== undefined && trlMin > trlMax) fail('facility.trlMax', 'trlOrder');
  return {
    accessCondition: f.accessCondition || undefined,
    trlMin,
    trlMax,
    equipment: items('facility.equipment', splitLines(f.equipment)),
    useCases: items('facility.useCases', splitLines(f.useCases)),
    datasets: items('facility.datasets', splitLines(f.datasets)),
    costModel: optionalText('facility.costModel', f.costModel),
    bookingUrl: optionalUrl('facility.bookingUrl', f.bookingUrl),
  };
}

function education(e: ResourceFormValues['education'], { fail, dates, optionalDate, wholeInRange }: Checks): Details {
  if (!e.level) fail('education.level', 'required');
  else if (!isEducationLevel(e.level)) fail('education.level', 'choose');
  if (!e.mode) fail('education.mode', 'required');
  else if (!isStudyMode(e.mode)) fail('education.mode', 'choose');
  let credits: number | undefined;
  if (e.credits.trim()) {
    credits = parseDecimal(e.credits);
    const { min, max } = rangeOf('education.credits');
    if (credits === undefined || credits < min || credits > max) fail('education.credits', 'credits');
  }
  const pace = wholeInRange('education.pace', e.pace, 'pace');
  const language = e.language.trim().toLowerCase();
  if (language && !LANGUAGE_CODE.test(language)) fail('education.language', 'language');
  return {
    level: e.level || undefined,
    mode: e.mode || undefined,
    credits,
    pace,
    startDates: dates('education.startDates', e.startDates),
    applicationDeadline: optionalDate('education.applicationDeadline', e.applicationDeadline),
    language: language || undefined,
  };
}

function researchResult(r: ResourceFormValues['researchResult'], { fail, items, requiredDate, optionalUrl }: Checks): Details {
  const doi = normaliseDoi(r.doi);
  if (doi && !DOI.test(doi)) fail('researchResult.doi', 'doi');
  const authors = splitLines(r.authors);
  if (authors.length === 0) fail('researchResult.authors', 'required');
  return {
    doi: doi || undefined,
    authors: items('researchResult.authors', authors),
    date: requiredDate('researchResult.date', r.date),
    url: optionalUrl('researchResult.url', r.url),
    openAccess: r.openAccess || undefined,
  };
}

function horizonScan(h: ResourceFormValues['horizonScan'], { items, requiredDate, optionalUrl, optionalText }: Checks): Details {
  return {
    publicationDate: requiredDate('horizonScan.publicationDate', h.publicationDate),
    themes: items('horizonScan.themes', [...new Set(splitCommas(h.themes))]),
    documentUrl: optionalUrl('horizonScan.documentUrl', h.documentUrl),
    publisher: optionalText('horizonScan.publisher', h.publisher),
  };
}

function meetingPlace(m: ResourceFormValues['meetingPlace'], { items, optionalUrl, optionalText }: Checks): Details {
  return {
    address: optionalText('meetingPlace.address', m.address),
    openingHours: optionalText('meetingPlace.openingHours', m.openingHours),
    facilities: items('meetingPlace.facilities', [...new Set(splitCommas(m.facilities))]),
    bookingUrl: optionalUrl('meetingPlace.bookingUrl', m.bookingUrl),
  };
}

function supportUnit(s: ResourceFormValues['supportUnit'], { items, optionalText }: Checks): Details {
  return {
    services: items('supportUnit.services', splitLines(s.services)),
    eligibility: optionalText('supportUnit.eligibility', s.eligibility),
    costModel: optionalText('supportUnit.costModel', s.costModel),
  };
}

function seminarSeries(s: ResourceFormValues['seminarSeries'], { optionalText }: Checks): Details {
  return {
    topic: optionalText('seminarSeries.topic', s.topic),
    cadence: optionalText('seminarSeries.cadence', s.cadence),
  };
}

/** The checked details of a kind other than the event. */
export function validateKindDetails(field: Exclude<DetailsField, 'event'>, values: ResourceFormValues, checks: Checks): Details {
  switch (field) {
    case 'facility':
      return facility(values.facility, checks);
    case 'education':
      return education(values.education, checks);
    case 'researchResult':
      return researchResult(values.researchResult, checks);
    case 'horizonScan':
      return horizonScan(values.horizonScan, checks);
    case 'meetingPlace':
      return meetingPlace(values.meetingPlace, checks);
    case 'supportUnit':
      return supportUnit(values.supportUnit, checks);
    case 'seminarSeries':
      return seminarSeries(values.seminarSeries, checks);
  }
}
