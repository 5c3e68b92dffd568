import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importCsvSites } from '../../core/io/csv-sites';
import { loadProject, serializeProject } from '../../core/project';
import { timeIt, type BenchResult } from './harness';

const root = join(import.meta.dirname, '../..');

/** Loading and saving project documents, and importing a large CSV site list. */
export function projectIoBenchmarks(): BenchResult[] {
  const sample = readFileSync(join(root, 'data/samples/langeland.frekvensplan'), 'utf8');
  const loaded = loadProject(sample);
  if (!loaded.ok) throw new Error('sample must load');
  const big = {
    ...loaded.value.project,
    sites: Array.from({ length: 5000 }, (_, i) => ({
      ...(loaded.value.project.sites[0] as (typeof loaded.value.project.sites)[number]),
      id: `s${i}`,
      name: `Site ${i}`,
    })),
  };
  const bigText = serializeProject(big);
  const csvLines = ['navn;bredde;længde;højde'];
  for (let i = 0; i < 10000; i++)
    csvLines.push(
      `Site ${i};${(54.7 + (i % 1000) / 2000).toFixed(5).replace('.', ',')};${(10.6 + i / 40000).toFixed(5).replace('.', ',')};25`,
    );
  const csv = new TextEncoder().encode(csvLines.join('\r\n'));
  const load = timeIt(() => loadProject(sample));
  const loadBig = timeIt(() => loadProject(bigText));
  const save = timeIt(() => serializeProject(big));
  const csvImport = timeIt(() => importCsvSites(csv));
  return [
    { name: 'project.load.sample', msPerOp: load.msPerOp, ops: load.ops },
    { name: 'project.load.5000-sites', msPerOp: loadBig.msPerOp, sizeKB: bigText.length / 1024 },
    { name: 'project.serialize.5000-sites', msPerOp: save.msPerOp },
    { name: 'import.csv.10000-sites', msPerOp: csvImport.msPerOp, rowsPerSecond: 10000 / (csvImport.msPerOp / 1000) },
  ];
}
