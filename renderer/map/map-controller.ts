import L from 'leaflet';
import { formatNumber } from '../../core/geo/format';
import type { Lang } from '../../core/i18n/localized';
import { summarizeProject } from '../../core/project/summary';
import type { Corridor, Project } from '../../core/project/schema';
import { moveSite } from '../state/actions';
import type { AppStore } from '../state/store';
import type { StoreApi } from 'zustand/vanilla';
import { AreasLayer } from './areas-layer';
import { createBasemap } from './basemaps';
import { CorridorsLayer } from './corridors-layer';
import { DrawTools } from './draw-tools';
import { mountFoundPlace } from './found-place';
import { ImportPreviewLayer } from './import-preview-layer';
import { setExportMap } from './map-image';
import { setCurrentViewMap } from './current-view';
import { SitesLayer } from './sites-layer';
import { siteTexts } from './site-texts';
import { mountCoverageLayers } from './coverage-layers';
import { mountRequestFieldLayer } from './request-field-layer';
import { localiseZoomControl } from './zoom-labels';

/** Denmark, for an empty project: [lat, lon] and zoom. */
const DENMARK_VIEW = { centre: L.latLng(56.1, 10.8), zoom: 7 };

const corridorLabels = new Map<Lang, (c: Corridor) => string>();
function corridorLabel(lang: Lang): (c: Corridor) => string {
  let label = corridorLabels.get(lang);
  if (!label) {
    const altitude = lang === 'da' ? 'flyvehøjde' : 'altitude';
    const width = lang === 'da' ? 'bredde' : 'width';
    label = (c) =>
      `${c.name} — ${altitude} ${formatNumber(c.altitudeM, lang)} m, ${width} ${formatNumber(c.widthM, lang)} m`;
    corridorLabels.set(lang, label);
  }
  return label;
}

/** Fits the map to a project: its saved view, else its objects, else Denmark. */
export function fitProject(map: L.Map, project: Project, useSavedView: boolean): void {
  if (useSavedView && project.view) {
    map.setView([project.view.centre[1], project.view.centre[0]], project.view.zoom);
    return;
  }
  const bbox = summarizeProject(project).bboxWgs84;
  if (!bbox) map.setView(DENMARK_VIEW.centre, DENMARK_VIEW.zoom);
  else map.fitBounds(L.latLngBounds([bbox[1], bbox[0]], [bbox[3], bbox[2]]), { padding: [30, 30], maxZoom: 14 });
}

/**
 * Owns the Leaflet map and its layers and keeps them in step with the store. React never
 * renders into the map; the map only reads the store and dispatches actions.
 */
