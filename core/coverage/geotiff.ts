import { writeArrayBuffer } from 'geotiff';
import type { GridSpec } from '../geo/grid';

/** NoData value written for pixels without a server. */
export const GEOTIFF_NODATA = -9999;

/**
 * A single-band Float32 GeoTIFF of a raster on `grid` in EPSG:25832 (ModelPixelScale + ModelTiepoint at the
 * north-west corner, ProjectedCSTypeGeoKey 25832, PixelIsArea), NaN written as GEOTIFF_NODATA (GDAL_NODATA tag).
 */
export function rasterToGeoTiff(values: Float32Array, grid: GridSpec): Uint8Array {
  const data = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    data[i] = Number.isNaN(v) ? GEOTIFF_NODATA : v;
  }
  const buffer = writeArrayBuffer(data, {
    width: grid.width,
    height: grid.height,
    ModelPixelScale: [grid.resolutionM, grid.resolutionM, 0],
    ModelTiepoint: [0, 0, 0, grid.originE, grid.originN, 0],
    GTModelTypeGeoKey: 1,
    GTRasterTypeGeoKey: 1,
    ProjectedCSTypeGeoKey: 25832,
    GTCitationGeoKey: 'ETRS89 / UTM zone 32N',
    GDAL_NODATA: String(GEOTIFF_NODATA),
  });
  return new Uint8Array(buffer);
}
