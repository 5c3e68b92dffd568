import L from 'leaflet';
import type { CoverageRaster } from '../../core/coverage';
import { rsrpClasses, rsrpRgba, serverRgb } from './coverage-colours';
import { outputRowsOf, warpFrame, warpRowsInto, type WarpFrame } from './coverage-warp';
import { CanvasOverlay } from './canvas-overlay';
import { ensurePane, PANES } from './panes';
import { rasterShown } from './raster-shown';

export type RasterStyle = { kind: 'rsrp'; goodDbm: number; edgeDbm: number } | { kind: 'bestServer' };

/** A change of a raster that is being refined in place: its content version and the grid rows that changed. */
export interface RasterChange {
  version: number;
  rows: { row0: number; row1: number };
}

/** Map pane of the coverage rasters: above the basemap tiles (200), below the vector overlays (400). */
export const COVERAGE_RASTER_PANE = PANES.coverageRaster.name;

/** Class of the raster canvases (coverage.css). */
export const COVERAGE_RASTER_CLASS = 'coverage-raster';

interface Drawn {
  raster: CoverageRaster;
  key: string;
  version: number;
  frame: WarpFrame;
  overlay: CanvasOverlay;
  image: ImageData;
}

/**
 * A coverage raster (RSRP classes or best server) as a canvas warped from EPSG:25832 to the map (coverage-warp.ts)
 * and laid over its bounds (canvas-overlay.ts). Symmetric: addTo / remove. update() redraws when raster or style
 * change; while a job refines one raster in place it re-warps only the rows that changed. Nothing is encoded: the
 * pixels are on the map at the next frame, and the layer then reports them (raster-shown.ts), so the coverage panel
 * can show the time from the button to the pixels.
 */
export class CoverageRasterLayer {
  private drawn: Drawn | null = null;
  private map: L.Map | null = null;
  private opacity = 1;

  addTo(map: L.Map): this {
    this.map = map;
    ensurePane(map, 'coverageRaster');
    this.drawn?.overlay.addTo(map);
    return this;
  }

  remove(): void {
    this.drawn?.overlay.remove();
    this.drawn = null;
    this.map = null;
  }

  setOpacity(opacity: number): void {
    this.opacity = opacity;
    this.drawn?.overlay.setOpacity(opacity);
  }

  /** Shows `raster` in `style`, or nothing (null); `change` says which rows of the same raster were refined. */
  update(raster: CoverageRaster | null, style: RasterStyle, change?: RasterChange): void {
    const key = JSON.stringify(style);
    const drawn = this.drawn;
    if (drawn && raster && drawn.raster === raster && drawn.key === key) {
      if (!change || change.version === drawn.version) return;
      const [first, last] = outputRowsOf(drawn.frame, raster.grid, change.rows.row0, change.rows.row1);
      warpRowsInto(drawn.frame, raster.grid, pixelColour(raster, style), drawn.image.data, first, last);
      drawn.overlay.canvas.getContext('2d')?.putImageData(drawn.image, 0, 0, 0, first, drawn.frame.width, last - first);
      drawn.version = change.version;
      this.reportShown(drawn);
      return;
    }
    drawn?.overlay.remove();
    this.drawn = null;
    if (!raster) return;
    const frame = warpFrame(raster.grid);
    const image = new ImageData(frame.width, frame.height);
    warpRowsInto(frame, raster.grid, pixelColour(raster, style), image.data, 0, frame.height);
    const [south, west, north, east] = frame.bounds;
    const overlay = new CanvasOverlay(
      L.latLngBounds([south, west], [north, east]),
      COVERAGE_RASTER_PANE,
      COVERAGE_RASTER_CLASS,
    );
    overlay.canvas.width = frame.width;
    overlay.canvas.height = frame.height;
    overlay.canvas.getContext('2d')?.putImageData(image, 0, 0);
    overlay.setOpacity(this.opacity);
    if (this.map) overlay.addTo(this.map);
    this.drawn = { raster, key, version: change?.version ?? 0, frame, overlay, image };
    this.reportShown(this.drawn);
  }

  private reportShown(drawn: Drawn): void {
    if (!this.map) return;
    const { raster, version } = drawn;
    requestAnimationFrame(() => rasterShown(raster, version));
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
