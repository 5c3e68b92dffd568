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
