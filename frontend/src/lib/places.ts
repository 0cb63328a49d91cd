import type { components } from './api/schema';

type Municipality = components['schemas']['Municipality'];

/** A county, as the municipalities vocabulary names it. */
export interface County {
  code: string;
  name: string;
}

/** The counties the municipalities lie in, each once, in Swedish alphabetical order. */
export function countiesOf(municipalities: readonly Municipality[]): County[] {
  const byCode = new Map<string, string>();
  for (const municipality of municipalities) byCode.set(municipality.countyCode, municipality.countyName);
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The municipalities of a county (all of them when no county is chosen), in Swedish alphabetical order. */
export function municipalitiesIn(municipalities: readonly Municipality[] | undefined, county: string | undefined): Municipality[] {
  return (municipalities ?? [])
    .filter((municipality) => !county || municipality.countyCode === county)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The code of the county a municipality lies in; undefined until the vocabulary has arrived. */
export function countyOfMunicipality(municipalities: readonly Municipality[] | undefined, code: string): string | undefined {
  return municipalities?.find((municipality) => municipality.code === code)?.countyCode;
}
