// Writes the SYNTHETIC sample measurement files for the Langeland sample (run: npx tsx scripts/build-sample-measurements.ts).
// They are made from the model itself plus known offsets and seeded noise, to try calibration with; not real data.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurementsToCsv, routePoints, seededRandom, syntheticMeasurements } from '../core/calibration';
import { radioCellsOf } from '../core/coverage';
import { loadProject } from '../core/project';

const dir = join(import.meta.dirname, '..', 'data', 'samples');
const loaded = loadProject(readFileSync(join(dir, 'langeland.frekvensplan'), 'utf8'));
if (!loaded.ok) throw new Error('the sample project does not load');
const cells = radioCellsOf({ sites: loaded.value.project.sites });
const source = 'SYNTETISK/SYNTHETIC';

// A drive along the roads Rudkøbing → Spodsbjerg and Rudkøbing → Humble → Bagenkop, a sample every 10 m at 1.5 m.
const drive = [
  ...routePoints(
    [
      [10.714, 54.9395],
      [10.75, 54.936],
      [10.79, 54.932],
      [10.829, 54.9308],
    ],
    10,
  ),
  ...routePoints(
    [
      [10.714, 54.9395],
      [10.715, 54.92],
      [10.72, 54.9],
      [10.715, 54.87],
      [10.709, 54.833],
      [10.7, 54.8],
      [10.69, 54.775],
      [10.6758, 54.7548],
    ],
    10,
  ),
];
const driveSet = syntheticMeasurements({
  cells,
  points: drive,
  offsetDb: { UMa: 4, RMa: -3 },
  noiseStdDb: 6,
  random: seededRandom(20260501),
  losMode: 'blend-mean-db',
  heightM: 1.5,
  withCellIds: true,
});
const driveFile = 'langeland-drive-test-synthetic.csv';
writeFileSync(
  join(dir, driveFile),
  measurementsToCsv(driveSet, { crs: 'EPSG:4326', danish: true, start: new Date('2026-05-01T10:00:00Z'), source }),
);
console.log(`wrote data/samples/${driveFile}: ${driveSet.count} rows (true offsets UMa +4 dB, RMa −3 dB, σ 6 dB)`);

// A drone flight along the emergency corridor Rudkøbing → Bagenkop, climbing to 100 m and back, every 20 m.
const corridor = loaded.value.project.corridors[0];
if (!corridor) throw new Error('the sample has no corridor');
const path = routePoints(corridor.coordinates as [number, number][], 20);
const flight = path.map(([e, n], i): [number, number, number] => {
  const climb = Math.min(i, path.length - 1 - i) * 2; // 2 m per 20 m step up and down
  return [e, n, Math.min(corridor.altitudeM, 2 + climb)];
});
const flightSet = syntheticMeasurements({
  cells,
  points: flight,
  offsetDb: { 'RMa-AV': -2, 'UMa-AV': -2, RMa: -3, UMa: 4 },
  noiseStdDb: 4,
  random: seededRandom(20260502),
  losMode: 'blend-mean-db',
  heightM: 1.5,
  withCellIds: false,
});
const flightFile = 'langeland-drone-flight-synthetic.csv';
writeFileSync(
  join(dir, flightFile),
  measurementsToCsv(flightSet, { crs: 'EPSG:25832', danish: false, start: new Date('2026-05-02T09:00:00Z'), source }),
);
console.log(`wrote data/samples/${flightFile}: ${flightSet.count} rows (true offsets RMa-AV/UMa-AV −2 dB, σ 4 dB)`);
