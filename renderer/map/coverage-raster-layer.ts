import L from 'leaflet';
import type { CoverageRaster } from '../../core/coverage';
import { rsrpClasses, rsrpRgba, serverRgb } from './coverage-colours';
import { warpToMercator } from './coverage-warp';
import { ensurePane, PANES } from './panes';

export type RasterStyle = { kind: 'rsrp'; goodDbm: number; edgeDbm: number } | { kind: 'bestServer' };

/** Map pane of the coverage rasters: above the basemap tiles (200), below the vector overlays (400). */
export const COVERAGE_RASTER_PANE = PANES.coverageRaster.name;

/** Default options of the raster overlays: in their own pane, not interactive, crisp pixels. */
export const COVERAGE_RASTER_OPTIONS: L.ImageOverlayOptions = {
  interactive: false,
  className: 'coverage-raster',
  pane: COVERAGE_RASTER_PANE,
};

/**
 * A coverage raster (RSRP classes or best server) as an L.imageOverlay of a canvas warped from EPSG:25832 to
 * the map (coverage-warp.ts). Symmetric: addTo / remove; update() redraws only when raster or style change.
 */
export class CoverageRasterLayer {
  private overlay: L.ImageOverlay | null = null;
  private last: { raster: CoverageRaster; key: string } | null = null;
  private map: L.Map | null = null;
  private opacity = 1;

  addTo(map: L.Map): this {
    this.map = map;
    ensurePane(map, 'coverageRaster');
    this.overlay?.addTo(map);
    return this;
  }

  remove(): void {
    this.overlay?.remove();
    this.overlay = null;
    this.last = null;
    this.map = null;
  }

  setOpacity(opacity: number): void {
    this.opacity = opacity;
    this.overlay?.setOpacity(opacity);
  }

  /** Shows `raster` in `style`, or nothing (null). */
  update(raster: CoverageRaster | null, style: RasterStyle): void {
    const key = JSON.stringify(style);
    if (this.last && this.last.raster === raster && this.last.key === key) return;
    this.overlay?.remove();
    this.overlay = null;
    this.last = raster ? { raster, key } : null;
    if (!raster) return;
    const canvas = document.createElement('canvas');
    const { image, bounds } = warpToMercator(raster.grid, pixelColour(raster, style));
    canvas.width = image.width;
    canvas.height = image.height;
    canvas.getContext('2d')?.putImageData(image, 0, 0);
    const [south, west, north, east] = bounds;
    this.overlay = L.imageOverlay(canvas.toDataURL('image/png'), L.latLngBounds([south, west], [north, east]), {
      ...COVERAGE_RASTER_OPTIONS,
      opacity: this.opacity,
    });
    if (this.map) this.overlay.addTo(this.map);
  }
}

function pixelColour(
  raster: CoverageRaster,
  style: RasterStyle,
): (i: number, out: Uint8ClampedArray, o: number) => void {
  if (style.kind === 'rsrp') {
    const classes = rsrpClasses(style.goodDbm, style.edgeDbm);
    return (i, out, o) => {
      const [r, g, b, a] = rsrpRgba(raster.rsrpDbm[i] as number, classes);
      out[o] = r;
      out[o + 1] = g;
      out[o + 2] = b;
      out[o + 3] = a;
    };
  }
  const colours = raster.cellIds.map((_, k) => serverRgb(k));
  return (i, out, o) => {
    const server = raster.bestServer[i] as number;
    if (server < 0) return;
    const [r, g, b] = colours[server] as [number, number, number];
    out[o] = r;
    out[o + 1] = g;
    out[o + 2] = b;
    out[o + 3] = 255;
  };
}
