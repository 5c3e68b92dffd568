import { AERIAL_HEIGHT_THRESHOLD_M } from '../radio';

/**
 * Receiver heights (m) where the models jump: the TR 36.777 aerial thresholds (RMa-AV 10 m, UMa-AV 22.5 m) and the
 * heights above which Table B-1 sets P_LOS = 1 (RMa-AV 40 m, UMa-AV 100 m). No interpolation bracket spans one.
 */
export const HEIGHT_BREAKS_M: readonly number[] = [
  ...new Set([...(Object.values(AERIAL_HEIGHT_THRESHOLD_M) as number[]), 40, 100]),
].sort((a, b) => a - b);

/** Most receiver heights one comparison builds cell tables for (each set costs milliseconds to tens of ms). */
export const MAX_TABLE_HEIGHTS = 120;
const STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5];

/**
 * Where each row is evaluated: tables at heights lo and hi, interpolated in dB at t (0…1) over log height. With at
 * most MAX_TABLE_HEIGHTS distinct heights every row is exact (lo = hi = h, t = 0); otherwise lo and hi are points of
 * a logarithmic grid (the finest of 1, 2, 5, … % that stays within the budget), cut at HEIGHT_BREAKS_M.
 */
export interface HeightPlan {
  lo: Float64Array;
  hi: Float64Array;
  t: Float32Array;
  /** Grid step in % of the height, 0 when every row is exact. */
  stepPercent: number;
}

/** Plans the table heights for receiver heights in m. */
export function heightPlan(heights: Float32Array): HeightPlan {
  const k = heights.length;
  const plan: HeightPlan = {
    lo: Float64Array.from(heights),
    hi: Float64Array.from(heights),
    t: new Float32Array(k),
    stepPercent: 0,
  };
  if (new Set(heights).size <= MAX_TABLE_HEIGHTS) return plan;
  for (const step of STEPS) {
    const ln = Math.log1p(step);
    const used = new Set<number>();
    for (let i = 0; i < k; i++) {
      const h = Math.max(heights[i] as number, 0.05);
      const g = Math.floor(Math.log(h) / ln);
      let lo = Math.exp(g * ln);
      let hi = Math.exp((g + 1) * ln);
      for (const b of HEIGHT_BREAKS_M) {
        if (b <= lo || b >= hi) continue;
        // Stay on the row's side of the break: at or below it, or strictly above it.
        if (h <= b) hi = b;
        else lo = b * (1 + 1e-9);
      }
      plan.lo[i] = lo;
      plan.hi[i] = hi;
      plan.t[i] = Math.min(1, Math.max(0, (Math.log(h) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))));
      used.add(lo).add(hi);
    }
    plan.stepPercent = step * 100;
    if (used.size <= MAX_TABLE_HEIGHTS) break;
  }
  return plan;
}
