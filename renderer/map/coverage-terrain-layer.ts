import L from 'leaflet';
import { utm32ToWgs84 } from '../../core/geo/projection';
import { demDataBounds, type Dem } from '../../core/terrain';
import type { TerrainModel } from '../state/coverage-state';
import { plainText } from './plain-text';

/** Outline of the loaded terrain model: brown dashed, not interactive. */
export const TERRAIN_EXTENT_STYLE: L.PolylineOptions = {
  color: '#6d4c41',
  weight: 2,
  dashArray: '6 4',
  fill: false,
  interactive: false,
};

/** WGS84 ring [lat, lon] of the extent of a model's data (its blocks holding heights), null when empty. */
export function demExtentLatLngs(dem: Dem): L.LatLngExpression[] | null {
  const bounds = demDataBounds(dem);
  if (!bounds) return null;
  const [minE, minN, maxE, maxN] = bounds;
  const corners: [number, number][] = [
    [minE, maxN],
    [maxE, maxN],
    [maxE, minN],
    [minE, minN],
  ];
  return corners.map((c) => {
    const [lon, lat] = utm32ToWgs84(c);
    return [lat, lon] as [number, number];
  });
}

/** The elevation models' extents on the map, with their names as tooltips. Symmetric addTo / remove. */
export class CoverageTerrainLayer {
  private polygon: L.FeatureGroup | null = null;
  private map: L.Map | null = null;
  private last: TerrainModel | null = null;

  addTo(map: L.Map): this {
    this.map = map;
    return this;
  }

  remove(): void {
    this.polygon?.remove();
    this.polygon = null;
    this.last = null;
    this.map = null;
  }

  update(terrain: TerrainModel | null, visible: boolean): void {
    if (!this.map) return;
    if (terrain !== this.last) {
      this.polygon?.remove();
      this.polygon = null;
      this.last = terrain;
      const rings = [terrain?.dtm, terrain?.dsm].flatMap((m) => {
        const ring = m ? demExtentLatLngs(m.dem) : null;
        return m && ring
          ? [
              L.polygon(ring, TERRAIN_EXTENT_STYLE).bindTooltip(plainText(`${m.summary.kind}: ${m.name}`), {
                sticky: true,
              }),
            ]
          : [];
      });
      if (rings.length > 0) this.polygon = L.featureGroup(rings);
    }
    if (!this.polygon) return;
    if (visible && !this.map.hasLayer(this.polygon)) this.polygon.addTo(this.map);
    if (!visible && this.map.hasLayer(this.polygon)) this.polygon.remove();
  }
}
