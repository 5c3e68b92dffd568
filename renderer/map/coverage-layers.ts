import type L from 'leaflet';
import type { StoreApi } from 'zustand/vanilla';
import { currentCoverageInputs } from '../features/coverage/coverage-inputs';
import { setLink } from '../state/coverage-actions';
import { shownResult } from '../state/coverage-state';
import type { AppStore } from '../state/store';
import { CoverageLinkLayer } from './coverage-link-layer';
import { CoveragePolygonsLayer } from './coverage-polygons-layer';
import { CoverageRasterLayer } from './coverage-raster-layer';
import { CoverageTerrainLayer } from './coverage-terrain-layer';

/**
 * Mounts the coverage overlays (RSRP raster, best server, gaps, contours, terrain extent, link) on the map and
 * keeps them in step with the store's coverage slice. A map click while the link calculator picks sets its
 * target. Returns the function that removes everything again.
 */
export function mountCoverageLayers(map: L.Map, store: StoreApi<AppStore>): () => void {
  const rsrp = new CoverageRasterLayer().addTo(map);
  const bestServer = new CoverageRasterLayer().addTo(map);
  const polygons = new CoveragePolygonsLayer().addTo(map);
  const terrain = new CoverageTerrainLayer().addTo(map);
  const link = new CoverageLinkLayer().addTo(map);

  const sync = (state: AppStore) => {
    const { coverage, project } = state;
    // Without a cached result there is nothing to show: skip hashing the inputs (costly on large projects).
    const inputs =
      coverage.cache.length > 0 ? currentCoverageInputs(project, coverage.settings, coverage.terrain) : null;
    const shown = inputs ? shownResult(coverage, inputs.hash) : null;
    const result = shown?.result ?? null;
    const { layers } = coverage;
    // While a job runs, its raster refines in place (coarse first): show it instead of an older result.
    const live = coverage.job?.running && coverage.preview?.hash === coverage.job.hash ? coverage.preview : null;
    const raster = live?.raster ?? result?.raster ?? null;
    const thresholds = live ? coverage.settings : result?.settings;
    const change = live ? { version: live.version, rows: live.rows } : undefined;
    rsrp.setOpacity(coverage.opacity);
    bestServer.setOpacity(coverage.opacity);
    rsrp.update(
      layers.rsrp ? raster : null,
      { kind: 'rsrp', goodDbm: thresholds?.goodDbm ?? -100, edgeDbm: thresholds?.edgeDbm ?? -110 },
      change,
    );
    bestServer.update(layers.bestServer ? raster : null, { kind: 'bestServer' }, change);
    polygons.update(result?.gaps ?? null, result?.contours ?? null, { gaps: layers.gaps, contours: layers.contours });
    terrain.update(coverage.terrain, layers.terrain);
    const target = coverage.link.target;
    const site =
      project.sites.find((s) => s.cells.some((c) => c.id === coverage.link.cellId)) ??
      project.sites.find((s) => s.cells.length > 0);
    link.update(state.panels.link && site ? { lat: site.lat, lon: site.lon } : null, state.panels.link ? target : null);
    map.getContainer().classList.toggle('map--picking', state.panels.link && coverage.link.picking);
  };

  const onClick = (event: L.LeafletMouseEvent) => {
    const state = store.getState();
    if (!state.panels.link || !state.coverage.link.picking) return;
    setLink(store, { target: { lon: event.latlng.lng, lat: event.latlng.lat }, picking: false });
  };
  map.on('click', onClick);
  sync(store.getState());
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.coverage !== prev.coverage || state.project !== prev.project || state.panels !== prev.panels) sync(state);
  });

  return () => {
    unsubscribe();
    map.off('click', onClick);
    rsrp.remove();
    bestServer.remove();
    polygons.remove();
    terrain.remove();
    link.remove();
  };
}
