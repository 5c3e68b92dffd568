import { buffer, lineString } from '@turf/turf';
import type { Geometry, Position as GeoPosition } from 'geojson';
import type L from 'leaflet';
import { formatNumber } from '../i18n/format-number';
import type { AreaKind } from '../../core/project/schema';
import { translator } from '../i18n';
import type { AppStore } from '../state/store';
import { appStore } from '../state/store';
import { LAND_ATTRIBUTION, loadLandPolygons } from './basemaps';
import { AREA_STYLES, CORRIDOR_BUFFER, CORRIDOR_LINE, LAND_STYLE, SITE_COLOURS } from './styles';

let activeMap: L.Map | null = null;

/** Registers the window's map so File → Export → PNG can draw its current view. */
export function setExportMap(map: L.Map | null): void {
  activeMap = map;
}

const SEA = '#c9dfec';

type Ctx = CanvasRenderingContext2D;

function tracePolygons(ctx: Ctx, map: L.Map, geometry: Geometry): void {
  const polygons: GeoPosition[][][] =
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ring.forEach(([lon, lat], index) => {
        const p = map.latLngToContainerPoint([lat as number, lon as number]);
        if (index === 0) ctx.moveTo(p.x, p.y);
        else ctx.lineTo(p.x, p.y);
      });
      ctx.closePath();
    }
  }
}

function paint(ctx: Ctx, style: L.PathOptions): void {
  if (style.fill !== false && style.fillColor) {
    ctx.globalAlpha = style.fillOpacity ?? 0.2;
    ctx.fillStyle = style.fillColor;
    ctx.fill('evenodd');
  }
  ctx.globalAlpha = style.opacity ?? 1;
  ctx.strokeStyle = style.color ?? '#333';
  ctx.lineWidth = style.weight ?? 1;
  ctx.setLineDash(style.dashArray ? String(style.dashArray).split(/[ ,]+/).map(Number) : []);
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

function niceLength(maxM: number): number {
  const power = 10 ** Math.floor(Math.log10(maxM));
  for (const step of [5, 2, 1]) if (step * power <= maxM) return step * power;
  return power;
}

function drawScaleBar(ctx: Ctx, map: L.Map, height: number, lang: AppStore['lang']): void {
  const y = height - 36;
  const a = map.containerPointToLatLng([20, y]);
  const b = map.containerPointToLatLng([170, y]);
  const metresPerPx = map.distance(a, b) / 150;
  const lengthM = niceLength(metresPerPx * 150);
  const px = lengthM / metresPerPx;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(12, y - 18, px + 16, 28);
  ctx.strokeStyle = '#1f2933';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(20, y - 6);
  ctx.lineTo(20, y);
  ctx.lineTo(20 + px, y);
  ctx.lineTo(20 + px, y - 6);
  ctx.stroke();
  ctx.fillStyle = '#1f2933';
  ctx.font = '12px sans-serif';
  const label = lengthM >= 1000 ? `${formatNumber(lengthM / 1000, lang)} km` : `${formatNumber(lengthM, lang)} m`;
  ctx.fillText(label, 24, y - 6);
}

function drawLegend(ctx: Ctx, state: AppStore, width: number): void {
  const t = translator(state.lang);
  const { project } = state;
  const kinds = [...new Set(project.areas.map((a) => a.kind))] as AreaKind[];
  const rows: { label: string; draw: (x: number, y: number) => void }[] = [];
  if (project.sites.length > 0)
    rows.push({
      label: `${t('objects.sites')} (${project.sites.length})`,
      draw: (x, y) => {
        ctx.fillStyle = SITE_COLOURS.other;
        ctx.beginPath();
        ctx.arc(x + 8, y, 5, 0, Math.PI * 2);
        ctx.fill();
      },
    });
  for (const kind of kinds)
    rows.push({
      label: t(`areaKind.${kind}`),
      draw: (x, y) => {
        ctx.beginPath();
        ctx.rect(x + 1, y - 6, 14, 12);
        paint(ctx, AREA_STYLES[kind]);
      },
    });
  if (project.corridors.length > 0)
    rows.push({
      label: t('objects.corridors'),
      draw: (x, y) => {
        ctx.beginPath();
        ctx.moveTo(x, y);
        ctx.lineTo(x + 16, y);
        paint(ctx, { ...CORRIDOR_LINE, weight: 3 });
      },
    });
  ctx.font = 'bold 13px sans-serif';
  const title = project.meta.name;
  ctx.font = '12px sans-serif';
  const boxWidth = Math.max(140, ...rows.map((r) => ctx.measureText(r.label).width + 40), title.length * 7.5 + 20);
  const boxHeight = 30 + rows.length * 18;
  const x0 = width - boxWidth - 12;
  const y0 = 12;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x0, y0, boxWidth, boxHeight);
  ctx.strokeStyle = '#b9c0ca';
  ctx.lineWidth = 1;
  ctx.strokeRect(x0 + 0.5, y0 + 0.5, boxWidth - 1, boxHeight - 1);
  ctx.fillStyle = '#1f2933';
  ctx.font = 'bold 13px sans-serif';
  ctx.fillText(title, x0 + 10, y0 + 18);
  ctx.font = '12px sans-serif';
  rows.forEach((row, index) => {
    const y = y0 + 34 + index * 18;
    row.draw(x0 + 10, y - 4);
    ctx.fillStyle = '#1f2933';
    ctx.fillText(row.label, x0 + 34, y);
  });
}

