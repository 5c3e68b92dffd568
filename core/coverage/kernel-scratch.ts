// The kernel's per-row scratch and span geometry, shared by kernel-spans (the general loops) and kernel-fused.
/** Per-row accumulators and per-span scratch of the kernel (one set per job, sized to the grid width). */
export interface RowScratch {
  /** Best power so far per column, mW. */
  best: Float64Array;
  /** Cell index of `best`, −1 for none. */
  idx: Int32Array;
  /** Sum of received power per column, per carrier. */
  sums: Float64Array[];
  /** √d2D / step per column. */
  x: Float64Array;
  /** Bearing in turns per column. */
  turns: Float64Array;
  /** Shared main and cap interpolations per column (uniform sites). */
  main: Float64Array;
  cap: Float64Array;
  /** Linear extra-loss factor per column (sites with terrain loss). */
  extra: Float64Array;
}

/** Scratch for a grid `width` pixels wide and `carriers` distinct carriers. */
export function rowScratch(width: number, carriers: number): RowScratch {
  return {
    best: new Float64Array(width),
    idx: new Int32Array(width),
    sums: Array.from({ length: carriers }, () => new Float64Array(width)),
    x: new Float64Array(width),
    turns: new Float64Array(width),
    main: new Float64Array(width),
    cap: new Float64Array(width),
    extra: new Float64Array(width),
  };
}

/** Where a span lies: offsets of its first pixel centre from the site, the resolution, and the row's raster offset. */
export interface SpanGeometry {
  dx0: number;
  dy: number;
  res: number;
  c0: number;
  c1: number;
  rowOffset: number;
}
