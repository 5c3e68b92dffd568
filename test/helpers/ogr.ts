import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when GDAL's ogrinfo is installed (.ci/run installs gdal-bin). */
export function hasOgrinfo(): boolean {
  try {
    execFileSync('ogrinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Writes `text` to a temp file named `name` and returns the total feature count GDAL reads from it. */
export function ogrFeatureCount(name: string, text: string): number {
  const file = join(mkdtempSync(join(tmpdir(), 'frekvensplan-ogr-')), name);
  writeFileSync(file, text);
  const out = execFileSync('ogrinfo', ['-ro', '-al', '-so', file], { encoding: 'utf8' });
  return [...out.matchAll(/Feature Count: (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
}