function drawAttribution(ctx: Ctx, width: number, height: number, text: string): void {
  ctx.font = '11px sans-serif';
  const w = ctx.measureText(text).width + 12;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(width - w, height - 18, w, 18);
  ctx.fillStyle = '#333';
  ctx.fillText(text, width - w + 6, height - 5);
}

/**
 * Renders the map's current view (offline land polygons, areas, corridors, sites) with a
 * legend, scale bar and attribution to PNG bytes at the map's size in CSS pixels. Online
 * tile basemaps are left out (their tiles would taint the canvas); the attribution says so.
 */
export async function renderMapPng(): Promise<Uint8Array> {
  const map = activeMap;
  if (!map) throw new Error('no map to export');
  const state = appStore.getState();
  const t = translator(state.lang);
  const { x: width, y: height } = map.getSize();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = SEA;
  ctx.fillRect(0, 0, width, height);

  const land = await loadLandPolygons();
  for (const feature of land.features) {
    ctx.beginPath();
    tracePolygons(ctx, map, feature.geometry);
    paint(ctx, feature.properties?.a3 === 'DNK' ? LAND_STYLE.home : LAND_STYLE.neighbour);
  }
  const { project, layers } = state;
  if (layers.areas)
    for (const area of project.areas) {
      ctx.beginPath();
      tracePolygons(ctx, map, area.geometry);
      paint(ctx, AREA_STYLES[area.kind]);
    }
  if (layers.corridors)
    for (const corridor of project.corridors) {
      const zone = buffer(lineString(corridor.coordinates), corridor.widthM / 2, { units: 'meters' });
      if (zone) {
        ctx.beginPath();
        tracePolygons(ctx, map, zone.geometry);
        paint(ctx, CORRIDOR_BUFFER);
      }
      ctx.beginPath();
      corridor.coordinates.forEach(([lon, lat], index) => {
        const p = map.latLngToContainerPoint([lat, lon]);
        if (index === 0) ctx.moveTo(p.x, p.y);
        else ctx.lineTo(p.x, p.y);
      });
      paint(ctx, { ...CORRIDOR_LINE, fill: false });
    }
  if (layers.sites) {
    const labels = project.sites.length <= 40;
    ctx.font = '11px sans-serif';
    for (const site of project.sites) {
      const p = map.latLngToContainerPoint([site.lat, site.lon]);
      ctx.beginPath();
      ctx.arc(p.x, p.y, 6, 0, Math.PI * 2);
      ctx.fillStyle = SITE_COLOURS[site.kind];
      ctx.fill();
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 2;
      ctx.stroke();
      if (labels) {
        ctx.fillStyle = '#1f2933';
        ctx.fillText(site.name, p.x + 9, p.y + 4);
      }
    }
  }
  drawLegend(ctx, state, width);
  drawScaleBar(ctx, map, height, state.lang);
  const omitted = state.basemap === 'land' ? '' : ` · ${t('export.pngTilesOmitted')}`;
  drawAttribution(ctx, width, height, `Frekvensplan · ${LAND_ATTRIBUTION}${omitted}`);

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  return new Uint8Array(await blob.arrayBuffer());
}
