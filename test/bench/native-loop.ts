// Compiles and runs the straightforward native C loop (test/bench/native/coverage-loop.c) on the same grid and
// cells as the JS kernel, so `npm run bench` can report both figures and their ratio from one run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RadioCell } from '../../core/coverage/cells';
import type { CoverageOptions } from '../../core/coverage/options';
import type { GridSpec } from '../../core/geo/grid';

const SOURCE = join(import.meta.dirname, 'native/coverage-loop.c');
const ENV_CODES: Record<string, number> = { RMa: 0, UMa: 1, UMi: 2 };
const LOS_CODES: Record<string, number> = { 'blend-mean-db': 0, nlos: 1, los: 2 };

export interface NativeLoop {
  /** Runs the loop once; CPU seconds of the loop and the RSRP/SINR rasters it wrote. */
  run(): { cpuSeconds: number; rsrpDbm: Float32Array; sinrDb: Float32Array };
  dispose(): void;
}

/** The C loop built with `cc -O2` for these inputs, or the reason it cannot run here. */
export function nativeLoop(
  cells: readonly RadioCell[],
  grid: GridSpec,
  options: CoverageOptions,
  noiseDbm: number,
): NativeLoop | { skipped: string } {
  if (!(options.losMode in LOS_CODES)) return { skipped: `losMode ${options.losMode} has no C counterpart` };
  if (cells.some((c) => !(c.environment in ENV_CODES))) return { skipped: 'InH cells have no C counterpart' };
  const dir = mkdtempSync(join(tmpdir(), 'frekvensplan-native-'));
  const binary = join(dir, 'coverage-loop');
  try {
    execFileSync('cc', ['-O2', '-o', binary, SOURCE, '-lm'], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no C compiler (cc)' : 'cc -O2 failed';
    return { skipped: reason };
  }
  const head = [grid.width, grid.height, grid.originE, grid.originN, grid.resolutionM, options.rxHeightM, options.load];
  const lines = [[...head, noiseDbm, options.floorDbm, LOS_CODES[options.losMode], 1].join(' ')];
  for (const c of cells)
    lines.push(
      [
        c.e,
        c.n,
        c.antennaHeightM,
        ENV_CODES[c.environment],
        c.fcGHz,
        c.eirpPerReDbm,
        c.azimuthDeg ?? -1,
        c.downtiltDeg,
        c.pattern.horizontalBeamwidthDeg,
        c.pattern.verticalBeamwidthDeg,
        c.pattern.sideLobeLimitDb,
        c.pattern.frontToBackDb,
      ].join(' '),
    );
  const input = `${lines.join('\n')}\n`;
  const out = join(dir, 'raster.bin');
  return {
    run() {
      const report = JSON.parse(execFileSync(binary, [out], { input, encoding: 'utf8' })) as { seconds: number };
      const bytes = readFileSync(out);
      const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
      const n = grid.width * grid.height;
      return { cpuSeconds: report.seconds, rsrpDbm: all.slice(0, n), sinrDb: all.slice(n, 2 * n) };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
