import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RuntimeConfigProvider } from '../../lib/config/config-context';
import { I18nProvider } from '../../lib/i18n/i18n-context';
import { TEST_CONFIG } from '../../test/render-app';
import { roundPlace, withinPlaceBounds, type LatLon } from './bounds';
import { drawableLinks, lineWeight, LinksMap, type MunicipalityLink } from './links-map';
import { LocationPicker } from './location-picker';
import { locationOf, markersOf, PlaceMap, type PlaceMarker } from './place-map';

// Leaflet draws lines in SVG only where the browser has SVGSVGElement.createSVGRect, which jsdom
// lacks; it checks once, when it loads, so this comes before any map does.
vi.hoisted(() => {
  const svg = Object.getPrototypeOf(document.createElementNS('http://www.w3.org/2000/svg', 'svg')) as Record<string, unknown>;
  svg.createSVGRect ??= () => ({ x: 0, y: 0, width: 0, height: 0 });
});

function wrap(children: ReactNode) {
  return render(
    <RuntimeConfigProvider config={TEST_CONFIG}>
      <I18nProvider>
        <MemoryRouter>{children}</MemoryRouter>
      </I18nProvider>
    </RuntimeConfigProvider>,
  );
}

const UMEA: PlaceMarker = { id: 'a1', latitude: 63.8258, longitude: 20.263, label: 'Umeå universitet', href: '/aktorer/umu' };
const SKELLEFTEA: PlaceMarker = { id: 'a2', latitude: 64.7507, longitude: 20.9528, label: 'Skellefteå kommun', href: '/aktorer/skelleftea' };

/** Leaflet draws its tiles as <img class="leaflet-tile">; jsdom loads no image, so a test says one failed. */
async function failFirstTile(container: HTMLElement) {
  const tile = await waitFor(() => {
    const found = container.querySelector('img.leaflet-tile');
    if (!found) throw new Error('no tile yet');
    return found;
  });
  // The tiles come from the test config's closed local port, never from the internet.
  expect(tile.getAttribute('src')).toMatch(/^http:\/\/127\.0\.0\.1:9\/\d+\/\d+\/\d+\.png$/);
  fireEvent.error(tile);
}

