import type { GridSpec } from '../geo/grid';
import { wgs84ToUtm32 } from '../geo/projection';
import type { AreaGeometry } from '../project/schema';

/**
 * 1 for each pixel whose centre lies inside the WGS84 polygon (even-odd rule, so holes are excluded), else 0.
 * Scanline rasterisation in EPSG:25832.
 */
export function polygonMask(geometry: AreaGeometry, grid: GridSpec): Uint8Array {
  const { width, height, originE, originN, resolutionM: res } = grid;
  const mask = new Uint8Array(width * height);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rings = polygons.flat().map((ring) => ring.map(([lon, lat]) => wgs84ToUtm32([lon, lat])));
  const xs: number[] = [];
  for (let row = 0; row < height; row++) {
    const y = originN - (row + 0.5) * res;
    xs.length = 0;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > y !== yj > y) xs.push(xi + ((y - yi) / (yj - yi)) * (xj - xi));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, Math.ceil(((xs[k] as number) - originE) / res - 0.5));
      const c1 = Math.min(width - 1, Math.floor(((xs[k + 1] as number) - originE) / res - 0.5));
      if (c1 >= c0) mask.fill(1, row * width + c0, row * width + c1 + 1);
    }
  }
  return mask;
}
