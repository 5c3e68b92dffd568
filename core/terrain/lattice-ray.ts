import { DEM_BLOCK_SHIFT, type Dem } from './dem';

// Local copies: hot loops must not go through a module binding per access (tsx compiles exports to getters).
const SHIFT: number = DEM_BLOCK_SHIFT;
const MASK = (1 << SHIFT) - 1;

/**
 * Walks a straight ray across a model's lattice and stops once in every pixel it passes (Amanatides & Woo grid
 * traversal), so no pixel, however narrow the ridge it belongs to, is skipped. Each stop reports the pixel's
 * height at the middle of the ray's stretch inside it. Pixels the ray only touches at a corner are visited too.
 * The one profile walker of the app: the link calculator and the coverage sweep both step with it.
 */
export class LatticeRay {
  /** Distance from the start of the current stop (the middle of the stretch inside the pixel), m. */
  distanceM = 0;
  /** Height of the current pixel, m; NaN without data. */
  heightM = NaN;
  /** Distance where the current pixel's stretch ends, m. */
  exitM = 0;
  private col = 0;
  private row = 0;
  private stepCol = 0;
  private stepRow = 0;
  private tMaxX = Infinity;
  private tMaxY = Infinity;
  private tDeltaX = Infinity;
  private tDeltaY = Infinity;
  private tPrev = 0;
  private lengthM = 0;
  private started = false;
  private e0 = 0;
  private n0 = 0;
  private dirE = 0;
  private dirN = 0;

  /** `fallback` is looked up (at the stop's position) where `dem` has no data, e.g. the DTM around a DSM. */
  constructor(
    private readonly dem: Dem,
    private readonly fallback: Dem | null = null,
  ) {}

  /**
   * Starts at EPSG:25832 (e0, n0) in the unit direction (dirE, dirN), for at most lengthM metres. With startM > 0
   * the walk begins at the pixel containing the point startM along the ray, with that pixel's whole stretch: the
   * stops are exactly those a walk from the start would make from there on.
   */
  reset(e0: number, n0: number, dirE: number, dirN: number, lengthM: number, startM = 0): void {
    const { originX, originY, pixelSizeX: res } = this.dem.grid;
    const x0 = (e0 - originX) / res;
    const y0 = (originY - n0) / res;
    // Lattice units per metre along the ray; rows grow southwards.
    const dx = dirE / res;
    const dy = -dirN / res;
    this.col = Math.floor(x0 + dx * startM);
    this.row = Math.floor(y0 + dy * startM);
    this.stepCol = dx > 0 ? 1 : -1;
    this.stepRow = dy > 0 ? 1 : -1;
    this.tDeltaX = dx !== 0 ? Math.abs(1 / dx) : Infinity;
    this.tDeltaY = dy !== 0 ? Math.abs(1 / dy) : Infinity;
    this.tMaxX = dx > 0 ? (this.col + 1 - x0) / dx : dx < 0 ? (this.col - x0) / dx : Infinity;
    this.tMaxY = dy > 0 ? (this.row + 1 - y0) / dy : dy < 0 ? (this.row - y0) / dy : Infinity;
    this.tPrev =
      startM > 0
        ? Math.max(
            0,
            dx > 0 ? (this.col - x0) / dx : dx < 0 ? (this.col + 1 - x0) / dx : -Infinity,
            dy > 0 ? (this.row - y0) / dy : dy < 0 ? (this.row + 1 - y0) / dy : -Infinity,
          )
        : 0;
    this.lengthM = lengthM;
    this.started = false;
    [this.e0, this.n0, this.dirE, this.dirN] = [e0, n0, dirE, dirN];
  }

  /** Moves to the next pixel; false once the ray has passed lengthM. */
  next(): boolean {
    if (this.started) {
      if (this.exitM >= this.lengthM) return false;
      if (this.tMaxX < this.tMaxY) {
        this.col += this.stepCol;
        this.tPrev = this.tMaxX;
        this.tMaxX += this.tDeltaX;
      } else {
        this.row += this.stepRow;
        this.tPrev = this.tMaxY;
        this.tMaxY += this.tDeltaY;
      }
    }
    this.started = true;
    const exit = Math.min(this.tMaxX, this.tMaxY, this.lengthM);
    this.exitM = exit;
    this.distanceM = (this.tPrev + exit) / 2;
    this.heightM = this.valueAt(this.col, this.row);
    return true;
  }

  private valueAt(col: number, row: number): number {
    const dem = this.dem;
    let v = NaN;
    if (col >= 0 && row >= 0 && col < dem.grid.width && row < dem.grid.height) {
      const block = dem.blocks[(row >> SHIFT) * dem.blocksX + (col >> SHIFT)];
      if (block) v = block[((row & MASK) << SHIFT) | (col & MASK)] as number;
    }
    if (v === v || !this.fallback) return v;
    const d = this.distanceM;
    return heightAt(this.fallback, this.e0 + d * this.dirE, this.n0 + d * this.dirN);
  }
}

/** demHeightAt for hot loops (same result; no call through a module binding). */
export function heightAt(dem: Dem, e: number, n: number): number {
  const g = dem.grid;
  const col = Math.floor((e - g.originX) / g.pixelSizeX);
  const row = Math.floor((g.originY - n) / g.pixelSizeX);
  if (col < 0 || row < 0 || col >= g.width || row >= g.height) return NaN;
  const block = dem.blocks[(row >> SHIFT) * dem.blocksX + (col >> SHIFT)];
  return block ? (block[((row & MASK) << SHIFT) | (col & MASK)] as number) : NaN;
}

/** Obstacles closer than this many pixel sides to a terminal are the terminal's own footprint (√2 / 2). */
export const FOOTPRINT_PIXELS = Math.SQRT1_2;
