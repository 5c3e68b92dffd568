import { useEffect, useRef, useState, type DragEvent } from 'react';
import 'leaflet/dist/leaflet.css';
import { importDroppedFile } from '../app/import-flow';
import { useT } from '../i18n/use-t';
import { appStore, useApp } from '../state/store';
import { RequestToolbar } from '../features/request-toolbar';
import { CoverageLegend, CoverageToolbar } from '../features/coverage/coverage-overlay';
import { TerrainDialog } from '../features/coverage/terrain-dialog';
import { SearchBox } from '../features/search/search-box';
import { dropTerrain } from '../features/coverage/terrain-drop';
import { BasemapSwitcher } from './basemap-switcher';
import { DrawToolbar } from './draw-toolbar';
import { mountMap } from './map-controller';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** The map region: Leaflet owns the canvas inside; React adds the toolbar, switcher, notes and file drop. */
export function MapView() {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const tileError = useApp((s) => s.tileError);
  const basemap = useApp((s) => s.basemap);
  const [dropping, setDropping] = useState(false);

  useEffect(() => {
    if (!container.current) return undefined;
    return mountMap(container.current, appStore);
  }, []);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    const file = event.dataTransfer?.files[0];
    // Never replace another question (recovery, unsaved changes) with an import preview.
    const open = appStore.getState().dialog;
    if (!file || (open && open.kind !== 'import')) return;
    // A dropped folder of elevation tiles, or several tiles / a VRT with its tiles, is one elevation model.
    if (dropTerrain(event.dataTransfer)) return;
    void importDroppedFile(file);
  };

  return (
    <section
      className="map-area"
      aria-label={t('map.region')}
      onDragEnter={(e) => hasFiles(e) && setDropping(true)}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={onDrop}
    >
      <div ref={container} className="map" />
      {/* Floating controls sit in two flowing rows, so they wrap instead of covering each other. */}
      <div className="map-overlay map-overlay--top">
        <DrawToolbar />
        <div className="map-overlay__end">
          <SearchBox />
          <BasemapSwitcher />
        </div>
      </div>
      <div className="map-overlay map-overlay--bottom">
        <div className="map-overlay__stack">
          <CoverageToolbar />
          <RequestToolbar />
        </div>
        <CoverageLegend />
      </div>
      <TerrainDialog />
      {tileError && basemap !== 'land' && (
        <p className="map-note" role="status">
          {t('basemap.tileError')}
        </p>
      )}
      {dropping && (
        <div className="drop-overlay">
          <p>{t('import.drop')}</p>
        </div>
      )}
    </section>
  );
}
