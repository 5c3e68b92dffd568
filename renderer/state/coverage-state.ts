import type {
  CorridorCoverage,
  CoverageRaster,
  CoverageStats,
  LosMode,
  SiteCoverage,
  TargetLocation,
} from '../../core/coverage';
import type { Problem, Result } from '../../core/project/problem';
import type { AreaGeometry, MultiPolygon } from '../../core/project/schema';
import type { Dem, DemKind, ModelSummary, TerrainMode } from '../../core/terrain';

/** What the planner sets before "Beregn dækning"; every field is part of the result's input hash. */
export interface CoverageSettings {
  /** Area of analysis; null = defaultAoi (first area of interest, lease area or the sites' box). */
  areaId: string | null;
  /** Raster pixel size, m (5–100). */
  resolutionM: number;
  /** Receiver height above ground, m (1.5 handheld, 120 drone). */
  rxHeightM: number;
  /** Interferer load, % (0–100). */
  loadPercent: number;
  losMode: LosMode;
  /** RSRP "good" and "edge" (covered) thresholds, dBm per RE. */
  goodDbm: number;
  edgeDbm: number;
  /** SINR threshold, dB. */
  sinrDb: number;
  /** Where the receivers are; indoors adds the TR 38.901 building-entry loss (core/coverage/indoor.ts). */
  target: TargetLocation;
}

export const DEFAULT_COVERAGE_SETTINGS: CoverageSettings = {
  areaId: null,
  resolutionM: 25,
  rxHeightM: 1.5,
  loadPercent: 100,
  losMode: 'blend-mean-db',
  goodDbm: -100,
  edgeDbm: -110,
  sinrDb: 0,
  target: 'outdoor',
};

export const RESOLUTION_RANGE_M = [5, 100] as const;
export const DRONE_HEIGHT_M = 120;

/** One finished run: raster, polygons in WGS84 and statistics, keyed by the hash of its inputs. */
export interface CoverageResult {
  hash: string;
  settings: CoverageSettings;
  raster: CoverageRaster;
  aoi: AreaGeometry;
  /** Outline at each RSRP threshold (good, edge), WGS84; null where nothing reaches it. */
  contours: { levelDbm: number; geometry: MultiPolygon | null }[];
  /** AOI minus the area at or above the edge threshold; null when fully covered. */
  gaps: AreaGeometry | null;
  stats: CoverageStats;
  sites: SiteCoverage[];
  corridors: CorridorCoverage[];
  /** The elevation models the run used (mode, files, share of the area with data), null without. */
  terrain: { mode: TerrainMode; names: string[]; files: number; coveredShare: number } | null;
  /** From the button to everything done (raster, polygons, statistics), ms. */
  durationMs: number;
  /** From the button to the first coverage pixels on screen, ms; null when not measured (e.g. layer hidden). */
  firstPixelsMs?: number | null;
  /** From the button to the full-resolution raster on screen (before polygons and statistics), ms. */
  rasterMs?: number | null;
}

/** The raster of the running job as it refines (session only): coarse first, then band by band. */
export interface CoveragePreview {
  /** Input hash of the job it belongs to. */
  hash: string;
  /** One full-grid raster, filled in place as bands arrive (the same object throughout the job). */
  raster: CoverageRaster;
  /** Increments with every change, so layers see one. */
  version: number;
  /** Grid rows changed since the previous version. */
  rows: { row0: number; row1: number };
  /** True while the rows shown include coarse-pass values. */
  coarse: boolean;
}

/** The last job's state: progress and the times the user waits for. */
export interface CoverageJobState {
  /** 0…1 while running, 1 when done (the bar stays full). */
  progress: number;
  hash: string;
  running: boolean;
  /** performance.now() of the button press. */
  startedAt?: number;
  /** From the button to the first coverage pixels on screen, ms; null until then. */
  firstPixelsMs?: number | null;
  /** From the button to the full-resolution raster on screen, ms; null until then. */
  rasterMs?: number | null;
}

/** One loaded elevation model (session only: it is never written into the project file). */
export interface LoadedElevation {
  /** The file or folder it came from. */
  name: string;
  dem: Dem;
  summary: ModelSummary;
  warnings: Problem[];
}

