import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLzwBounded } from '../../../../core/io/lzw';
import { demValue, readElevationGeoTiff } from '../../../../core/terrain';

const TERRAIN = join(import.meta.dirname, '../../../fixtures/terrain');
const read = (file: string) => new Uint8Array(readFileSync(file));

/** The fixture's documented heights: 10 + 0.25·col + 0.1·row m, pixel (0, 0) NoData (fixtures/terrain/README.md). */
function expectedHeight(col: number, row: number): number {
  return col === 0 && row === 0 ? NaN : 10 + 0.25 * col + 0.1 * row;
}

describe('bounded GeoTIFF decoders', () => {
  for (const file of ['DTM_gdal_lzw_tiled.tif', 'DTM_gdal_deflate_tiled.tif', 'DTM_gdal_packbits_strips.tif']) {
    it(`decode GDAL's ${file.split('_')[2]} encoding to the documented heights`, async () => {
      const r = await readElevationGeoTiff(read(join(TERRAIN, file)), { file });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const { width, height } = r.value.grid;
      expect([width, height]).toEqual([64, 48]);
      for (let row = 0; row < height; row++)
        for (let col = 0; col < width; col++) {
          const v = demValue(r.value, col, row);
          const want = expectedHeight(col, row);
          if (Number.isNaN(want)) expect(v).toBeNaN();
          else expect(v).toBeCloseTo(want, 4);
        }
    });
  }

  it('turns the corrupt 1.8 KB LZW tile that exhausted the heap (C1) into a located problem', async () => {
    const r = await readElevationGeoTiff(read(join(import.meta.dirname, '../../../fuzz/fixtures/corrupt-lzw.tif')), {
      file: 'corrupt-lzw.tif',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.file).toBe('corrupt-lzw.tif');
    expect(r.problems[0]?.message.en).toMatch(/cannot be read as a GeoTIFF: invalid LZW code/);
  });

  it('decodes LZW to at most the block size or throws, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.integer({ min: 1, max: 5000 }), (bytes, maxBytes) => {
        try {
          expect(decodeLzwBounded(bytes, maxBytes).length).toBeLessThanOrEqual(maxBytes);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/LZW/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes a hand-made LZW stream with a KwKwK code (TIFF 6.0 §13)', () => {
    // Codes (9 bit): CLEAR, 'a', 258 (= "aa", not yet in the table), EOI  →  "aaa".
    const codes = [256, 97, 258, 257];
    const bits = codes.map((c) => c.toString(2).padStart(9, '0')).join('');
    const bytes = new Uint8Array(Math.ceil(bits.length / 8));
    for (let i = 0; i < bits.length; i++) if (bits[i] === '1') bytes[i >> 3]! |= 0x80 >> (i & 7);
    expect(new TextDecoder().decode(decodeLzwBounded(bytes, 10))).toBe('aaa');
    expect(() => decodeLzwBounded(bytes, 2)).toThrow(/more than the block's 2 bytes/);
  });

  it('refuses compressions that are lossy or need WebAssembly, naming them', async () => {
    const bytes = read(join(TERRAIN, 'DTM_gdal_lzw_tiled.tif'));
    // Patch the Compression tag (259) value from 5 (LZW) to 7 (JPEG) in the first IFD.
    const view = new DataView(bytes.buffer);
    const ifd = view.getUint32(4, true);
    const count = view.getUint16(ifd, true);
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      if (view.getUint16(entry, true) === 259) view.setUint16(entry + 8, 7, true);
    }
    const r = await readElevationGeoTiff(bytes, { file: 'jpeg.tif' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message.en).toMatch(/JPEG compression is not supported.*use LZW or Deflate/);
  });
});
