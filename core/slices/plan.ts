import {
  defaultAoi,
  polygonMask,
  radioCellsOf,
  runCoverageJob,
  type CoverageRaster,
  type RadioCell,
  ueNoiseFigureOf,
} from '../coverage';
import { gridForBounds, utmBoundsOf, type GridSpec } from '../geo/grid';
import { lt, type LocalizedText } from '../i18n/localized';
import { N78_BANDWIDTHS_MHZ } from '../nr/prb-table';
import { SE_PARAMS_NR } from '../nr/spectral-efficiency';
import { parseTddPattern } from '../nr/tdd';
import type { Problem, Result } from '../project/problem';
import type { Project } from '../project/schema';
import type { TermsProfile } from '../terms/schema';
import { DEFAULT_FEASIBILITY_THRESHOLDS, type Feasibility } from './feasibility';
import type { LimitingFactor } from './hints';
import { serviceRegion } from './service-area';
import { sizeBandwidth, type BandwidthEvaluation, type CellRadio, type SlicePlacement } from './sizing';
import { DEFAULT_UPLINK, uplinkSinrDb, type UplinkAssumptions } from './uplink';
import { areaKm2Utm32 } from '../geo/measure';

export interface SlicePlanOptions {
  profile: TermsProfile;
  /** Raster resolution for the SINR distributions, m (default 50). */
  resolutionM?: number;
  tddPattern?: string;
  scsKHz?: 30;
  layersDl?: number;
  layersUl?: number;
  load?: number;
  uplink?: UplinkAssumptions;
  /** UE noise figure in dB (default: the project's radio setting, else the built-in default). */
  noiseFigureDb?: number;
}

/** One slice's outcome: coverage of its service area and its verdict at the chosen bandwidth. */
export interface SlicePlanEntry {
  sliceId: string;
  name: string;
  rxHeightM: number;
  serviceAreaKm2: number;
  /** Share of the service area with a server above SINR_min, 0…1. */
  coverageShare: number;
  servingCellIds: string[];
  status: Feasibility;
  limitingFactor: LimitingFactor | null;
  hint: LocalizedText | null;
}

/** Share of a cell's served locations per SINR bin: bin k covers [edges[k−1], edges[k]) dB, with open ends. */
export interface SinrHistogram {
  edgesDb: number[];
  /** Shares per bin (length edges + 1), summing to 1 when the cell has samples. */
  dl: number[];
  ul: number[];
}

/** Bin edges of the SINR histograms, dB (reference-radio §4.3: SE is clipped below −10 and above 30 dB). */
export const SINR_HISTOGRAM_EDGES_DB = [-10, -5, 0, 5, 10, 15, 20, 25, 30];

/** Histogram (shares) of SINR samples over SINR_HISTOGRAM_EDGES_DB. */
export function sinrHistogram(
  samples: readonly number[],
  edgesDb: readonly number[] = SINR_HISTOGRAM_EDGES_DB,
): number[] {
  const counts = new Array<number>(edgesDb.length + 1).fill(0);
  for (const v of samples) {
    let k = 0;
    while (k < edgesDb.length && v >= (edgesDb[k] as number)) k++;
    counts[k] = (counts[k] as number) + 1;
  }
  return samples.length === 0 ? counts : counts.map((c) => c / samples.length);
}

export interface SlicePlan {
  allowedBandwidthsMHz: number[];
  /** Smallest allowed bandwidth carrying every slice, or null. */
  bandwidthMHz: number | null;
  conditionalBandwidthMHz: number | null;
  /** The bandwidth the entries and utilisation describe: the feasible one, else the largest allowed. */
  assessedBandwidthMHz: number;
  slices: SlicePlanEntry[];
  /** Utilisation per cell and direction at the assessed bandwidth (0…, > 1 overloaded), and the SINR distribution. */
  cells: {
    cellId: string;
    capacityDlMbps: number;
    capacityUlMbps: number;
    utilisationDl: number;
    utilisationUl: number;
    sinrHistogram: SinrHistogram;
  }[];
  evaluations: BandwidthEvaluation[];
}

/** Channel bandwidths a terms profile allows: n78 bandwidths inside its min/max, on its raster, within the leasable range. */
export function allowedBandwidths(profile: TermsProfile): number[] {
  const range = profile.leasableRange.value;
  const width = range ? range.toMHz - range.fromMHz : Infinity;
  const min = profile.minBandwidthMHz.value ?? 0;
  const max = Math.min(profile.maxBandwidthMHz.value ?? Infinity, width);
  const raster = profile.blockRasterMHz.value;
  return N78_BANDWIDTHS_MHZ.filter((b) => b >= min && b <= max && (raster === null || b % raster === 0));
}

