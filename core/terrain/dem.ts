import { utm32ToWgs84 } from '../geo/projection';

/** CRSs a DEM may come in: EPSG:25832 metres, or WGS84 degrees (sampled through proj4). */
export type DemCrs = 'EPSG:25832' | 'EPSG:4326';

/** What the raster's heights describe, guessed from the file name: bare terrain or surface with buildings/trees. */
export type DemKind = 'DTM' | 'DSM' | 'unknown';

/**
 * North-up georeferencing of a DEM in its own CRS: x is easting (m) or longitude (°), y is northing (m) or
 * latitude (°). Pixel (col, row) covers [originX + col·pixelSizeX, originX + (col+1)·pixelSizeX] ×
 * [originY − (row+1)·pixelSizeY, originY − row·pixelSizeY]; row 0 is the northern edge (as GridSpec).
 */
export interface DemGrid {
  originX: number;
  originY: number;
  /** Pixel width, > 0, in CRS units (m or °). */
  pixelSizeX: number;
  /** Pixel height, > 0, in CRS units (m or °). */
  pixelSizeY: number;
  width: number;
  height: number;
}

/** An elevation model: heights above sea level in m, row-major from the north-west corner, NoData as NaN. */
export interface Dem {
  crs: DemCrs;
  grid: DemGrid;
  /** Heights in m above sea level (DVR90 for Danmarks Højdemodel); NaN where the file had NoData. */
  values: Float32Array;
  /** The file's NoData value before it was replaced by NaN, null if none was declared. */
  noData: number | null;
  kind: DemKind;
  /** 1 when read at full resolution; n when n×n blocks were averaged to fit the memory budget. */
  downsampleFactor: number;
}

const METRES_PER_DEGREE_LAT = 111_320;

/** Height in m at a point in the DEM's own CRS, bilinear between pixel centres; NaN outside or next to NoData. */
export function demHeightAtXY(dem: Dem, x: number, y: number): number {
  const { originX, originY, pixelSizeX, pixelSizeY, width, height } = dem.grid;
  let fx = (x - originX) / pixelSizeX - 0.5;
  let fy = (originY - y) / pixelSizeY - 0.5;
  // Half a pixel beyond the outermost centres still lies inside the raster: clamp to the edge centres.
  if (!(fx >= -0.5 && fx <= width - 0.5 && fy >= -0.5 && fy <= height - 0.5)) return NaN;
  fx = Math.min(Math.max(fx, 0), width - 1);
  fy = Math.min(Math.max(fy, 0), height - 1);
  const c0 = Math.min(Math.floor(fx), Math.max(width - 2, 0));
  const r0 = Math.min(Math.floor(fy), Math.max(height - 2, 0));
  const c1 = Math.min(c0 + 1, width - 1);
  const r1 = Math.min(r0 + 1, height - 1);
  const tx = fx - c0;
  const ty = fy - r0;
  const v = dem.values;
  const top = (v[r0 * width + c0] as number) * (1 - tx) + (v[r0 * width + c1] as number) * tx;
  const bottom = (v[r1 * width + c0] as number) * (1 - tx) + (v[r1 * width + c1] as number) * tx;
  return top * (1 - ty) + bottom * ty;
}

/** Height in m at an EPSG:25832 point (easting, northing in m), bilinear; NaN outside the DEM or at NoData. */
export function demHeightAt(dem: Dem, e: number, n: number): number {
  if (dem.crs === 'EPSG:25832') return demHeightAtXY(dem, e, n);
  const [lon, lat] = utm32ToWgs84([e, n]);
  return demHeightAtXY(dem, lon, lat);
}

/** Ground resolution of the DEM in m: the smaller pixel side (for WGS84 at the raster's centre latitude). */
export function demResolutionM(dem: Dem): number {
  const { pixelSizeX, pixelSizeY, originY, height } = dem.grid;
  if (dem.crs === 'EPSG:25832') return Math.min(pixelSizeX, pixelSizeY);
  const latRad = ((originY - (height * pixelSizeY) / 2) * Math.PI) / 180;
  return Math.min(pixelSizeY * METRES_PER_DEGREE_LAT, pixelSizeX * METRES_PER_DEGREE_LAT * Math.cos(latRad));
}
