import { lt, type LocalizedText } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';
import { isFr1Scs, type LinkDirection } from '../nr/numerology';
import { inputProblem, ok } from '../nr/result';
import type { TruncatedShannonParams } from '../nr/spectral-efficiency';
import type { TddPattern } from '../nr/tdd';
import { tddLatencyFloor } from '../nr/tdd-latency';
import { cellCapacity, type CellCapacity, type SeAveraging, type SinrDistribution } from './capacity';
import { sliceDemand, type SliceDemand } from './demand';
import {
  checkCell,
  DEFAULT_FEASIBILITY_THRESHOLDS,
  hintFor,
  worse,
  type CellLoad,
  type Feasibility,
  type FeasibilityThresholds,
  type SliceCellCheck,
} from './feasibility';
import type { LimitingFactor } from './hints';
import type { Slice } from './schema';

/** A cell's radio conditions over its service area (from the coverage job) and its MIMO layers. */
export interface CellRadio {
  id: string;
  sinrDlDb: SinrDistribution;
  sinrUlDb: SinrDistribution;
  layersDl: number;
  layersUl: number;
}

/**
 * A slice and where its traffic lands. The whole demand is put on every listed cell (all cells when
 * `cellIds` is omitted): the devices may all be in one cell, as at an incident. `areaKm2` is needed
 * for density-based slices. For drone slices, pass SINR distributions computed at the service altitude.
 */
export interface SlicePlacement {
  slice: Slice;
  cellIds?: string[];
  areaKm2?: number;
}

export interface SizingInput {
  /** Bandwidths the terms profile allows, MHz (any order). */
  allowedBandwidthsMHz: readonly number[];
  scsKHz: number;
  tdd: TddPattern;
  cells: readonly CellRadio[];
  placements: readonly SlicePlacement[];
  seParams?: Readonly<Record<LinkDirection, TruncatedShannonParams>>;
  averaging?: SeAveraging;
  band?: 'n78';
  thresholds?: Partial<FeasibilityThresholds>;
}

/** A slice's outcome at one bandwidth: its worst cell decides. */
export interface SliceVerdict {
  sliceId: string;
  status: Feasibility;
  limitingFactor: LimitingFactor | null;
  /** The cell that decided the verdict (null when the slice has no cell). */
  cellId: string | null;
  hint: LocalizedText | null;
  checks: SliceCellCheck[];
}

export interface BandwidthEvaluation {
  bandwidthMHz: number;
  status: Feasibility;
  verdicts: SliceVerdict[];
  capacities: Record<string, CellCapacity>;
}

export interface SizingResult {
  /** Smallest allowed bandwidth at which every slice is feasible, or null. */
  bandwidthMHz: number | null;
  /** Smallest allowed bandwidth at which no slice is infeasible (some may be conditional), or null. */
  conditionalBandwidthMHz: number | null;
  demands: SliceDemand[];
  /** One evaluation per usable allowed bandwidth, ascending. */
  evaluations: BandwidthEvaluation[];
}

/**
 * Finds the smallest allowed bandwidth that carries all slices, and each slice's feasibility and
 * limiting factor at every allowed bandwidth (see checkCell for the rules and thresholds).
 */
