import type { CoverageRaster } from '../../core/coverage';

type Listener = (raster: CoverageRaster, version: number) => void;
const listeners = new Set<Listener>();

/** Listens for coverage rasters reaching the screen (raster, version of its content); returns the unsubscribe. */
export function onRasterShown(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by a raster layer once an image of `raster` (content `version`) is loaded and a frame has been drawn. */
export function rasterShown(raster: CoverageRaster, version: number): void {
  for (const listener of listeners) listener(raster, version);
}
