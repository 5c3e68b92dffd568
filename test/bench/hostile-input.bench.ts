import { kinks, polygon } from '@turf/turf';
import { strToU8, zipSync } from 'fflate';
import { firstSelfIntersection } from '../../core/io/self-intersection';
import { decodeText } from '../../core/io/text-decode';
import { importCsvSites } from '../../core/io/csv-sites';
import { importKmz } from '../../core/io/kml-import';
import { loadProject } from '../../core/project';
import type { Position } from '../../core/project/schema';
import type { BenchResult } from './harness';

const time = (fn: () => unknown): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

function ring(n: number): Position[] {
  const pts = Array.from({ length: n }, (_, i): Position => [
    10.7 + 0.05 * Math.cos((2 * Math.PI * i) / n),
    54.9 + 0.05 * Math.sin((2 * Math.PI * i) / n),
  ]);
  return [...pts, pts[0] as Position];
}

/**
 * The inputs issue 11 found slow (H1, H3, H4), measured once each in this run. The O(n²) turf check is timed at
 * 10k corners only, beside the R-tree check at the same size, so their ratio is from one run.
 */
export function hostileInputBenchmarks(): BenchResult[] {
  const text50 = new Uint8Array(50 * 1024 * 1024).fill(0x61);
  text50[7] = 0xff; // not UTF-8: the Windows-1252 path
  const row = `Site;55,123;10,700;25;mast;${'Bemærkning '.repeat(20)}\r\n`;
  const csv = new TextEncoder().encode(`navn;lat;lon;højde;type;noter\r\n${row.repeat(Math.ceil(20e6 / row.length))}`);
  const bomb = zipSync({ 'doc.kml': new Uint8Array(64 * 1024 * 1024) }, { level: 1 });
  const kml = strToU8(`<kml><Placemark><Point><coordinates>10.7,54.9</coordinates></Point></Placemark></kml>`);
  const kmz = zipSync({ 'doc.kml': kml });
  const r10k = ring(10_000);
  const r120k = ring(120_000);
  // Warm both checks up on a small ring first, so neither pays for compilation.
  kinks(polygon([ring(200)]));
  firstSelfIntersection([ring(200)]);
  const turf10k = time(() => kinks(polygon([r10k])));
  const rtree10k = time(() => firstSelfIntersection([r10k]));
  const rtree120k = time(() => firstSelfIntersection([r120k]));
  const project = JSON.stringify({
    schemaVersion: 5,
    meta: { name: 'Stor', createdAt: '2025-01-01T00:00:00Z', modifiedAt: '2025-01-01T00:00:00Z' },
    sites: Array.from({ length: 12_000 }, (_, i) => ({
      id: `s${i}`,
      name: `Site ${i}`,
      lon: 10.7,
      lat: 54.9,
      notes: 'x'.repeat(5000),
    })),
  });
  return [
    { name: 'hostile.decode.50MB-windows-1252', ms: time(() => decodeText(text50)) },
    { name: 'hostile.csv.20MB', ms: time(() => importCsvSites(csv)), rows: Math.ceil(20e6 / row.length) },
    { name: 'hostile.kmz.bomb-64MB-refused', ms: time(() => importKmz(bomb)), packedKB: bomb.length / 1024 },
    { name: 'hostile.kmz.small', ms: time(() => importKmz(kmz)) },
    { name: 'hostile.self-intersection.10k', rtreeMs: rtree10k, turfKinksMs: turf10k, speedup: turf10k / rtree10k },
    { name: 'hostile.self-intersection.120k', rtreeMs: rtree120k },
    { name: 'hostile.project.load.60MB', ms: time(() => loadProject(project)), sizeMB: project.length / 1024 / 1024 },
  ];
}
