/**
 * Measured RSRP samples in columns (typed arrays: a million rows stay small and move between threads without
 * copying). Positions are EPSG:25832 in m; heights above ground in m, NaN where the file gave none.
 */
export interface MeasurementSet {
  count: number;
  e: Float64Array;
  n: Float64Array;
  rsrpDbm: Float32Array;
  heightM: Float32Array;
  /** Index into `cellIds` of the measured cell, −1 when the row names none (then the best server is used). */
  cell: Int32Array;
  cellIds: string[];
  /** 1-based line of each row in the file. */
  line: Int32Array;
  /** First and last time stamp as written in the file, null without a time column. */
  timeRange: { first: string; last: string } | null;
}

/** Collects rows into a MeasurementSet, growing its arrays as needed. */
export class MeasurementSetBuilder {
  private size = 0;
  private e: Float64Array;
  private n: Float64Array;
  private rsrp: Float32Array;
  private height: Float32Array;
  private cell: Int32Array;
  private line: Int32Array;
  private readonly cellIndex = new Map<string, number>();
  private readonly cellIds: string[] = [];
  private first: string | null = null;
  private last: string | null = null;

  constructor(capacity = 1024) {
    const c = Math.max(16, capacity);
    this.e = new Float64Array(c);
    this.n = new Float64Array(c);
    this.rsrp = new Float32Array(c);
    this.height = new Float32Array(c);
    this.cell = new Int32Array(c);
    this.line = new Int32Array(c);
  }

  get count(): number {
    return this.size;
  }

  /** Appends one row; `cellId` '' or null means no cell; `time` null means no time column. */
  add(row: {
    e: number;
    n: number;
    rsrpDbm: number;
    heightM: number;
    cellId: string | null;
    line: number;
    time: string | null;
  }): void {
    if (this.size === this.e.length) this.grow();
    const i = this.size++;
    this.e[i] = row.e;
    this.n[i] = row.n;
    this.rsrp[i] = row.rsrpDbm;
    this.height[i] = row.heightM;
    this.line[i] = row.line;
    let index = -1;
    if (row.cellId) {
      index = this.cellIndex.get(row.cellId) ?? -1;
      if (index < 0) {
        index = this.cellIds.length;
        this.cellIds.push(row.cellId);
        this.cellIndex.set(row.cellId, index);
      }
    }
    this.cell[i] = index;
    if (row.time !== null && row.time !== '') {
      this.first ??= row.time;
      this.last = row.time;
    }
  }

  /** The collected rows (arrays trimmed to the row count). */
  build(): MeasurementSet {
    const k = this.size;
    return {
      count: k,
      e: this.e.slice(0, k),
      n: this.n.slice(0, k),
      rsrpDbm: this.rsrp.slice(0, k),
      heightM: this.height.slice(0, k),
      cell: this.cell.slice(0, k),
      cellIds: [...this.cellIds],
      line: this.line.slice(0, k),
      timeRange: this.first !== null && this.last !== null ? { first: this.first, last: this.last } : null,
    };
  }

  private grow(): void {
    const c = this.e.length * 2;
    const grow = <T extends Float64Array | Float32Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(c);
      b.set(a);
      return b;
    };
    this.e = grow(this.e, (x) => new Float64Array(x));
    this.n = grow(this.n, (x) => new Float64Array(x));
    this.rsrp = grow(this.rsrp, (x) => new Float32Array(x));
    this.height = grow(this.height, (x) => new Float32Array(x));
    this.cell = grow(this.cell, (x) => new Int32Array(x));
    this.line = grow(this.line, (x) => new Int32Array(x));
  }
}