export function sizeBandwidth(input: SizingInput): Result<SizingResult> {
  const problems: Problem[] = [];
  const thresholds = { ...DEFAULT_FEASIBILITY_THRESHOLDS, ...input.thresholds };
  if (!isFr1Scs(input.scsKHz)) {
    problems.push(inputProblem('scsKHz', lt('Ukendt underbærerafstand.', 'Unknown subcarrier spacing.')));
  }
  if (input.allowedBandwidthsMHz.length === 0) {
    problems.push(inputProblem('allowedBandwidthsMHz', lt('Ingen tilladte båndbredder.', 'No allowed bandwidths.')));
  }
  if (input.cells.length === 0) {
    problems.push(
      inputProblem(
        'cells',
        lt('Ingen celler.', 'No cells.'),
        lt('Tilføj et site med en celle.', 'Add a site with a cell.'),
      ),
    );
  }
  const cellIds = new Set(input.cells.map((c) => c.id));
  const demands: SliceDemand[] = [];
  const warnings: Problem[] = [];
  input.placements.forEach((placement, i) => {
    if (placement.cellIds?.length === 0) {
      warnings.push({
        ...inputProblem(
          `placements[${i}].cellIds`,
          lt(
            'Slicen er ikke knyttet til nogen celle og bliver ikke vurderet.',
            'The slice is on no cell and is not assessed.',
          ),
        ),
        severity: 'warning',
      });
    }
    placement.cellIds?.forEach((cid, j) => {
      if (!cellIds.has(cid)) {
        problems.push(
          inputProblem(`placements[${i}].cellIds[${j}]`, lt(`Ukendt celle '${cid}'.`, `Unknown cell '${cid}'.`)),
        );
      }
    });
    const demand = sliceDemand(placement.slice, placement.areaKm2 === undefined ? {} : { areaKm2: placement.areaKm2 });
    if (demand.ok) demands.push(demand.value);
    else problems.push(...demand.problems.map((p) => ({ ...p, path: `placements[${i}].${p.path}` })));
  });
  if (problems.length > 0 || !isFr1Scs(input.scsKHz)) return { ok: false, problems };

  const latency = tddLatencyFloor(input.tdd, input.scsKHz);
  const evaluations: BandwidthEvaluation[] = [];
  const bandwidths = [...new Set(input.allowedBandwidthsMHz)].sort((a, b) => a - b);
  for (const bandwidthMHz of bandwidths) {
    const capacities: Record<string, CellCapacity> = {};
    let usable = true;
    for (const [k, cell] of input.cells.entries()) {
      const cap = cellCapacity({ ...input, ...cell, bandwidthMHz });
      if (cap.ok) capacities[cell.id] = cap.value;
      else {
        usable = false;
        const path = (p: Problem) => (p.path === 'bandwidthMHz' ? 'allowedBandwidthsMHz' : `cells[${k}].${p.path}`);
        warnings.push(...cap.problems.map((p) => ({ ...p, severity: 'warning' as const, path: path(p) })));
        break;
      }
    }
    if (!usable) continue;
    evaluations.push(evaluate(bandwidthMHz, input, demands, capacities, latency, thresholds));
  }
  const first = (ok: (s: Feasibility) => boolean) => evaluations.find((e) => ok(e.status))?.bandwidthMHz ?? null;
  return ok(
    {
      bandwidthMHz: first((s) => s === 'feasible'),
      conditionalBandwidthMHz: first((s) => s !== 'infeasible'),
      demands,
      evaluations,
    },
    warnings,
  );
}

function evaluate(
  bandwidthMHz: number,
  input: SizingInput,
  demands: SliceDemand[],
  capacities: Record<string, CellCapacity>,
  latency: ReturnType<typeof tddLatencyFloor>,
  thresholds: FeasibilityThresholds,
): BandwidthEvaluation {
  const checksPerSlice: SliceCellCheck[][] = input.placements.map(() => []);
  for (const cell of input.cells) {
    const onCell = input.placements
      .map((placement, i) => ({ placement, i }))
      .filter(({ placement }) => placement.cellIds === undefined || placement.cellIds.includes(cell.id));
    const loads: CellLoad[] = onCell.map(({ placement, i }) => ({
      slice: placement.slice,
      demand: demands[i] as SliceDemand,
    }));
    const capacity = capacities[cell.id] as CellCapacity;
    const results = checkCell(cell.id, loads, capacity, latency, thresholds);
    onCell.forEach(({ i }, k) => {
      const check = results[k];
      if (check) checksPerSlice[i]?.push(check);
    });
  }
  let status: Feasibility = 'feasible';
  const verdicts = input.placements.map((placement, i): SliceVerdict => {
    const checks = checksPerSlice[i] ?? [];
    const decisive = checks.reduce<SliceCellCheck | null>(
      (worst, c) => (worst === null || worse(worst.status, c.status) !== worst.status ? c : worst),
      null,
    );
    const sliceStatus = decisive?.status ?? 'feasible';
    status = worse(status, sliceStatus);
    return {
      sliceId: placement.slice.id,
      status: sliceStatus,
      limitingFactor: decisive?.limitingFactor ?? null,
      cellId: decisive?.cellId ?? null,
      hint: decisive ? hintFor(decisive, placement.slice, input.tdd.pattern) : null,
      checks,
    };
  });
  return { bandwidthMHz, status, verdicts, capacities };
}
