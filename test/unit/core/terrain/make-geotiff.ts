import { writeArrayBuffer } from 'geotiff';
import { demFromRaster, type Dem, type DemKind } from '../../../../core/terrain';

export interface TestTiff {
  width: number;
  height: number;
  values: ArrayLike<number>;
  /** [originX, originY] of the north-west corner. */
  origin: [number, number];
  pixelSize: number;
  crs?: 'EPSG:25832' | 'EPSG:4326' | { projected: number };
  noData?: number;
  modelTransformation?: number[];
  pixelIsPoint?: boolean;
}

/** A Float32 GeoTIFF written by geotiff's own writer, as bytes. */
export function makeGeoTiff(t: TestTiff): Uint8Array {
  const crs = t.crs ?? 'EPSG:25832';
  const keys =
    crs === 'EPSG:25832'
      ? { GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: 25832 }
      : crs === 'EPSG:4326'
        ? { GTModelTypeGeoKey: 2, GeographicTypeGeoKey: 4326 }
        : { GTModelTypeGeoKey: 1, ProjectedCSTypeGeoKey: crs.projected };
  const georef = t.modelTransformation
    ? { ModelTransformation: t.modelTransformation }
    : { ModelPixelScale: [t.pixelSize, t.pixelSize, 0], ModelTiepoint: [0, 0, 0, t.origin[0], t.origin[1], 0] };
  const buffer = writeArrayBuffer(Float32Array.from(t.values), {
    width: t.width,
    height: t.height,
    BitsPerSample: [32],
    SampleFormat: [3],
    ...georef,
    ...keys,
    GTRasterTypeGeoKey: t.pixelIsPoint ? 2 : 1,
    ...(t.noData === undefined ? {} : { GDAL_NODATA: String(t.noData) }),
  });
  return new Uint8Array(buffer);
}

/** An in-memory EPSG:25832 model from a height function of (e, n) at pixel centres (NaN = no data). */
export function makeDem(opts: {
  originE: number;
  originN: number;
  resolutionM: number;
  width: number;
  height: number;
  heightAt: (e: number, n: number) => number;
  kind?: DemKind;
}): Dem {
  const { originE, originN, resolutionM, width, height } = opts;
  const values = new Float32Array(width * height);
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++)
      values[r * width + c] = opts.heightAt(originE + (c + 0.5) * resolutionM, originN - (r + 0.5) * resolutionM);
  return demFromRaster({
    originX: originE,
    originY: originN,
    resolutionM,
    width,
    height,
    values,
    kind: opts.kind ?? 'DTM',
  });
}
