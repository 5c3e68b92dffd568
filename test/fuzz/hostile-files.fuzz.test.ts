import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBounded, type ParseLimits } from '../../node/bounded-parse';
import type { ParseRequest } from '../../node/parse-job';

/**
 * Generated hostile files, each parsed the way the CLI parses untrusted files: in a child process with a heap
 * limit and a timeout. Every one must come back as a result or as located problems; none may take the test
 * process down (issue 11: C1, C2, H1, H2, H3 and the zip bomb).
 */
const LIMITS: ParseLimits = { timeoutMs: 45_000, memoryMb: 512 };
const utf8 = (text: string) => new TextEncoder().encode(text);

async function expectAnswer(request: ParseRequest): Promise<{ ok: boolean; text: string }> {
  const result = await parseBounded(request, LIMITS);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems[0]?.file).toBe(request.name);
    expect(result.problems[0]?.message.da.length).toBeGreaterThan(0);
  }
  return { ok: result.ok, text: JSON.stringify(result.ok ? '' : result.problems).slice(0, 2000) };
}

const ring = (n: number): number[][] => {
  const pts = Array.from({ length: n }, (_, i) => [
    10.7 + 0.05 * Math.cos((2 * Math.PI * i) / n),
    54.9 + 0.05 * Math.sin((2 * Math.PI * i) / n),
  ]);
  return [...pts, pts[0] as number[]];
};

/** A real DHM-style tile (GDAL, LZW, 64 × 48 px) whose header is rewritten to declare `width` × `height` pixels. */
function hugeHeaderTiff(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../fixtures/terrain/DTM_gdal_lzw_tiled.tif')));
  const view = new DataView(bytes.buffer);
  const ifd = view.getUint32(4, true);
  for (let i = 0; i < view.getUint16(ifd, true); i++) {
    const entry = ifd + 2 + i * 12;
    const tag = view.getUint16(entry, true);
    if (tag !== 256 && tag !== 257) continue;
    view.setUint16(entry + 2, 4, true); // LONG
    view.setUint32(entry + 8, tag === 256 ? width : height, true);
  }
  return bytes;
}

// Each case is bounded by the child's limits; the test timeout only has to outlast them on a busy machine.
describe('fuzz: hostile files are answered, bounded in time and memory', { timeout: 240_000 }, () => {
  it('a project nested a million arrays deep', async () => {
    const deep = `{"schemaVersion":5,"meta":${'['.repeat(1e6)}${']'.repeat(1e6)}}`;
    const answer = await expectAnswer({ kind: 'project', name: 'deep.frekvensplan', bytes: utf8(deep) });
    expect(answer.ok).toBe(false);
    expect(answer.text).toContain('meta');
  });

  it('GeoJSON coordinates nested a million arrays deep, and 100,000 nested GeometryCollections (C2)', async () => {
    const coords = `{"type":"Point","coordinates":${'['.repeat(1e6)}${']'.repeat(1e6)}}`;
    expect((await expectAnswer({ kind: 'import', name: 'deep.geojson', bytes: utf8(coords) })).ok).toBe(false);
    const collections =
      '{"type":"GeometryCollection","geometries":['.repeat(1e5) +
      '{"type":"Point","coordinates":[10,55]}' +
      ']}'.repeat(1e5);
    const answer = await expectAnswer({ kind: 'import', name: 'nested.geojson', bytes: utf8(collections) });
    expect(answer.text).toContain('nested more than');
  });

  it('KML nested 50,000 elements deep and MultiGeometry 1,000 deep', async () => {
    const deep = `<kml>${'<Folder>'.repeat(5e4)}${'</Folder>'.repeat(5e4)}</kml>`;
    expect((await expectAnswer({ kind: 'import', name: 'deep.kml', bytes: utf8(deep) })).text).toContain('nested');
    const multi = `<kml><Placemark>${'<MultiGeometry>'.repeat(1000)}${'</MultiGeometry>'.repeat(1000)}</Placemark></kml>`;
    expect((await expectAnswer({ kind: 'import', name: 'multi.kml', bytes: utf8(multi) })).ok).toBe(false);
  });

  it('a 200,000-corner ring as GeoJSON and as KML, and a 200,000-point line (C2, H3)', async () => {
    const polygon = { type: 'Polygon', coordinates: [ring(200_000)] };
    const line = { type: 'LineString', coordinates: ring(200_000).slice(0, -1) };
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [polygon, line].map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
    });
    expect((await expectAnswer({ kind: 'import', name: 'ring.geojson', bytes: utf8(geojson) })).ok).toBe(true);
    const kml = `<kml><Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>${ring(200_000)
      .map((p) => p.join(','))
      .join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>`;
    expect((await expectAnswer({ kind: 'import', name: 'ring.kml', bytes: utf8(kml) })).ok).toBe(true);
  });

  it('a CSV with a 10 MB header line of a million columns, and a 20 MB CSV within 512 MB of heap (H1)', async () => {
    const wide = `${Array.from({ length: 1e6 }, (_, i) => `kolonne${i}`).join(';')}\nA;55,1;10,7\n`;
    expect((await expectAnswer({ kind: 'import', name: 'wide.csv', bytes: utf8(wide) })).text).toContain(
      'Columns missing',
    );
    const row = `Site;55,123;10,700;25;mast;${'Bemærkning '.repeat(20)}\r\n`;
    const big = `navn;lat;lon;højde;type;noter\r\n${row.repeat(Math.ceil(20e6 / row.length))}`;
    // Windows-1252 bytes: the decoder's fallback path, the slower one.
    const bytes = Uint8Array.from(big, (c) => c.charCodeAt(0) & 0xff);
    expect((await expectAnswer({ kind: 'import', name: 'big.csv', bytes })).ok).toBe(true);
  });

  it('KMZ zip bombs: an honest one (ratio) and one whose header lies about its size', async () => {
    const bomb = zipSync({ 'doc.kml': new Uint8Array(64 * 1024 * 1024) }, { level: 1 });
    expect((await expectAnswer({ kind: 'import', name: 'bomb.kmz', bytes: bomb })).text).toContain('zip bomb');
    // Rewrite the declared uncompressed size (local header and central directory) to 1 KB.
    const liar = zipSync({ 'doc.kml': strToU8(`<kml>${' '.repeat(8 * 1024 * 1024)}</kml>`) }, { level: 1 });
    const view = new DataView(liar.buffer);
    for (let i = 0; i < liar.length - 4; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 1024, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 1024, true);
    }
    await expectAnswer({ kind: 'import', name: 'liar.kmz', bytes: liar });
  });

  it('the corrupt 1.8 KB LZW GeoTIFF that aborted the process (C1)', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, 'fixtures/corrupt-lzw.tif')));
    expect((await expectAnswer({ kind: 'geotiff', name: 'corrupt-lzw.tif', bytes })).text).toContain('LZW');
  });

  it('a 1.8 KB GeoTIFF whose header declares 200,000 × 200,000 pixels (H2)', async () => {
    // Until the reader checks header dimensions before allocating, the child's limits are what stop it.
    const request: ParseRequest = { kind: 'geotiff', name: 'huge.tif', bytes: hugeHeaderTiff(200_000, 200_000) };
    const result = await parseBounded(request, { timeoutMs: 20_000, memoryMb: 512 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.file).toBe('huge.tif');
  });
});
