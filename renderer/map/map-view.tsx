import { useEffect, useRef } from 'react';
import 'leaflet/dist/leaflet.css';
import { useT } from '../i18n/use-t';
import { appStore, useApp } from '../state/store';
import { BasemapSwitcher } from './basemap-switcher';
import { mountMap } from './map-controller';

/** The map region: Leaflet owns the canvas inside; React only adds the switcher and notes. */
export function MapView() {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const tileError = useApp((s) => s.tileError);
  const basemap = useApp((s) => s.basemap);

  useEffect(() => {
    if (!container.current) return undefined;
    return mountMap(container.current, appStore);
  }, []);

  return (
    <section className="map-area" aria-label={t('map.region')}>
      <div ref={container} className="map" />
      <BasemapSwitcher />
      {tileError && basemap !== 'land' && (
        <p className="map-note" role="status">
          {t('basemap.tileError')}
        </p>
      )}
    </section>
  );
}
