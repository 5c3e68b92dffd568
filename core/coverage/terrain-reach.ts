import { LUT_STEP_SQRT_M, type CellModel } from './cell-model';
import { gainRange } from './tile-bounds';

/** Bins of a reach-by-bearing table: bin b holds math angles [b, b + 1)·2π/REACH_BINS (from east, anticlockwise). */
export const REACH_BINS = 720;
/** Bearing slack in turns around each bin (as tile-bounds' corners), and relative slack on powers. */
const BIN_MARGIN_TURNS = 1e-4;
const SLACK = 1e-6;

const suffixMaxima = new WeakMap<Float32Array, Float32Array>();

/** max(table[j]) over j ≥ k for every k: the most any distance from √d = k·step on can give (interpolation too). */
function suffixMax(table: Float32Array): Float32Array {
  let out = suffixMaxima.get(table);
  if (!out) {
    out = new Float32Array(table.length);
    let running = 0;
    for (let k = table.length - 1; k >= 0; k--) {
      running = Math.max(running, table[k] as number);
      out[k] = running;
    }
    suffixMaxima.set(table, out);
  }
  return out;
}

/** Largest d2D (m) at which `power(k)` (non-increasing in k) still reaches floorMw; 0 if never. */
function reachOf(size: number, reaches: (k: number) => boolean): number {
  let lo = -1;
  let hi = size;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (reaches(mid)) lo = mid;
    else hi = mid;
  }
  return lo < 0 ? 0 : ((lo + 1) * LUT_STEP_SQRT_M) ** 2;
}

/**
 * How far a site's cells reach the floor in each bearing bin: the largest d2D where the best of its cells, at its
 * highest horizontal gain over the bin and its best-case distance tables from there on, is at or above floorMw
 * (the kernel's own tables, so beyond it every cell of the site is below the floor in that direction). A terrain
 * sweep needs no terrain there: the kernel takes such a cell as no server and its power as interference without
 * terrain loss (an upper bound). Values are capped by each cell's rangeM.
 */
export function siteReachByBearing(models: readonly CellModel[], floorMw: number): Float64Array {
  const out = new Float64Array(REACH_BINS);
  for (const m of models) {
    const main = suffixMax(m.mainRel);
    const cap = m.capRel ? suffixMax(m.capRel) : null;
    const size = main.length;
    const floor = floorMw / (m.eirpMw * (1 + SLACK));
    for (let b = 0; b < REACH_BINS; b++) {
      let gain = 1;
      if (m.bearingGain) {
        // Math angles [b, b + 1)/REACH_BINS turns from east anticlockwise = bearings clockwise from north.
        const hi = 0.25 - b / REACH_BINS + BIN_MARGIN_TURNS;
        const lo = hi - 1 / REACH_BINS - 2 * BIN_MARGIN_TURNS;
        gain = gainRange(m.bearingGain, m.azimuthTurns, [lo, hi])[1];
      }
      const reach = reachOf(size, (k) =>
        cap ? Math.max((main[k] as number) * gain, cap[k] as number) >= floor : (main[k] as number) * gain >= floor,
      );
      const capped = Math.min(reach, m.rangeM);
      if (capped > (out[b] as number)) out[b] = capped;
    }
  }
  return out;
}