/**
 * Sizes the project's slices: SINR distributions per cell from coverage rasters of each slice's
 * service area at its altitude (DL from the kernel, UL from the DL RSRP by reciprocity), then the
 * smallest allowed bandwidth that carries all slices, with per-slice feasibility. A slice whose
 * service area is covered below 1 − maxOutage is infeasible with `coverage` as the limiting factor.
 */
export function planSlices(project: Project, options: SlicePlanOptions): Result<SlicePlan> {
  const problems: Problem[] = [];
  const tdd = parseTddPattern(options.tddPattern ?? project.request.tddPattern);
  if (!tdd.ok) return tdd;
  const cells = radioCellsOf(project);
  if (cells.length === 0)
    return fail(
      'cells',
      lt('Projektet har ingen celler.', 'The project has no cells.'),
      lt('Tilføj en celle til et site.', 'Add a cell to a site.'),
    );
  if (project.slices.length === 0)
    return fail(
      'slices',
      lt('Projektet har ingen slices.', 'The project has no slices.'),
      lt('Tilføj en slice fra en skabelon.', 'Add a slice from a preset.'),
    );
  const allowed = allowedBandwidths(options.profile);
  if (allowed.length === 0)
    return fail(
      'profile',
      lt('Vilkårsprofilen tillader ingen n78-båndbredde.', 'The terms profile allows no n78 bandwidth.'),
    );
  const resolutionM = options.resolutionM ?? 50;
  const uplink = options.uplink ?? DEFAULT_UPLINK;
  const fallback = defaultAoi(project);
  const samples = new Map<string, { dl: number[]; ul: number[] }>(cells.map((c) => [c.id, { dl: [], ul: [] }]));
  const rasters = new Map<string, CoverageRaster>();
  const entries: (Omit<SlicePlanEntry, 'status' | 'limitingFactor' | 'hint'> & { placement: SlicePlacement })[] = [];
  for (const slice of project.slices) {
    const region = serviceRegion(project, slice);
    const parts = region.parts.length > 0 ? region.parts : fallback ? [fallback.geometry] : [];
    if (parts.length === 0) {
      problems.push({
        severity: 'error',
        path: `slices.${slice.id}`,
        message: lt('Slicen har intet serviceområde.', 'The slice has no area of service.'),
      });
      continue;
    }
    const bounds = parts
      .map(utmBoundsOf)
      .reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
    const grid = gridForBounds(bounds, resolutionM);
    const key = `${region.rxHeightM}|${grid.originE}|${grid.originN}|${grid.width}|${grid.height}`;
    let raster = rasters.get(key);
    if (!raster) {
      const job = runCoverageJob({
        cells,
        grid,
        options: {
          rxHeightM: region.rxHeightM,
          load: options.load ?? 1,
          computeSinr: true,
          noiseFigureDb: options.noiseFigureDb ?? ueNoiseFigureOf(project).valueDb,
        },
      });
      if (!job.ok) continue;
      raster = job.raster;
      rasters.set(key, raster);
    }
    const mask = combinedMask(parts, grid);
    const { served, total, serving } = collectSamples(raster, mask, cells, samples, uplink);
    const serviceAreaKm2 = parts.reduce((sum, p) => sum + areaKm2Utm32(p), 0);
    entries.push({
      sliceId: slice.id,
      name: slice.name,
      rxHeightM: region.rxHeightM,
      serviceAreaKm2,
      coverageShare: total === 0 ? 0 : served / total,
      servingCellIds: [...serving],
      placement: { slice, cellIds: [...serving], areaKm2: serviceAreaKm2 },
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const radios: CellRadio[] = cells
    .filter((c) => (samples.get(c.id)?.dl.length ?? 0) > 0)
    .map((c) => ({
      id: c.id,
      sinrDlDb: samples.get(c.id)?.dl ?? [],
      sinrUlDb: samples.get(c.id)?.ul ?? [],
      layersDl: options.layersDl ?? 4,
      layersUl: options.layersUl ?? 1,
    }));
  const sized = sizeBandwidth({
    allowedBandwidthsMHz: allowed,
    scsKHz: options.scsKHz ?? 30,
    tdd: tdd.value,
    cells: radios,
    placements: entries.map((e) => e.placement),
    band: 'n78',
  });
  if (!sized.ok) return sized;
  const result = sized.value;
  const assessed = result.bandwidthMHz ?? result.conditionalBandwidthMHz ?? (allowed[allowed.length - 1] as number);
  const evaluation =
    result.evaluations.find((e) => e.bandwidthMHz === assessed) ?? result.evaluations[result.evaluations.length - 1];
  const minCoverage = 1 - DEFAULT_FEASIBILITY_THRESHOLDS.maxOutageFraction;
  const slices: SlicePlanEntry[] = entries.map(({ placement: _p, ...entry }) => {
    const verdict = evaluation?.verdicts.find((v) => v.sliceId === entry.sliceId);
    if (entry.coverageShare < minCoverage) {
      const pct = (entry.coverageShare * 100).toFixed(0);
      return {
        ...entry,
        status: 'infeasible',
        limitingFactor: 'coverage',
        hint: lt(
          `Kun ${pct} % af serviceområdet er dækket i ${entry.rxHeightM} m højde. Tilføj celler, hæv antennerne eller mindsk området.`,
          `Only ${pct} % of the service area is covered at ${entry.rxHeightM} m. Add cells, raise the antennas or shrink the area.`,
        ),
      };
    }
    return {
      ...entry,
      status: verdict?.status ?? 'feasible',
      limitingFactor: verdict?.limitingFactor ?? null,
      hint: verdict?.hint ?? null,
    };
  });
  const anyCoverageGap = slices.some((s) => s.limitingFactor === 'coverage');
  const cellRows = radios.map((r) => {
    const cap = evaluation?.capacities[r.id];
    const checks = evaluation?.verdicts.flatMap((v) => v.checks.filter((c) => c.cellId === r.id)) ?? [];
    return {
      cellId: r.id,
      capacityDlMbps: cap?.dlMbps ?? 0,
      capacityUlMbps: cap?.ulMbps ?? 0,
      utilisationDl: Math.max(0, ...checks.map((c) => c.utilisationDl)),
      utilisationUl: Math.max(0, ...checks.map((c) => c.utilisationUl)),
      sinrHistogram: {
        edgesDb: [...SINR_HISTOGRAM_EDGES_DB],
        dl: sinrHistogram(r.sinrDlDb as number[]),
        ul: sinrHistogram(r.sinrUlDb as number[]),
      },
    };
  });
  return {
    ok: true,
    value: {
      allowedBandwidthsMHz: allowed,
      bandwidthMHz: anyCoverageGap ? null : result.bandwidthMHz,
      conditionalBandwidthMHz: anyCoverageGap ? null : result.conditionalBandwidthMHz,
      assessedBandwidthMHz: assessed,
      slices,
      cells: cellRows,
      evaluations: result.evaluations,
    },
    warnings: [...tdd.warnings, ...sized.warnings],
  };
}

function combinedMask(parts: readonly Parameters<typeof polygonMask>[0][], grid: GridSpec): Uint8Array {
  const mask = new Uint8Array(grid.width * grid.height);
  for (const part of parts) {
    const m = polygonMask(part, grid);
    for (let i = 0; i < m.length; i++) if (m[i]) mask[i] = 1;
  }
  return mask;
}

function collectSamples(
  raster: CoverageRaster,
  mask: Uint8Array,
  cells: readonly RadioCell[],
  samples: Map<string, { dl: number[]; ul: number[] }>,
  uplink: UplinkAssumptions,
) {
  let served = 0;
  let total = 0;
  const serving = new Set<string>();
  const byId = new Map(cells.map((c) => [c.id, c]));
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    total++;
    const best = raster.bestServer[i] as number;
    const sinr = raster.sinrDb?.[i] ?? NaN;
    const rsrp = raster.rsrpDbm[i] as number;
    if (best < 0 || !Number.isFinite(sinr)) continue;
    const cellId = raster.cellIds[best] as string;
    const cell = byId.get(cellId);
    const bucket = samples.get(cellId);
    if (!cell || !bucket) continue;
    serving.add(cellId);
    bucket.dl.push(sinr);
    bucket.ul.push(uplinkSinrDb(rsrp, cell.eirpPerReDbm, uplink));
    if (sinr >= SE_PARAMS_NR.DL.sinrMinDb) served++;
  }
  return { served, total, serving };
}

function fail(path: string, message: LocalizedText, hint?: LocalizedText): Result<never> {
  const p: Problem = { severity: 'error', path, message };
  if (hint) p.hint = hint;
  return { ok: false, problems: [p] };
}