export function mountMap(container: HTMLElement, store: StoreApi<AppStore>): () => void {
  const map = L.map(container, { zoomControl: true, attributionControl: true, keyboard: true, minZoom: 5 });
  map.attributionControl.setPrefix('Leaflet');
  localiseZoomControl(map, store.getState().lang);
  L.control.scale({ metric: true, imperial: false, position: 'bottomleft' }).addTo(map);
  const get = store.getState;

  const select = (id: string) => get().select(id);
  const sites = new SitesLayer(
    {
      onSelect: select,
      onMove: (id, lon, lat) => get().dispatch(moveSite, { id, lon, lat }),
      onNudge: (id, lon, lat) => get().dispatch(moveSite, { id, lon, lat }, { coalesce: `nudge:${id}` }),
      onNudgeEnd: () => get().endCoalesce(),
      isActive: () => get().activeTool === 'select' && !(get().panels.link && get().coverage.link.picking),
    },
    siteTexts(get().lang),
  );
  const areas = new AreasLayer(select);
  const corridors = new CorridorsLayer(select, corridorLabel(get().lang));
  areas.addTo(map);
  corridors.addTo(map);
  sites.addTo(map);
  const preview = new ImportPreviewLayer().addTo(map);
  const draw = new DrawTools(map, store);
  const unmountCoverage = mountCoverageLayers(map, store);
  const unmountRequestField = mountRequestFieldLayer(map, store);
  const unmountFound = mountFoundPlace(map);
  setExportMap(map);
  setCurrentViewMap(map);

  let basemap: L.Layer | null = null;
  let basemapRequest = 0;
  const showBasemap = async (state: AppStore) => {
    const request = ++basemapRequest;
    const layer = await createBasemap(map, state.basemap, state.dataforsyningenToken, (failed) =>
      get().setTileError(failed),
    );
    if (request !== basemapRequest) return;
    basemap?.remove();
    basemap = layer.addTo(map);
  };

  const sync = (state: AppStore) => {
    sites.update(state.project.sites, state.selectedId, siteTexts(state.lang));
    areas.update(state.project.areas, state.selectedId);
    corridors.update(state.project.corridors, state.selectedId, corridorLabel(state.lang));
    sites.setVisible(map, state.layers.sites);
    areas.setVisible(map, state.layers.areas);
    corridors.setVisible(map, state.layers.corridors);
    const imported = state.dialog?.kind === 'import' && state.dialog.result?.ok ? state.dialog.result.value.data : null;
    if (!imported) preview.clear();
    else {
      const bounds = preview.show(imported);
      // Leave room for the toolbar (top) and the preview dialog docked at the right.
      if (bounds)
        map.fitBounds(bounds, { paddingTopLeft: [40, 90], paddingBottomRight: [220, 40], maxZoom: 14, animate: false });
    }
  };

  map.on('mousemove', (e) => get().setPointer({ lon: e.latlng.lng, lat: e.latlng.lat }));
  map.on('mouseout', () => get().setPointer(null));
  map.on('zoomend', () => get().setZoom(map.getZoom()));
  // Clicks while drawing never reach here: DrawTools takes them first (capture phase).
  map.on('click', () => {
    if (get().activeTool === 'select') get().select(null);
  });

  fitProject(map, get().project, true);
  get().setZoom(map.getZoom());
  sync(get());
  void showBasemap(get());

  const unsubscribe = store.subscribe((state, prev) => {
    sync(state);
    if (state.activeTool !== prev.activeTool) draw.setTool(state.activeTool);
    if (state.lang !== prev.lang) localiseZoomControl(map, state.lang);
    if (state.basemap !== prev.basemap || state.dataforsyningenToken !== prev.dataforsyningenToken)
      void showBasemap(state);
    if (state.loadSeq !== prev.loadSeq) fitProject(map, state.project, true);
    if (state.fitSeq !== prev.fitSeq) fitProject(map, state.project, false);
    if (state.focusSeq !== prev.focusSeq && state.selectedId) zoomToObject(map, state.project, state.selectedId);
  });
  const resize = new ResizeObserver(() => map.invalidateSize());
  resize.observe(container);

  return () => {
    resize.disconnect();
    unsubscribe();
    basemapRequest++;
    setExportMap(null);
    setCurrentViewMap(null);
    draw.dispose();
    unmountCoverage();
    unmountRequestField();
    unmountFound();
    preview.remove();
    sites.remove();
    areas.remove();
    corridors.remove();
    map.remove();
  };
}

function zoomToObject(map: L.Map, project: Project, id: string): void {
  const bounds = objectBounds(project, id);
  if (!bounds) return;
  if (project.sites.some((s) => s.id === id)) {
    map.setView(bounds.getCenter(), Math.max(map.getZoom(), 12), { animate: false });
  } else {
    map.fitBounds(bounds, { padding: [40, 40], maxZoom: 14, animate: false });
  }
}

/** Leaflet map bounds of one object, for "select and zoom to". */
function objectBounds(project: Project, id: string): L.LatLngBounds | null {
  const site = project.sites.find((s) => s.id === id);
  if (site) return L.latLngBounds([site.lat, site.lon], [site.lat, site.lon]);
  const corridor = project.corridors.find((c) => c.id === id);
  if (corridor) return L.latLngBounds(corridor.coordinates.map(([lon, lat]) => L.latLng(lat, lon)));
  const area = project.areas.find((a) => a.id === id);
  if (area) return L.geoJSON(area.geometry).getBounds();
  return null;
}
