import type { ReactNode } from 'react';
import { useI18n } from '../../../../lib/i18n/i18n-context';
import { DETAILS_FIELD, isResourceKind, type DetailsField, type Municipality } from '../../model';
import { EducationFieldset } from './education-fieldset';
import { EventFieldset } from './event-fieldset';
import { FacilityFieldset } from './facility-fieldset';
import { HorizonScanFieldset } from './horizon-scan-fieldset';
import { MeetingPlaceFieldset } from './meeting-place-fieldset';
import { ResearchResultFieldset } from './research-result-fieldset';
import { SeminarSeriesFieldset } from './seminar-series-fieldset';
import { SupportUnitFieldset } from './support-unit-fieldset';

/**
 * The fields of the chosen kind, in a group of their own (testbeds, facilities and labs share
 * theirs). Another kind's values stay in the form while hidden; only the chosen kind's are sent.
 */
export function KindFieldset({ kind, municipalities }: { kind: string; municipalities: readonly Municipality[] }) {
  const { t } = useI18n();
  if (!isResourceKind(kind)) return <p className="muted">{t('resourceForm.kindFirst')}</p>;
  const fieldsets: Record<DetailsField, () => ReactNode> = {
    event: () => <EventFieldset municipalities={municipalities} />,
    facility: () => <FacilityFieldset />,
    education: () => <EducationFieldset />,
    researchResult: () => <ResearchResultFieldset />,
    horizonScan: () => <HorizonScanFieldset />,
    meetingPlace: () => <MeetingPlaceFieldset />,
    supportUnit: () => <SupportUnitFieldset />,
    seminarSeries: () => <SeminarSeriesFieldset />,
  };
  return fieldsets[DETAILS_FIELD[kind]]();
}
