// `npm run bench` (or `npm run --silent bench -- --json` for one JSON object per line).
// Benchmarks report numbers; nothing here asserts on time.
import { report } from './harness';
import { coverageBenchmarks } from './coverage.bench';
import { projectIoBenchmarks } from './project-io.bench';
import { storeBenchmarks } from './store.bench';
import { terrainBenchmarks } from './terrain.bench';

const json = process.argv.includes('--json');
const suites = [projectIoBenchmarks, storeBenchmarks, coverageBenchmarks, terrainBenchmarks];
for (const suite of suites) for (const result of suite()) report(result, json);
if (!json)
  process.stdout.write(`node ${process.version}, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
