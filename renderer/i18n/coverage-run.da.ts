/** Danish messages of the progressive coverage run: the times the user waits for (merged into da.ts). */
export const coverageRunDa = {
  'coverageRun.firstPixels': 'Første billede efter {seconds} s – forfines …',
  'coverageRun.waiting': 'Venter på første billede …',
  'coverageRun.timings': 'Første billede efter {first} s · fuldt kort efter {raster} s · færdig efter {total} s',
  'coverageRun.preliminary': 'Foreløbig',
} as const;
