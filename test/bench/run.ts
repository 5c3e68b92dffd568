// `npm run bench` (or `npm run --silent bench -- --json` for one JSON object per line).
// Benchmarks report numbers; nothing here asserts on time.
import { report } from './harness';
import { calibrationBenchmarks } from './calibration.bench';
import { coverageBenchmarks } from './coverage.bench';
import { hostileInputBenchmarks } from './hostile-input.bench';
import { projectIoBenchmarks } from './project-io.bench';
import { storeBenchmarks } from './store.bench';
import { terrainBenchmarks } from './terrain.bench';

const json = process.argv.includes('--json');
const all = {
  project: projectIoBenchmarks,
  hostile: hostileInputBenchmarks,
  store: storeBenchmarks,
  coverage: coverageBenchmarks,
  terrain: terrainBenchmarks,
  calibration: calibrationBenchmarks,
};
// `npm run bench -- terrain` runs one suite.
const chosen = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const suites = Object.entries(all)
  .filter(([name]) => chosen.length === 0 || chosen.includes(name))
  .map(([, suite]) => suite);
for (const suite of suites) for (const result of await suite()) report(result, json);
if (!json)
  process.stdout.write(`node ${process.version}, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
