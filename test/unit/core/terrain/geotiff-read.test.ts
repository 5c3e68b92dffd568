import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demHeightAt, demValue, readElevationGeoTiff, type Dem } from '../../../../core/terrain';
import { makeGeoTiff } from './make-geotiff';

const ramp = (w: number, h: number) => Array.from({ length: w * h }, (_, i) => i);
/** The model's pixels row by row. */
const valuesOf = (dem: Dem) =>
  Array.from({ length: dem.grid.width * dem.grid.height }, (_, i) =>
    demValue(dem, i % dem.grid.width, Math.floor(i / dem.grid.width)),
  );

describe('readElevationGeoTiff', () => {
  it('reads an EPSG:25832 Float32 raster with its georeferencing and values', async () => {
    const bytes = makeGeoTiff({ width: 4, height: 3, values: ramp(4, 3), origin: [720000, 6170000], pixelSize: 0.4 });
    const r = await readElevationGeoTiff(bytes, { file: 'DTM_1km_6169_720.tif' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const dem = r.value;
    expect(dem.crs).toBe('EPSG:25832');
    expect(dem.grid).toEqual({
      originX: 720000,
      originY: 6170000,
      pixelSizeX: 0.4,
      pixelSizeY: 0.4,
      width: 4,
      height: 3,
    });
    expect(valuesOf(dem)).toEqual(ramp(4, 3));
    expect(dem.kind).toBe('DTM');
    expect(dem.downsampleFactor).toBe(1);
    expect(r.warnings).toEqual([]);
    // Centre of pixel (col 1, row 2) holds 2·4 + 1 = 9.
    expect(demHeightAt(dem, 720000 + 1.5 * 0.4, 6170000 - 2.5 * 0.4)).toBeCloseTo(9, 5);
  });

  it('reads a GDAL-written LZW/predictor-3 tiled Float32 tile like Danmarks Højdemodel', async () => {
    const file = join(import.meta.dirname, '../../../fixtures/terrain/DTM_gdal_lzw_tiled.tif');
    const r = await readElevationGeoTiff(new Uint8Array(readFileSync(file)), { file: 'DTM_gdal_lzw_tiled.tif' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.crs).toBe('EPSG:25832');
    expect(r.value.grid).toEqual({
      originX: 720000,
      originY: 6170000,
      pixelSizeX: 0.4,
      pixelSizeY: 0.4,
      width: 64,
      height: 48,
    });
    expect(r.value.noData).toBe(-9999);
    expect(demValue(r.value, 0, 0)).toBeNaN();
    // Pixel (col 40, row 33) lies in the last tile column/row: 10 + 0.25·40 + 0.1·33 = 23.3 m.
    expect(demValue(r.value, 40, 33)).toBeCloseTo(23.3, 4);
    expect(demHeightAt(r.value, 720000 + 0.4 * 10.5, 6170000 - 0.4 * 5.5)).toBeCloseTo(13, 4);
  });

  it('reads a WGS84 (EPSG:4326) raster onto an EPSG:25832 lattice of its own ground resolution', async () => {
    // 0.01° pixels around 9.5°E 56°N; heights equal to the row index.
    const values = Array.from({ length: 10 * 10 }, (_, i) => Math.floor(i / 10));
    const bytes = makeGeoTiff({
      width: 10,
      height: 10,
      values,
      origin: [9.45, 56.05],
      pixelSize: 0.01,
      crs: 'EPSG:4326',
    });
    const r = await readElevationGeoTiff(bytes, { file: 'dsm.tif' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.crs).toBe('EPSG:25832');
    expect(r.value.sourceCrs).toBe('EPSG:4326');
    expect(r.value.kind).toBe('DSM');
    // 0.01° of longitude at 56°N is 111 320 · cos 56° = 622 m, of latitude 1113 m: the lattice takes the smaller.
    expect(r.value.grid.pixelSizeX).toBeCloseTo(622.5, 0);
    // 9.505°E 56.005°N lies in row 4 (56.05 − 56.005 = 0.045° = 4.5 rows), column 5: height 4.
    const { wgs84ToUtm32 } = await import('../../../../core/geo/projection');
    const [e, n] = wgs84ToUtm32([9.505, 56.005]);
    expect(demHeightAt(r.value, e, n)).toBe(4);
    // Outside the file's extent there is no data.
    const [eo, no] = wgs84ToUtm32([9.3, 56.0]);
    expect(demHeightAt(r.value, eo, no)).toBeNaN();
  });

  it('turns the GDAL NoData value into NaN and keeps the original value', async () => {
    const values = ramp(3, 3);
    values[4] = -9999;
    const r = await readElevationGeoTiff(
      makeGeoTiff({ width: 3, height: 3, values, origin: [0, 3], pixelSize: 1, noData: -9999 }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.noData).toBe(-9999);
    expect(Number.isNaN(demValue(r.value, 1, 1))).toBe(true);
    expect(demValue(r.value, 0, 1)).toBe(3);
  });

  it('refuses a raster in another CRS with the reprojection hint', async () => {
    const bytes = makeGeoTiff({
      width: 2,
      height: 2,
      values: ramp(2, 2),
      origin: [0, 0],
      pixelSize: 1,
      crs: { projected: 3857 },
    });
    const r = await readElevationGeoTiff(bytes, { file: 'merc.tif' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const [p] = r.problems;
    expect(p?.file).toBe('merc.tif');
    expect(p?.path).toBe('GeoKeyDirectory');
    expect(p?.message.en).toContain('EPSG:3857');
    expect(p?.hint?.en).toContain('gdalwarp -t_srs EPSG:25832');
    expect(p?.hint?.da).toContain('gdalwarp -t_srs EPSG:25832');
  });

  it('refuses a user-defined projection (ProjectedCSTypeGeoKey 32767)', async () => {
    const bytes = makeGeoTiff({
      width: 2,
      height: 2,
      values: ramp(2, 2),
      origin: [0, 0],
      pixelSize: 1,
      crs: { projected: 32767 },
    });
    const r = await readElevationGeoTiff(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message.en).toContain('user-defined');
  });

  it('refuses a rotated transform and accepts an axis-aligned ModelTransformation', async () => {
    const rotated = makeGeoTiff({
      width: 2,
      height: 2,
      values: ramp(2, 2),
      origin: [0, 0],
      pixelSize: 1,
      modelTransformation: [0.9, 0.1, 0, 500000, 0.1, -0.9, 0, 6200000, 0, 0, 0, 0, 0, 0, 0, 1],
    });
    const r = await readElevationGeoTiff(rotated);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message.en).toMatch(/rotated/);
    const straight = makeGeoTiff({
      width: 2,
      height: 2,
      values: ramp(2, 2),
      origin: [0, 0],
      pixelSize: 1,
      modelTransformation: [2, 0, 0, 500000, 0, -2, 0, 6200000, 0, 0, 0, 0, 0, 0, 0, 1],
    });
    const s = await readElevationGeoTiff(straight);
    expect(s.ok && s.value.grid).toEqual({
      originX: 500000,
      originY: 6200000,
      pixelSizeX: 2,
      pixelSizeY: 2,
      width: 2,
      height: 2,
    });
  });

  it('shifts a PixelIsPoint tie point to the pixel corner', async () => {
    const r = await readElevationGeoTiff(
      makeGeoTiff({ width: 2, height: 2, values: ramp(2, 2), origin: [100, 200], pixelSize: 10, pixelIsPoint: true }),
    );
    expect(r.ok && [r.value.grid.originX, r.value.grid.originY]).toEqual([95, 205]);
  });

  it('returns a problem, not an exception, for truncated bytes', async () => {
    const bytes = makeGeoTiff({ width: 50, height: 50, values: ramp(50, 50), origin: [0, 0], pixelSize: 1 });
    for (const length of [0, 4, 8, 100, bytes.length - 200]) {
      const r = await readElevationGeoTiff(bytes.subarray(0, length), { file: 'cut.tif' });
      expect(r.ok, `length ${length}`).toBe(false);
      if (!r.ok) expect(r.problems[0]?.file).toBe('cut.tif');
    }
  });

  it('refuses a raster over the pixel budget with pixels and MB when asked to', async () => {
    const bytes = makeGeoTiff({ width: 40, height: 30, values: ramp(40, 30), origin: [0, 0], pixelSize: 1 });
    const r = await readElevationGeoTiff(bytes, { maxPixels: 500, onTooLarge: 'refuse' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]?.message.en).toContain('40 × 30 = 1,200 px');
      expect(r.problems[0]?.message.en).toMatch(/MB/);
    }
  });

  it('by default downsamples an over-budget raster by block means and states the factor', async () => {
    // 40 × 30 = 1200 px against 500: factor 2 → 20 × 15 = 300 px.
    const values = ramp(40, 30);
    values[0] = -1; // NoData inside the first block is left out of its mean.
    const bytes = makeGeoTiff({ width: 40, height: 30, values, origin: [1000, 2000], pixelSize: 1, noData: -1 });
    const r = await readElevationGeoTiff(bytes, { maxPixels: 500 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.downsampleFactor).toBe(2);
    expect(r.value.grid).toEqual({ originX: 1000, originY: 2000, pixelSizeX: 2, pixelSizeY: 2, width: 20, height: 15 });
    expect(demValue(r.value, 0, 0)).toBeCloseTo((1 + 40 + 41) / 3, 5);
    // Block (row 1, col 3): source rows 2–3, cols 6–7 → mean of 86, 87, 126, 127.
    expect(demValue(r.value, 3, 1)).toBeCloseTo((86 + 87 + 126 + 127) / 4, 5);
    const factor = r.warnings.find((w) => w.message.en.includes('downsampled'));
    expect(factor?.message.en).toContain('factor of 2');
    expect(factor?.message.da).toContain('faktor 2');
  });

  /** Sets a TIFF's ImageWidth (256) and ImageLength (257) tags in place as LONG values (first IFD). */
  function declareSize(bytes: Uint8Array, size: number): Uint8Array {
    const out = bytes.slice();
    const view = new DataView(out.buffer);
    const le = out[0] === 0x49;
    const ifd = view.getUint32(4, le);
    for (let i = 0; i < view.getUint16(ifd, le); i++) {
      const at = ifd + 2 + i * 12;
      const tag = view.getUint16(at, le);
      if (tag !== 256 && tag !== 257) continue;
      view.setUint16(at + 2, 4, le); // LONG
      view.setUint32(at + 4, 1, le);
      view.setUint32(at + 8, size, le);
    }
    return out;
  }

  // A hang would fail these on the test timeout; the problem itself names the file and the tag.
  it('refuses an uncompressed header declaring 10⁶ × 10⁶ px as truncated, located at ImageWidth', async () => {
    const bytes = declareSize(
      makeGeoTiff({ width: 8, height: 8, values: ramp(8, 8), origin: [0, 0], pixelSize: 1 }),
      1_000_000,
    );
    const r = await readElevationGeoTiff(bytes, { file: 'huge.tif' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ file: 'huge.tif', path: 'ImageWidth' });
    expect(r.problems[0]?.message.en).toContain('1000000 × 1000000 px');
  });

  it('refuses a compressed header declaring 10⁶ × 10⁶ px before decoding: over the per-file decode limit', async () => {
    const file = join(import.meta.dirname, '../../../fixtures/terrain/DTM_gdal_lzw_tiled.tif');
    const bytes = declareSize(new Uint8Array(readFileSync(file)), 1_000_000);
    const r = await readElevationGeoTiff(bytes, { file: 'DTM_huge.tif' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ file: 'DTM_huge.tif', path: 'ImageWidth' });
    expect(r.problems[0]?.message.en).toContain("file's 1,000,000 × 1,000,000 px");
    expect(r.problems[0]?.hint?.en).toContain('gdal_retile');
  });

  it('never throws on random bytes (fast-check)', async () => {
    const valid = makeGeoTiff({ width: 8, height: 8, values: ramp(8, 8), origin: [0, 0], pixelSize: 1 });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const r = await readElevationGeoTiff(bytes);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    // Random corruption of a valid file: a problem or a Dem, never an exception.
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (edits) => {
          const bytes = valid.slice();
          for (const [at, value] of edits) bytes[at] = value;
          const r = await readElevationGeoTiff(bytes, { maxPixels: 10_000 });
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 200 },
    );
  });
});
