#!/usr/bin/env node
// Generates the offline basemap (data/basemap/denmark-land.json) from the npm package
// @geo-maps/countries-land-100m (OpenStreetMap land polygons, ODbL). Runs at install time
// (postinstall) and is idempotent: it skips work when the output is newer than its input.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'data', 'basemap', 'denmark-land.json');
const require = createRequire(import.meta.url);

/** WGS84 window [west, south, east, north] covering Denmark and its neighbours' coasts. */
const BBOX = [7.0, 54.2, 15.6, 57.95];
const COUNTRIES = new Set(['DNK', 'SWE', 'DEU']);
/** Douglas–Peucker tolerance in degrees (~11 m north–south). */
const TOLERANCE_DEG = 0.0001;

let source;
try {
  source = require.resolve('@geo-maps/countries-land-100m/map.geo.json');
} catch {
  console.warn(
    'basemap: @geo-maps/countries-land-100m is not installed (production install?); keeping the existing basemap.',
  );
  process.exit(0);
}
if (existsSync(outFile) && statSync(outFile).mtimeMs > statSync(source).mtimeMs && !process.argv.includes('--force')) {
  console.log(`basemap: ${outFile} is up to date`);
  process.exit(0);
}

const turf = await import('@turf/turf');
const started = Date.now();
const world = JSON.parse(readFileSync(source, 'utf8'));
const round = (v) => Math.round(v * 1e5) / 1e5;
const features = [];
for (const country of world.features) {
  const a3 = country.properties?.A3;
  if (!COUNTRIES.has(a3)) continue;
  const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  for (const coordinates of polygons) {
    const polygon = turf.polygon(coordinates);
    const [w, s, e, n] = turf.bbox(polygon);
    if (e < BBOX[0] || w > BBOX[2] || n < BBOX[1] || s > BBOX[3]) continue;
    const clipped = turf.bboxClip(polygon, BBOX);
    const simplified = turf.simplify(clipped, { tolerance: TOLERANCE_DEG, highQuality: false, mutate: true });
    const rings = simplified.geometry.coordinates
      .map((ring) => ring.map(([x, y]) => [round(x), round(y)]))
      .filter((ring) => ring.length >= 4);
    if (rings.length === 0) continue;
    features.push({ type: 'Feature', properties: { a3 }, geometry: { type: 'Polygon', coordinates: rings } });
  }
}
const collection = {
  type: 'FeatureCollection',
  properties: {
    source: '@geo-maps/countries-land-100m 0.6.0',
    attribution: '© OpenStreetMap contributors (ODbL)',
    bbox: BBOX,
    toleranceDeg: TOLERANCE_DEG,
  },
  features,
};
mkdirSync(dirname(outFile), { recursive: true });
const tmp = `${outFile}.tmp`;
writeFileSync(tmp, JSON.stringify(collection));
renameSync(tmp, outFile);
const sizeMB = statSync(outFile).size / 1e6;
console.log(
  `basemap: wrote ${features.length} land polygons, ${sizeMB.toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
