import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  calibrationStats,
  compareMeasurements,
  fitCalibration,
  nativeDecoder,
  parseMeasurementsCsv,
  seededRandom,
  sha256Hex,
} from '../../core/calibration';
import { radioCellsOf } from '../../core/coverage';
import { utm32ToWgs84, wgs84ToUtm32 } from '../../core/geo/projection';
import { loadProject } from '../../core/project';
import type { BenchResult } from './harness';

const root = join(import.meta.dirname, '../..');

/** A drive-test CSV of `rows` rows (Danish format) within 4 km of the sample's sites with cells. */
function driveCsv(rows: number, withCells: boolean, heights: boolean): Uint8Array {
  const loaded = loadProject(readFileSync(join(root, 'data/samples/langeland.frekvensplan'), 'utf8'));
  if (!loaded.ok) throw new Error('sample must load');
  const sites = loaded.value.project.sites.filter((s) => s.cells.length > 0);
  const random = seededRandom(1);
  const lines = [heights ? 'bredde;laengde;rsrp;hoejde;celle' : 'bredde;laengde;rsrp;celle'];
  for (let i = 0; i < rows; i++) {
    const site = sites[i % sites.length]!;
    const [e, n] = wgs84ToUtm32([site.lon, site.lat]);
    const r = 20 + random() * 4000;
    const a = random() * 2 * Math.PI;
    const [lon, lat] = utm32ToWgs84([e + r * Math.sin(a), n + r * Math.cos(a)]);
    const cell = withCells ? site.cells[i % site.cells.length]!.id : '';
    const h = heights ? `;${(1.5 + random() * 150).toFixed(1).replace('.', ',')}` : '';
    lines.push(
      `${lat.toFixed(6).replace('.', ',')};${lon.toFixed(6).replace('.', ',')};${(-60 - random() * 60).toFixed(1).replace('.', ',')}${h};${cell}`,
    );
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

/** Runs fn once; returns its value and the CPU time it took in ms (wall time misleads on a shared machine). */
function time<T>(fn: () => T): [T, number] {
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return [value, (used.user + used.system) / 1000];
}

/** Calibration on a million-row drive test: hash, parse, compare (best server; measured cell; drone heights), fit. */
export function calibrationBenchmarks(): BenchResult[] {
  const loaded = loadProject(readFileSync(join(root, 'data/samples/langeland.frekvensplan'), 'utf8'));
  if (!loaded.ok) throw new Error('sample must load');
  const cells = radioCellsOf({ sites: loaded.value.project.sites });
  const options = { losMode: 'blend-mean-db' as const, defaultHeightM: 1.5 };
  const results: BenchResult[] = [];
  for (const [label, withCells, heights] of [
    ['best-server', false, false],
    ['measured-cell', true, false],
    ['drone-heights', true, true],
  ] as const) {
    const bytes = driveCsv(1_000_000, withCells, heights);
    const [, hashMs] = time(() => sha256Hex(bytes));
    const [parsed, parseMs] = time(() => parseMeasurementsCsv(bytes, { decode: nativeDecoder(TextDecoder) }));
    if (!parsed.ok) throw new Error('bench CSV must parse');
    const set = parsed.value.set;
    const [comparison, compareMs] = time(() => compareMeasurements(set, cells, options));
    const [, statsMs] = time(() => calibrationStats(set, comparison));
    const [, fitMs] = time(() => fitCalibration(set, comparison, { slope: true }));
    results.push({
      name: `calibration.1e6-rows.${label}`,
      sizeMB: bytes.length / 1e6,
      sha256CpuMs: hashMs,
      parseCpuMs: parseMs,
      compareCpuMs: compareMs,
      statsCpuMs: statsMs,
      fitCpuMs: fitMs,
      heightStepPercent: comparison.heightStepPercent,
    });
  }
  return results;
}
