import type { coverageRunDa } from './coverage-run.da';

/** English messages of the progressive coverage run (merged into en.ts). */
export const coverageRunEn: Record<keyof typeof coverageRunDa, string> = {
  'coverageRun.firstPixels': 'First picture after {seconds} s – refining …',
  'coverageRun.waiting': 'Waiting for the first picture …',
  'coverageRun.timings': 'First picture after {first} s · full map after {raster} s · done after {total} s',
  'coverageRun.preliminary': 'Preliminary',
};
