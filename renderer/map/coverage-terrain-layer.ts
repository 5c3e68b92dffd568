import L from 'leaflet';
import { utm32ToWgs84 } from '../../core/geo/projection';
import type { Dem } from '../../core/terrain';
import { plainText } from './plain-text';

/** Outline of the loaded terrain model: brown dashed, not interactive. */
export const TERRAIN_EXTENT_STYLE: L.PolylineOptions = {
  color: '#6d4c41',
  weight: 2,
  dashArray: '6 4',
  fill: false,
  interactive: false,
};

/** WGS84 ring [lat, lon] of a DEM's extent (its four corners, projected when the DEM is in EPSG:25832). */
export function demExtentLatLngs(dem: Dem): L.LatLngExpression[] {
  const { originX, originY, pixelSizeX, pixelSizeY, width, height } = dem.grid;
  const x1 = originX + width * pixelSizeX;
  const y1 = originY - height * pixelSizeY;
  const corners: [number, number][] = [
    [originX, originY],
    [x1, originY],
    [x1, y1],
    [originX, y1],
  ];
  return corners.map(([x, y]) => {
    const [lon, lat] = dem.crs === 'EPSG:25832' ? utm32ToWgs84([x, y]) : [x, y];
    return [lat, lon] as [number, number];
  });
}

/** The terrain model's extent on the map, with its name as tooltip. Symmetric addTo / remove. */
export class CoverageTerrainLayer {
  private polygon: L.Polygon | null = null;
  private map: L.Map | null = null;
  private last: Dem | null = null;

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

  update(terrain: { name: string; dem: Dem } | null, visible: boolean): void {
    if (!this.map) return;
    const dem = terrain?.dem ?? null;
    if (dem !== this.last) {
      this.polygon?.remove();
      this.polygon = null;
      this.last = dem;
      if (terrain && dem)
        this.polygon = L.polygon(demExtentLatLngs(dem), TERRAIN_EXTENT_STYLE).bindTooltip(plainText(terrain.name), {
          sticky: true,
        });
    }
    if (!this.polygon) return;
    if (visible && !this.map.hasLayer(this.polygon)) this.polygon.addTo(this.map);
    if (!visible && this.map.hasLayer(this.polygon)) this.polygon.remove();
  }
}
