import type { components } from '../lib/api/schema';
import { countiesOf } from '../lib/places';

type Municipality = components['schemas']['Municipality'];

/**
 * The options of a municipality select: grouped by county, both in Swedish alphabetical order.
 * `exclude` leaves out codes already chosen elsewhere (a list of places); an emptied county stays
 * as an empty group, as the forms had it.
 */
export function MunicipalityOptions({
  municipalities,
  exclude,
}: {
  municipalities: readonly Municipality[];
  exclude?: readonly string[] | undefined;
}) {
  return countiesOf(municipalities).map((county) => (
    <optgroup key={county.code} label={county.name}>
      {municipalities
        .filter((m) => m.countyCode === county.code && !exclude?.includes(m.code))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
        .map((m) => (
          <option key={m.code} value={m.code}>
            {m.name}
          </option>
        ))}
    </optgroup>
  ));
}