/** The session's elevation models: a DTM, a DSM, or both (core/terrain/models.ts). */
export interface TerrainModel {
  dtm: LoadedElevation | null;
  dsm: LoadedElevation | null;
}

/** The elevation model dialog: reading (with progress) and then the reader's result. */
export interface TerrainPreview {
  name: string;
  /** Files chosen (tiles, VRTs). */
  fileCount: number;
  /** 0…1 while reading, null once finished. */
  progress: number | null;
  /** DTM or DSM as chosen in the dialog; 'auto' = from the names. */
  kind: 'auto' | 'DTM' | 'DSM';
  result: Result<{ models: { dtm: Dem | null; dsm: Dem | null }; summaries: ModelSummary[] }> | null;
  /** What the names said (for the kind choice), once read. */
  detected: DemKind[];
}

/** The link calculator's inputs. */
export interface LinkState {
  cellId: string | null;
  /** Target in WGS84. */
  target: { lon: number; lat: number } | null;
  targetHeightM: number;
  /** True while the next map click sets the target. */
  picking: boolean;
}

export type CoverageLayerId = 'rsrp' | 'bestServer' | 'gaps' | 'contours' | 'terrain';

/** Coverage session state (STATE_STORAGE: 'session'); results are cached by input hash. */
export interface CoverageState {
  settings: CoverageSettings;
  /** The last job (null before any or after cancel). */
  job: CoverageJobState | null;
  /** The running job's raster while it refines; null when no job runs. */
  preview: CoveragePreview | null;
  error: string | null;
  /** Finished results, newest last (at most CACHE_SIZE); the current inputs' hash picks one. */
  cache: CoverageResult[];
  layers: Record<CoverageLayerId, boolean>;
  /** RSRP raster opacity 0…1. */
  opacity: number;
  terrain: TerrainModel | null;
  terrainPreview: TerrainPreview | null;
  link: LinkState;
}

export const COVERAGE_CACHE_SIZE = 4;

export const EMPTY_COVERAGE: CoverageState = {
  settings: DEFAULT_COVERAGE_SETTINGS,
  job: null,
  preview: null,
  error: null,
  cache: [],
  layers: { rsrp: true, bestServer: false, gaps: true, contours: true, terrain: true },
  opacity: 0.65,
  terrain: null,
  terrainPreview: null,
  link: { cellId: null, target: null, targetHeightM: DRONE_HEIGHT_M, picking: false },
};

/** The result to show for the current inputs: the cached one with that hash (fresh), else the newest (stale). */
export function shownResult(
  state: CoverageState,
  currentHash: string,
): { result: CoverageResult; stale: boolean } | null {
  const fresh = state.cache.find((r) => r.hash === currentHash);
  if (fresh) return { result: fresh, stale: false };
  const newest = state.cache[state.cache.length - 1];
  return newest ? { result: newest, stale: true } : null;
}

/** Raster bytes the cache keeps at most (the newest result is always kept): large grids must not pile up. */
export const COVERAGE_CACHE_BYTES = 400e6;

/**
 * Adds a result to the cache (replacing one with the same hash), keeping the newest COVERAGE_CACHE_SIZE and, of
 * those, only as many as fit in `maxBytes` of raster arrays (newest first).
 */
export function cacheResult(
  cache: readonly CoverageResult[],
  result: CoverageResult,
  maxBytes = COVERAGE_CACHE_BYTES,
): CoverageResult[] {
  const newestFirst = [result, ...cache.filter((r) => r.hash !== result.hash).reverse()].slice(0, COVERAGE_CACHE_SIZE);
  const kept: CoverageResult[] = [];
  let bytes = 0;
  for (const r of newestFirst) {
    const size = r.raster.rsrpDbm.byteLength + (r.raster.sinrDb?.byteLength ?? 0) + r.raster.bestServer.byteLength;
    if (kept.length > 0 && bytes + size > maxBytes) break;
    kept.push(r);
    bytes += size;
  }
  return kept.reverse();
}
