import { Suspense, useCallback, useState, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n/i18n-context';

/**
 * The named region a lazily loaded map canvas sits in: "loading" until Leaflet arrives, and a calm
 * notice once a tile fails (the page's list or table still carries the same places).
 */
export function MapRegion({ className, label, describedBy, children }: {
  className: string;
  label: string;
  describedBy?: string;
  /** The canvas, told how to report a failed tile. */
  children: (onTileError: () => void) => ReactNode;
}) {
  const { t } = useI18n();
  const [tilesFailed, setTilesFailed] = useState(false);
  const onTileError = useCallback(() => setTilesFailed(true), []);
  return (
    <div className={className} role="region" aria-label={label} aria-describedby={describedBy}>
      <Suspense fallback={<p className="map-canvas map-canvas--loading">{t('map.loading')}</p>}>{children(onTileError)}</Suspense>
      {tilesFailed && (
        <p className="map-notice" role="status">
          {t('map.tilesFailed')}
        </p>
      )}
    </div>
  );
}
