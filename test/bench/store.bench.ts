import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { renameObject } from '../../renderer/state/actions';
import { createAppStore } from '../../renderer/state/store';
import { generateProject } from './generate-project';
import { timeIt, type BenchResult } from './harness';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

/** The undo history's memory and a dispatch's cost on the 5,000-site project: 100 renames, heap measured after gc. */
export function storeBenchmarks(): BenchResult[] {
  const project = generateProject({ sites: 5000, areas: 200, seed: 3 });
  const base = heapMB();
  const copy = structuredClone(project);
  const oneCopyMB = heapMB() - base;
  const store = createAppStore({ project, now: () => new Date('2026-11-30T10:00:00Z') });
  store.getState().loadDocument({ project, handleId: null, name: null });
  const before = heapMB();
  for (let i = 0; i < 100; i++) {
    const site = store.getState().project.sites[i * 37] as { id: string };
    store.getState().dispatch(renameObject, { id: site.id, name: `Omdøbt ${i}` });
  }
  const historyMB = heapMB() - before;
  let n = 0;
  const rename = timeIt(() => {
    const site = store.getState().project.sites[n++ % 5000] as { id: string };
    store.getState().dispatch(renameObject, { id: site.id, name: `Navn ${n}` });
  }, 300);
  void copy;
  return [
    {
      name: 'store.history.100-edits.5000-sites',
      historyMB,
      perEditKB: (historyMB * 1000) / 100,
      deepCopyOfProjectMB: oneCopyMB,
    },
    { name: 'store.dispatch.rename.5000-sites', msPerOp: rename.msPerOp },
  ];
}