describe('<PlaceMap>', () => {
  it('lists every located place as a link beside a named map with a marker each', async () => {
    const { container } = wrap(<PlaceMap label="Karta: aktörer" markers={[UMEA, SKELLEFTEA]} />);

    expect(screen.getByRole('region', { name: 'Karta: aktörer' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Platserna på kartan' });
    expect(list).toHaveTextContent('Umeå universitet');
    expect(screen.getByRole('link', { name: 'Skellefteå kommun' })).toHaveAttribute('href', '/aktorer/skelleftea');
    // The markers are buttons with the place's name, for keyboard users.
    await waitFor(() => expect(container.querySelectorAll('.leaflet-marker-icon')).toHaveLength(2));
    expect(screen.getByRole('button', { name: 'Umeå universitet' })).toBeInTheDocument();
  });

  it('says calmly that the tiles failed, and keeps the list', async () => {
    const { container } = wrap(<PlaceMap label="Karta" markers={[UMEA]} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await failFirstTile(container);

    expect(await screen.findByRole('status')).toHaveTextContent('Kartbilderna kunde inte laddas just nu');
    expect(screen.getByRole('link', { name: 'Umeå universitet' })).toBeInTheDocument();
  });

  it('leaves out places outside the area and shows nothing when none is left', () => {
    const { container } = wrap(<PlaceMap label="Karta" markers={[{ ...UMEA, latitude: 40 }]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('markers of a list', () => {
  it('come from the items that carry a location, in their order', () => {
    const items = [
      { id: 'a', name: 'A', location: { lat: 63.8, lon: 20.2 } },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C', location: { lat: 'x', lon: 20 } },
      { id: 'd', name: 'D', location: { lat: 65.5, lon: 22.1 } },
    ];
    expect(markersOf(items, (item) => ({ id: item.id, label: item.name, href: `/x/${item.id}` }))).toEqual([
      { id: 'a', label: 'A', href: '/x/a', latitude: 63.8, longitude: 20.2 },
      { id: 'd', label: 'D', href: '/x/d', latitude: 65.5, longitude: 22.1 },
    ]);
    expect(locationOf({ location: null })).toBeUndefined();
  });
});

describe('<LinksMap>', () => {
  const links: MunicipalityLink[] = [
    { fromCode: '2480', fromName: 'Umeå', fromLatitude: 63.82, fromLongitude: 20.26, toCode: '2482', toName: 'Skellefteå', toLatitude: 64.75, toLongitude: 20.95, collaborations: 4 },
    { fromCode: '2480', fromName: 'Umeå', fromLatitude: 63.82, fromLongitude: 20.26, toCode: '2584', toName: 'Kiruna', toLatitude: null, toLongitude: null, collaborations: 1 },
  ];

  it('draws only the links with both ends located, thicker for more collaborations', () => {
    expect(drawableLinks(links).map((link) => link.key)).toEqual(['2480-2482']);
    expect(lineWeight(1)).toBeLessThan(lineWeight(4));
    expect(lineWeight(10_000)).toBe(14);
  });

  it('shows every link in a table, a line per drawn link on the map', async () => {
    const { container } = wrap(<LinksMap links={links} />);
    const table = screen.getByRole('table', { name: 'Samverkan mellan kommuner i siffror' });
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/Umeå.*Skellefteå.*4/);
    expect(rows[1]).toHaveTextContent(/Kiruna \(saknar plats på kartan\).*1/);
    expect(screen.getByRole('region', { name: 'Samverkan mellan kommuner' })).toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('path.links-map__line')).toHaveLength(1));
    expect(container.querySelector('path.links-map__line')).toHaveAttribute('stroke-width', String(lineWeight(4)));
    expect(container.querySelectorAll('path.links-map__place')).toHaveLength(2);
  });
});

describe('the place bounds', () => {
  it('are the API’s: latitude 55.0..69.1, longitude 10.9..24.2', () => {
    expect(withinPlaceBounds({ latitude: 55.0, longitude: 10.9 })).toBe(true);
    expect(withinPlaceBounds({ latitude: 69.1, longitude: 24.2 })).toBe(true);
    expect(withinPlaceBounds({ latitude: 54.99, longitude: 20 })).toBe(false);
    expect(withinPlaceBounds({ latitude: 64, longitude: 24.21 })).toBe(false);
    expect(roundPlace({ latitude: 63.825812345, longitude: 20.2630049 })).toEqual({ latitude: 63.82581, longitude: 20.263 });
  });
});

function Picker({ initial, onChange }: { initial: LatLon | null; onChange: (value: LatLon | null) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <LocationPicker
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('<LocationPicker>', () => {
  it('takes a typed location, shows its decimals and clears it', async () => {
    const onChange = vi.fn();
    wrap(<Picker initial={null} onChange={onChange} />);
    expect(screen.getByText('Ingen plats vald.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Latitud'), '63,8258');
    await userEvent.type(screen.getByLabelText('Longitud'), '20.263');

    expect(onChange).toHaveBeenLastCalledWith({ latitude: 63.8258, longitude: 20.263 });
    expect(screen.getByText(/Vald plats: 63\.82580, 20\.26300/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort platsen' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.getByLabelText('Latitud')).toHaveValue('');
  });

  it('never hands on a typed location outside the API’s bounds', async () => {
    const onChange = vi.fn();
    wrap(<Picker initial={null} onChange={onChange} />);
    await userEvent.type(screen.getByLabelText('Latitud'), '70');
    await userEvent.type(screen.getByLabelText('Longitud'), '20');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('picks the clicked point of the map, rounded, and moves its marker there', async () => {
    const onChange = vi.fn();
    const { container } = wrap(<Picker initial={{ latitude: 64, longitude: 20 }} onChange={onChange} />);
    const map = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('.leaflet-container');
      if (!found?.querySelector('.leaflet-marker-icon')) throw new Error('no map yet');
      return found;
    });
    // jsdom lays nothing out: the map is 0×0 at the page's corner, so a click there is its centre.
    fireEvent.click(map, { clientX: 0, clientY: 0 });

    expect(onChange).toHaveBeenCalledTimes(1);
    const picked = onChange.mock.calls[0]?.[0] as LatLon;
    expect(picked).toEqual(roundPlace(picked));
    expect(withinPlaceBounds(picked)).toBe(true);
    expect(picked.latitude).toBeCloseTo(64, 2);
    expect(picked.longitude).toBeCloseTo(20, 2);
  });

  it('picks nothing outside the bounds and says which area it takes', async () => {
    const onChange = vi.fn();
    const { container } = wrap(<Picker initial={{ latitude: 69.1, longitude: 24.2 }} onChange={onChange} />);
    const map = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('.leaflet-container');
      if (!found?.querySelector('.leaflet-marker-icon')) throw new Error('no map yet');
      return found;
    });
    // 200 px right of and below the centre at zoom 10 is east and south of the corner.
    fireEvent.click(map, { clientX: 2000, clientY: -2000 });

    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('latitud 55.0–69.1, longitud 10.9–24.2');
  });
});
