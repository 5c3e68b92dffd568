import type { CoverageRaster } from '../../../core/coverage';
import { updateCoverage } from '../../state/coverage-actions';
import type { CoveragePreview } from '../../state/coverage-state';
import { appStore } from '../../state/store';
import type { RowRange } from './job-plan';

/** Shortest time between two refinements of the shown raster, ms (each one re-warps the changed rows). */
const REFRESH_MS = 250;

/**
 * Publishes the refining raster to the store for the map: the first rows at once, later ones at most every
 * REFRESH_MS (rows merged), and flush() for the last. Returns the version of the newest publication.
 */
export function rasterPublisher(hash: string) {
  let version = 0;
  let pending: { raster: CoverageRaster; rows: RowRange; coarse: boolean } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastAt = -Infinity;
  const publish = () => {
    timer = null;
    if (!pending) return;
    const { raster, rows, coarse } = pending;
    pending = null;
    lastAt = performance.now();
    version += 1;
    const preview: CoveragePreview = { hash, raster, version, rows, coarse };
    updateCoverage(appStore, (c) => (c.job?.hash === hash && c.job.running ? { preview } : {}));
  };
  return {
    rows(raster: CoverageRaster, rows: RowRange, coarse: boolean) {
      pending = pending
        ? {
            raster,
            rows: { row0: Math.min(pending.rows.row0, rows.row0), row1: Math.max(pending.rows.row1, rows.row1) },
            coarse: pending.coarse || coarse,
          }
        : { raster, rows, coarse };
      const wait = lastAt + REFRESH_MS - performance.now();
      if (wait <= 0) publish();
      else timer ??= setTimeout(publish, wait);
    },
    flush(): number {
      if (timer) clearTimeout(timer);
      publish();
      return version;
    },
    cancel() {
      if (timer) clearTimeout(timer);
      pending = null;
    },
  };
}
