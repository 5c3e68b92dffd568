import type { LocalizedText } from '../i18n/localized';
import type { LinkDirection } from '../nr/numerology';
import type { TddLatencyFloor } from '../nr/tdd-latency';
import type { CellCapacity } from './capacity';
import type { SliceDemand } from './demand';
import { fixHint, type LimitingFactor } from './hints';
import type { Slice } from './schema';

export type Feasibility = 'feasible' | 'conditional' | 'infeasible';

/**
 * Engineering thresholds of the feasibility check [assumptions, editable]:
 * - conditionalUtilisation 0.8: above it a GBR load leaves too little headroom for retransmissions
 *   and bursts, so the slice is only conditionally feasible;
 * - latencyMarginFraction 0.5: the TDD floor may use at most half the budget; the rest is for
 *   processing, scheduling, HARQ, transport and core;
 * - maxOutageFraction 0.05: more than 5 % of the area of service below SINR_min is a coverage failure.
 */
export interface FeasibilityThresholds {
  conditionalUtilisation: number;
  latencyMarginFraction: number;
  maxOutageFraction: number;
}

export const DEFAULT_FEASIBILITY_THRESHOLDS: FeasibilityThresholds = {
  conditionalUtilisation: 0.8,
  latencyMarginFraction: 0.5,
  maxOutageFraction: 0.05,
};

/** Outcome for one slice on one cell. */
export interface SliceCellCheck {
  cellId: string;
  status: Feasibility;
  limitingFactor: LimitingFactor | null;
  /** Cumulative utilisation of this slice and all slices of higher priority on the cell. */
  utilisationDl: number;
  utilisationUl: number;
  latencyFloorMs: number;
  outageFraction: number;
}

/** A slice that shares a cell, with its demand, in priority order. */
export interface CellLoad {
  slice: Slice;
  demand: SliceDemand;
}

const RANK: Record<Feasibility, number> = { feasible: 0, conditional: 1, infeasible: 2 };

/** The worse of two feasibility outcomes. */
export function worse(a: Feasibility, b: Feasibility): Feasibility {
  return RANK[b] > RANK[a] ? b : a;
}

function usedDirections(demand: SliceDemand): LinkDirection[] {
  const dirs: LinkDirection[] = [];
  if (demand.dlMbps > 0) dirs.push('DL');
  if (demand.ulMbps > 0) dirs.push('UL');
  return dirs.length > 0 ? dirs : ['DL', 'UL'];
}

/**
 * Checks every slice on one cell. Capacity is shared in priority order (lower priorityLevel first,
 * input order on ties), like a priority scheduler: a slice's utilisation is the cumulative demand of
 * itself and all higher-priority slices over the cell capacity. Checks, first hit wins:
 * infeasible if outage > maxOutage (coverage), TDD latency floor > budget (latency-vs-tdd), or
 * utilisation > 1 (ul-/dl-capacity, the higher first); conditional if outage > 1 − reliability
 * (reliability-margin), floor > budget · latencyMarginFraction, or utilisation > conditionalUtilisation.
 * Only the directions the slice uses (non-zero guaranteed rate) count.
 */
export function checkCell(
  cellId: string,
  loads: readonly CellLoad[],
  capacity: CellCapacity,
  latency: TddLatencyFloor,
  thresholds: FeasibilityThresholds,
): SliceCellCheck[] {
  const ordered = loads
    .map((load, index) => ({ load, index }))
    .sort((a, b) => a.load.slice.priorityLevel - b.load.slice.priorityLevel || a.index - b.index);
  let cumDl = 0;
  let cumUl = 0;
  const checks = new Map<number, SliceCellCheck>();
  for (const { load, index } of ordered) {
    const { slice, demand } = load;
    cumDl += demand.dlMbps;
    cumUl += demand.ulMbps;
    const uDl = demand.dlMbps > 0 ? ratio(cumDl, capacity.dlMbps) : 0;
    const uUl = demand.ulMbps > 0 ? ratio(cumUl, capacity.ulMbps) : 0;
    const dirs = usedDirections(demand);
    const outage = Math.max(...dirs.map((d) => (d === 'DL' ? capacity.outageDl : capacity.outageUl)));
    const floorMs = Math.max(...dirs.map((d) => latency.floorMs[d]));
    const capacityFactor: LimitingFactor = uUl >= uDl ? 'ul-capacity' : 'dl-capacity';
    const u = Math.max(uDl, uUl);
    const allowedOutage = 1 - slice.reliabilityPercent / 100;
    let status: Feasibility = 'feasible';
    let factor: LimitingFactor | null = null;
    if (outage > thresholds.maxOutageFraction) [status, factor] = ['infeasible', 'coverage'];
    else if (floorMs > slice.latencyBudgetMs) [status, factor] = ['infeasible', 'latency-vs-tdd'];
    else if (u > 1) [status, factor] = ['infeasible', capacityFactor];
    else if (outage > allowedOutage + 1e-12) [status, factor] = ['conditional', 'reliability-margin'];
    else if (floorMs > slice.latencyBudgetMs * thresholds.latencyMarginFraction)
      [status, factor] = ['conditional', 'latency-vs-tdd'];
    else if (u > thresholds.conditionalUtilisation) [status, factor] = ['conditional', capacityFactor];
    checks.set(index, {
      cellId,
      status,
      limitingFactor: factor,
      utilisationDl: uDl,
      utilisationUl: uUl,
      latencyFloorMs: floorMs,
      outageFraction: outage,
    });
  }
  return loads.map((_, i) => checks.get(i) as SliceCellCheck);
}

function ratio(demand: number, capacity: number): number {
  return capacity > 0 ? demand / capacity : Infinity;
}

/** Hint for a cell check of a slice, or null when it is feasible. */
export function hintFor(check: SliceCellCheck, slice: Slice, tddPattern: string): LocalizedText | null {
  if (!check.limitingFactor) return null;
  return fixHint(check.limitingFactor, {
    utilisation: check.limitingFactor === 'dl-capacity' ? check.utilisationDl : check.utilisationUl,
    latencyFloorMs: check.latencyFloorMs,
    latencyBudgetMs: slice.latencyBudgetMs,
    outagePercent: check.outageFraction * 100,
    allowedOutagePercent: 100 - slice.reliabilityPercent,
    tddPattern,
  });
}
