/** One benchmark result line; printed as text or, with --json, as one JSON object per line. */
export interface BenchResult {
  name: string;
  [metric: string]: string | number;
}

/** Runs `fn` until at least `minMs` have passed (after one warm-up call); returns ms per call. */
export function timeIt(fn: () => void, minMs = 500): { msPerOp: number; ops: number } {
  fn();
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    ops++;
    elapsed = performance.now() - start;
  }
  return { msPerOp: elapsed / ops, ops };
}

/** Prints a result: `name  metric=value …` or a JSON line. */
export function report(result: BenchResult, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const metrics = Object.entries(result)
    .filter(([k]) => k !== 'name')
    .map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(4)) : v}`)
    .join('  ');
  process.stdout.write(`${result.name.padEnd(36)} ${metrics}\n`);
}
