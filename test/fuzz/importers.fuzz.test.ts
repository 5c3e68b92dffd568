import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportFileResult } from '../../core/io/import-file';
import { createEmptyProject, loadProject, serializeProject } from '../../core/project';
import type { Problem } from '../../core/project/problem';
import { readElevationGeoTiff } from '../../core/terrain';
import { importData } from '../../renderer/state/actions';
import { makeGeoTiff } from '../unit/core/terrain/make-geotiff';
import { csvText, featureCollection, kmlText, kmzBytes } from './arbitraries';

const utf8 = (text: string) => new TextEncoder().encode(text);
const sample = readFileSync(join(__dirname, '../../data/samples/langeland.frekvensplan'), 'utf8');

/** A refusal must explain itself: at least one problem, each with both languages and the file name. */
function expectExplained(problems: Problem[], file: string): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.message.da.length).toBeGreaterThan(0);
    expect(p.message.en.length).toBeGreaterThan(0);
    expect(p.file).toBe(file);
  }
}

/**
 * The property of issue 11 ("validate at the boundary"): whatever an importer accepts can be applied, saved and
 * reopened, and comes back equal.
 */
function expectRoundTrip(result: ImportFileResult): void {
  if (!result.ok) return;
  let n = 0;
  const empty = createEmptyProject({ name: 'Fuzz', now: new Date('2025-01-01T00:00:00Z') });
  const applied = importData.perform(empty, { data: result.value.data, makeId: () => `id-${++n}` });
  const text = serializeProject(applied);
  const reopened = loadProject(text);
  if (!reopened.ok) throw new Error(`imported data does not reopen: ${JSON.stringify(reopened.problems.slice(0, 3))}`);
  expect(reopened.value.project).toEqual(applied);
  expect(serializeProject(reopened.value.project)).toBe(text);
}

function check(name: string, bytes: Uint8Array): void {
  const result = importFile(name, bytes);
  if (result.ok) expectRoundTrip(result);
  else expectExplained(result.problems, name);
  if (result.ok) for (const row of result.value.skipped) expectExplained(row.problems, name);
}

describe('fuzz: every importer answers with data that round-trips or with explained problems', () => {
  it('GeoJSON', () => {
    fc.assert(
      fc.property(featureCollection, fc.boolean(), (doc, utm) => {
        const withCrs = utm ? { ...doc, crs: { type: 'name', properties: { name: 'EPSG:25832' } } } : doc;
        check('fuzz.geojson', utf8(JSON.stringify(withCrs)));
      }),
      { numRuns: 400 },
    );
  });

  it('KML', () => {
    fc.assert(
      fc.property(kmlText, (kml) => check('fuzz.kml', utf8(kml))),
      { numRuns: 300 },
    );
  });

  it('KMZ, and KMZ bytes with random damage', () => {
    fc.assert(
      fc.property(kmzBytes, fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 4 }), (kmz, damage) => {
        check('fuzz.kmz', kmz);
        const damaged = kmz.slice();
        for (const [at, value] of damage) damaged[at % damaged.length] = value;
        check('fuzz.kmz', damaged);
      }),
      { numRuns: 200 },
    );
  });

  it('CSV (UTF-8 and Windows-1252)', () => {
    fc.assert(
      fc.property(csvText, fc.boolean(), (csv, latin1) => {
        const bytes = latin1 ? Uint8Array.from(csv, (c) => c.charCodeAt(0) & 0xff) : utf8(csv);
        check('fuzz.csv', bytes);
      }),
      { numRuns: 400 },
    );
  });

  it('random bytes under every extension', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('x.geojson', 'x.kml', 'x.kmz', 'x.csv'),
        (bytes, name) => check(name, bytes),
      ),
      { numRuns: 400 },
    );
  });

  it('GeoTIFF: small rasters and the same bytes with random damage', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 6 }),
        async (w, h, damage) => {
          const bytes = makeGeoTiff({
            width: w,
            height: h,
            values: Array.from({ length: w * h }, (_, i) => i),
            origin: [720000, 6170000],
            pixelSize: 1,
          });
          for (const [at, value] of damage) bytes[at % bytes.length] = value;
          const result = await readElevationGeoTiff(bytes, {
            file: 'fuzz.tif',
            maxPixels: 10_000,
            onTooLarge: 'refuse',
          });
          if (result.ok)
            expect(result.value.validPixels).toBeLessThanOrEqual(result.value.grid.width * result.value.grid.height);
          else expectExplained(result.problems, 'fuzz.tif');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the project loader on random edits of the sample (values, types, structure)', () => {
    const base = JSON.parse(sample) as Record<string, unknown>;
    const paths = (value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) => {
      out.push(prefix);
      if (out.length > 3000) return out;
      if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
      return out;
    };
    const all = paths(base).filter((p) => p.length > 0);
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(1e300, -1, 'x'.repeat(6000), null, [], {}),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(all.length - 1), replacement), { minLength: 1, maxLength: 3 }), (edits) => {
        const doc = structuredClone(base);
        for (const [index, value] of edits) {
          const path = all[index] as (string | number)[];
          let target = doc as Record<string | number, unknown>;
          for (const key of path.slice(0, -1)) target = (target?.[key] ?? {}) as Record<string | number, unknown>;
          if (target && typeof target === 'object') target[path[path.length - 1] as string | number] = value;
        }
        const result = loadProject(JSON.stringify(doc), { file: 'fuzz.frekvensplan' });
        if (result.ok) expect(loadProject(serializeProject(result.value.project)).ok).toBe(true);
        else expectExplained(result.problems, 'fuzz.frekvensplan');
      }),
      { numRuns: 400 },
    );
  });
});
