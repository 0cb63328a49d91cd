import { lazy, useId } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';
import { MapRegion } from './map-region';

/**
 * One row of the insights figure `municipality-links` (MunicipalityLinksRow): two municipalities
 * named in the same collaborations, and how many. A municipality with no located actor has no
 * coordinates; it stays in the table and off the map.
 */
export interface MunicipalityLink {
  fromCode: string;
  fromName: string;
  fromLatitude?: number | null;
  fromLongitude?: number | null;
  toCode: string;
  toName: string;
  toLatitude?: number | null;
  toLongitude?: number | null;
  collaborations: number;
}

/** A link whose two ends both have coordinates, so it can be drawn. */
export interface DrawnLink {
  key: string;
  from: { code: string; name: string; latitude: number; longitude: number };
  to: { code: string; name: string; latitude: number; longitude: number };
  collaborations: number;
}

export function drawableLinks(links: readonly MunicipalityLink[]): DrawnLink[] {
  const drawn: DrawnLink[] = [];
  for (const link of links) {
    const { fromLatitude, fromLongitude, toLatitude, toLongitude } = link;
    if (fromLatitude == null || fromLongitude == null || toLatitude == null || toLongitude == null) continue;
    drawn.push({
      key: `${link.fromCode}-${link.toCode}`,
      from: { code: link.fromCode, name: link.fromName, latitude: fromLatitude, longitude: fromLongitude },
      to: { code: link.toCode, name: link.toName, latitude: toLatitude, longitude: toLongitude },
      collaborations: link.collaborations,
    });
  }
  return drawn;
}

/** Line width in pixels: grows with the collaborations, but a busy pair must not cover the map. */
export function lineWeight(collaborations: number): number {
  return Math.min(2 + 2 * Math.sqrt(Math.max(collaborations, 0)), 14);
}

const LinksMapCanvas = lazy(() => import('./links-map-canvas'));

/**
 * Collaboration between municipalities: a line between each pair, as thick as their shared
 * collaborations are many, and the same numbers in a table (always in the page, for screen
 * readers and for when the tiles cannot load).
 */
export function LinksMap({ links, label }: { links: readonly MunicipalityLink[]; label?: string }) {
  const { t } = useI18n();
  const captionId = useId();
  const drawn = drawableLinks(links);

  if (links.length === 0) return <p className="map-empty">{t('map.noLinks')}</p>;

  return (
    <div className="links-map">
      {drawn.length > 0 && (
        <MapRegion className="links-map__map" label={label ?? t('map.links')}>
          {(onTileError) => <LinksMapCanvas links={drawn} onTileError={onTileError} />}
        </MapRegion>
      )}
      <table className="links-map__table" aria-labelledby={captionId}>
        <caption id={captionId}>{t('map.linksTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('map.from')}</th>
            <th scope="col">{t('map.to')}</th>
            <th scope="col">{t('map.collaborations')}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => {
            const onMap = drawn.some((d) => d.key === `${link.fromCode}-${link.toCode}`);
            return (
              <tr key={`${link.fromCode}-${link.toCode}`}>
                <td>{link.fromName}</td>
                <td>
                  {link.toName}
                  {!onMap && <span className="links-map__off"> ({t('map.notOnMap')})</span>}
                </td>
                <td className="numeric">{link.collaborations}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
