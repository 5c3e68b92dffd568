import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaKm2Utm32 } from '../../../../core/geo/measure';
import { importGeoJson } from '../../../../core/io/geojson-import';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../fixtures/io', name), 'utf8');

describe('importGeoJson', () => {
  it('maps points to sites, lines to corridors and polygons to areas, keeping æøå names', () => {
    const result = importGeoJson(fixture('sites-aero.geojson'), { file: 'sites-aero.geojson' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { data, summary } = result.value;
    expect(data.sites.map((s) => s.name)).toEqual(['Ærøskøbing Vandværk', 'Søby Havn']);
    expect(data.sites[1]?.antennaHeightM).toBe(18);
    expect(data.corridors[0]).toMatchObject({ name: 'Marstal–Søby', widthM: 250, altitudeM: 80 });
    expect(data.areas[0]).toMatchObject({ name: 'Ærø lejeområde', kind: 'lease' });
    expect(summary).toMatchObject({
      format: 'geojson',
      crs: 'EPSG:4326',
      featureCount: 5,
      byGeometry: { Point: 2, LineString: 1, Polygon: 1 },
    });
    // The null-geometry feature is skipped with a located warning.
    expect(result.warnings.map((w) => w.path)).toContain('features[4].geometry');
  });

  it('rewinds a clockwise outer ring to the right-hand rule', () => {
    const result = importGeoJson(fixture('sites-aero.geojson'));
    if (!result.ok) throw new Error('must import');
    const ring = result.value.data.areas[0]?.geometry.coordinates[0] as number[][];
    // Counter-clockwise: the second vertex is east of the first along the southern edge.
    expect(ring[1]?.[0]).toBeGreaterThan(ring[0]?.[0] as number);
  });

  it('reads the legacy crs member for EPSG:25832 and converts to WGS84', () => {
    const result = importGeoJson(fixture('utm32-area.geojson'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.summary.crs).toBe('EPSG:25832');
    const area = result.value.data.areas[0];
    expect(area && areaKm2Utm32(area.geometry)).toBeCloseTo(1, 6);
  });

  it('refuses projected metres without a crs, with a hint', () => {
    const text = fixture('utm32-area.geojson').replace(/"crs"[^}]*}[^}]*},/, '');
    const result = importGeoJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.hint?.en).toContain('EPSG:25832');
  });

  it('rejects a self-intersecting polygon with the crossing location', () => {
    const result = importGeoJson(fixture('bowtie.geojson'), { file: 'bowtie.geojson' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.message.en).toContain('intersects itself at 55.05000, 10.05000');
      expect(result.problems[0]?.file).toBe('bowtie.geojson');
    }
  });

  it('warns about swapped coordinates outside Denmark', () => {
    const result = importGeoJson(fixture('swapped.geojson'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings[0]?.hint?.en).toContain('swapped');
  });

  it('closes an open ring with a warning', () => {
    const text = JSON.stringify({
      type: 'Polygon',
      coordinates: [
        [
          [10, 55],
          [10.1, 55],
          [10.1, 55.1],
        ],
      ],
    });
    const result = importGeoJson(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings[0]?.message.en).toContain('has been closed');
  });

  it.each([
    ['', 'The file is empty.'],
    ['{"type":"FeatureCollection","features":[', 'not valid JSON'],
    ['{"features":[]}', 'not GeoJSON'],
    ['{"type":"Feature","geometry":{"type":"Circle","coordinates":[1,2]}}', 'Unknown geometry type'],
    ['{"type":"Point","coordinates":["a",2]}', 'Invalid position'],
  ])('explains bad input %#', (text, message) => {
    const result = importGeoJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message.en).toContain(message);
  });

  it('locates values the project schema refuses instead of importing them (D1)', () => {
    const fc = (features: object[]) => JSON.stringify({ type: 'FeatureCollection', features });
    const point = (props: object) => ({
      type: 'Feature',
      properties: props,
      geometry: { type: 'Point', coordinates: [10.7, 54.9] },
    });
    const line = (props: object) => ({
      type: 'Feature',
      properties: props,
      geometry: {
        type: 'LineString',
        coordinates: [
          [10.7, 54.9],
          [10.8, 54.95],
        ],
      },
    });
    const result = importGeoJson(
      fc([
        point({ antennaHeightM: 1e9 }),
        line({ widthM: -5 }),
        line({ altitudeM: 1e6 }),
        point({ antennaHeightM: 'høj' }),
      ]),
      { file: 'd1.geojson' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}: ${p.message.en}`)).toEqual([
      'features[0].properties.antennaHeightM: Must be at most 300.',
      'features[1].properties.widthM: Must be greater than 0.',
      'features[2].properties.altitudeM: Must be at most 500.',
      'features[3].properties.antennaHeightM: Must be a number, but is "høj".',
    ]);
    expect(result.problems.every((p) => p.file === 'd1.geojson')).toBe(true);
  });

  it('refuses EPSG:25832 coordinates that overflow to Infinity instead of importing null positions (D1)', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1e300, 1e300] } }],
    });
    const result = importGeoJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.path).toBe('features[0].geometry.coordinates');
      expect(result.problems[0]?.message.en).toContain('not a valid EPSG:25832 position');
    }
  });

  it('reads 100,000 nested GeometryCollections without overflowing the stack: a located problem (C2)', () => {
    let geometry = '{"type":"Point","coordinates":[10.7,54.9]}';
    const depth = 100_000;
    geometry = '{"type":"GeometryCollection","geometries":['.repeat(depth) + geometry + ']}'.repeat(depth);
    const result = importGeoJson(geometry);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message.en).toContain('nested more than 32 levels');
  });

  it('imports a 120,000-point corridor and a 120,000-corner area (C2, H3)', () => {
    const n = 120_000;
    const line = Array.from({ length: n }, (_, i) => [10 + (i / n) * 0.5, 55 + Math.sin(i / 100) * 0.01]);
    const ring = Array.from({ length: n }, (_, i) => [
      10.7 + 0.05 * Math.cos((2 * Math.PI * i) / n),
      54.9 + 0.05 * Math.sin((2 * Math.PI * i) / n),
    ]);
    ring.push(ring[0] as number[]);
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Lang' }, geometry: { type: 'LineString', coordinates: line } },
        { type: 'Feature', properties: { name: 'Rund' }, geometry: { type: 'Polygon', coordinates: [ring] } },
      ],
    });
    const result = importGeoJson(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data.corridors[0]?.coordinates).toHaveLength(n);
    expect(result.value.data.areas[0]?.geometry.coordinates[0]).toHaveLength(n + 1);
    expect(result.value.summary.bboxWgs84?.[0]).toBeCloseTo(10, 6);
  });

  it('accepts a byte-order mark', () => {
    expect(importGeoJson(`\uFEFF${fixture('swapped.geojson')}`).ok).toBe(true);
  });

  it('never throws on random JSON or random text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => void importGeoJson(JSON.stringify(v))),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => void importGeoJson(t)),
      { numRuns: 300 },
    );
  });

  it('imports any random valid point collection inside Denmark without warnings', () => {
    const point = fc.tuple(
      fc.double({ min: 8, max: 15, noNaN: true }),
      fc.double({ min: 54.6, max: 57.7, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 20 }), (points) => {
        const text = JSON.stringify({
          type: 'FeatureCollection',
          features: points.map((p) => ({
            type: 'Feature',
            properties: {},
            geometry: { type: 'Point', coordinates: p },
          })),
        });
        const result = importGeoJson(text);
        expect(result.ok && result.value.data.sites.length).toBe(points.length);
        expect(result.ok && result.warnings).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
