import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTddPattern, type TddPattern } from '../../../../core/nr';
import {
  parseSlicePresets,
  sizeBandwidth,
  sliceFromPreset,
  type CellRadio,
  type Slice,
  type SizingResult,
} from '../../../../core/slices';

const lib = (() => {
  const r = parseSlicePresets(
    JSON.parse(readFileSync(join(__dirname, '../../../../data/slices/presets.json'), 'utf8')),
  );
  if (!r.ok) throw new Error('presets must load');
  return r.value;
})();
const preset = (id: string, over: Partial<Slice> = {}): Slice => {
  const p = lib.presets.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return { ...sliceFromPreset(p, { id, lang: 'en' }), ...over };
};
const tdd = (pattern: string, special?: Parameters<typeof parseTddPattern>[1]): TddPattern => {
  const r = parseTddPattern(pattern, special);
  if (!r.ok) throw new Error(pattern);
  return r.value;
};
const sized = (r: ReturnType<typeof sizeBandwidth>): SizingResult => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

/** One cell where every location has SINR 10 dB in both directions, 2 DL / 1 UL layers. */
const cell: CellRadio = { id: 'c1', sinrDlDb: [10], sinrUlDb: [10], layersDl: 2, layersUl: 1 };
const allowed = [10, 20, 30, 40, 50, 60];

/**
 * UL capacity by hand: 0.4·log2(1 + 10) · N_PRB·12·30 kHz · (1 − 0.08) · 14/70 · 1 layer, in Mbps. The UL data
 * share of DDDSU is the U slot alone (14 of 70 symbols); the S slot's 2 UL symbols carry SRS/PUCCH, not data.
 */
const ulCapacityMbps = (nPrb: number) => (0.4 * Math.log2(11) * nPrb * 12 * 30e3 * 0.92 * (14 / 70)) / 1e6;

describe('sizing: drone video uplink (2 × 4 Mbps UL, TS 22.125) on DDDSU', () => {
  const result = sized(
    sizeBandwidth({
      allowedBandwidthsMHz: allowed,
      scsKHz: 30,
      band: 'n78',
      tdd: tdd('DDDSU'),
      cells: [cell],
      placements: [{ slice: preset('live-video-uplink') }],
    }),
  );
  const at = (bw: number) => result.evaluations.find((e) => e.bandwidthMHz === bw)?.verdicts[0];

  it('is infeasible on 10 MHz with ul-capacity as the limiting factor', () => {
    expect(ulCapacityMbps(24)).toBeCloseTo(2.2, 2); // 8 Mbps demand ≫ 2.20 Mbps
    expect(at(10)).toMatchObject({ status: 'infeasible', limitingFactor: 'ul-capacity', cellId: 'c1' });
    expect(at(10)?.checks[0]?.utilisationUl).toBeCloseTo(8 / ulCapacityMbps(24), 9);
    expect(at(10)?.hint?.en).toContain('Uplink utilisation');
    expect(at(10)?.hint?.da).toContain('Uplink er udnyttet');
  });

  it('is conditional at 40 MHz (8 / 9.71 Mbps > 80 %) and feasible from 50 MHz (8 / 12.2 Mbps = 66 %)', () => {
    expect(8 / ulCapacityMbps(78)).toBeGreaterThan(1); // 30 MHz: 7.15 Mbps
    expect(8 / ulCapacityMbps(106)).toBeGreaterThan(0.8);
    expect(8 / ulCapacityMbps(133)).toBeLessThan(0.8);
    expect(at(30)?.status).toBe('infeasible');
    expect(at(40)).toMatchObject({ status: 'conditional', limitingFactor: 'ul-capacity' });
    expect(at(50)).toMatchObject({ status: 'feasible', limitingFactor: null, hint: null });
    expect(result.bandwidthMHz).toBe(50);
    expect(result.conditionalBandwidthMHz).toBe(40);
    expect(result.demands[0]).toMatchObject({ activeDevices: 2, ulMbps: 8 });
  });
});

describe('sizing: latency budget against the TDD frame', () => {
  it('a 1 ms budget is infeasible on DDDDDDDSUU at every bandwidth (UL floor 4.5 ms)', () => {
    const frame = tdd('DDDDDDDSUU', { dlSymbols: 6, guardSymbols: 4, ulSymbols: 4 });
    const slice = preset('drone-c2-bvlos', { latencyBudgetMs: 1 });
    const result = sized(
      sizeBandwidth({ allowedBandwidthsMHz: allowed, scsKHz: 30, tdd: frame, cells: [cell], placements: [{ slice }] }),
    );
    // UL data goes in U slots only: the wait after the last U slot is 7·14 + 14 (S) = 112 symbols of 0.5/14 ms,
    // plus one 0.5 ms slot.
    const floorUlMs = (112 * 0.5) / 14 + 0.5;
    expect(result.bandwidthMHz).toBeNull();
    expect(result.conditionalBandwidthMHz).toBeNull();
    for (const e of result.evaluations) {
      expect(e.verdicts[0]).toMatchObject({ status: 'infeasible', limitingFactor: 'latency-vs-tdd' });
      expect(e.verdicts[0]?.checks[0]?.latencyFloorMs).toBeCloseTo(floorUlMs, 9);
    }
    expect(result.evaluations[0]?.verdicts[0]?.hint?.en).toContain('More bandwidth does not help');
  });

  it('the 40 ms drone C2 budget is fine on DDDDDDDSUU, but 8 ms is only conditional (floor > half the budget)', () => {
    const frame = tdd('DDDDDDDSUU', { dlSymbols: 6, guardSymbols: 4, ulSymbols: 4 });
    const run = (latencyBudgetMs: number) =>
      sized(
        sizeBandwidth({
          allowedBandwidthsMHz: [20],
          scsKHz: 30,
          tdd: frame,
          cells: [cell],
          placements: [{ slice: preset('drone-c2-bvlos', { latencyBudgetMs }) }],
        }),
      ).evaluations[0]?.verdicts[0];
    expect(run(40)?.status).toBe('feasible');
    expect(run(8)).toMatchObject({ status: 'conditional', limitingFactor: 'latency-vs-tdd' });
  });
});

describe('sizing: coverage, reliability margin and priority', () => {
  const run = (cells: CellRadio[], slices: Slice[], bws = [40]) =>
    sized(
      sizeBandwidth({
        allowedBandwidthsMHz: bws,
        scsKHz: 30,
        tdd: tdd('DDDSU'),
        cells,
        placements: slices.map((slice) => ({ slice })),
      }),
    );

  it('10 % of the area below SINR_min → infeasible on coverage; 1 % → conditional reliability margin for 99.9 %', () => {
    const samples = (bad: number) => [...Array<number>(bad).fill(-15), ...Array<number>(100 - bad).fill(10)];
    const c10: CellRadio = { ...cell, sinrDlDb: samples(10), sinrUlDb: samples(10) };
    const c1: CellRadio = { ...cell, sinrDlDb: samples(1), sinrUlDb: samples(1) };
    const slice = preset('drone-c2-bvlos');
    expect(run([c10], [slice]).evaluations[0]?.verdicts[0]).toMatchObject({
      status: 'infeasible',
      limitingFactor: 'coverage',
    });
    const v = run([c1], [slice]).evaluations[0]?.verdicts[0];
    expect(v).toMatchObject({ status: 'conditional', limitingFactor: 'reliability-margin' });
    expect(v?.hint?.en).toContain('0.100 %');
    expect(v?.hint?.da).toContain('0,100 %');
  });

  it('higher-priority slices get capacity first', () => {
    // On 20 MHz the UL holds 5.34 Mbps: MC video (priority 15, 4 × 4 Mbps) fills it, MCPTT (priority 7) still fits.
    const r = run([cell], [preset('mc-video'), preset('mcptt')], [20]);
    const [video, ptt] = r.evaluations[0]?.verdicts ?? [];
    expect(ptt).toMatchObject({ sliceId: 'mcptt', status: 'feasible' });
    expect(video).toMatchObject({ sliceId: 'mc-video', status: 'infeasible', limitingFactor: 'ul-capacity' });
    expect(video?.checks[0]?.utilisationUl).toBeCloseTo((20 * 0.05 + 16) / ulCapacityMbps(51), 9);
  });

  it('returns located problems for unknown cells, missing areas and empty inputs', () => {
    const iot = preset('iot-sensors');
    const r = sizeBandwidth({
      allowedBandwidthsMHz: [],
      scsKHz: 30,
      tdd: tdd('DDDSU'),
      cells: [cell],
      placements: [{ slice: iot }, { slice: preset('mcptt'), cellIds: ['nope'] }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.path).sort()).toEqual(
        ['allowedBandwidthsMHz', 'placements[0].areaKm2', 'placements[1].cellIds[0]'].sort(),
      );
    }
  });

  it('skips bandwidths n78 does not support, with a warning', () => {
    const r = sizeBandwidth({
      allowedBandwidthsMHz: [35, 40],
      scsKHz: 30,
      band: 'n78',
      tdd: tdd('DDDSU'),
      cells: [cell],
      placements: [{ slice: preset('mcptt') }],
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.evaluations.map((e) => e.bandwidthMHz)).toEqual([40]);
      expect(r.warnings[0]).toMatchObject({ severity: 'warning', path: 'allowedBandwidthsMHz' });
    }
  });

  it('warns about a slice placed on no cell', () => {
    const r = sizeBandwidth({
      allowedBandwidthsMHz: [40],
      scsKHz: 30,
      tdd: tdd('DDDSU'),
      cells: [cell],
      placements: [{ slice: preset('mcptt'), cellIds: [] }],
    });
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['placements[0].cellIds']);
    expect(r.ok && r.value.evaluations[0]?.verdicts[0]).toMatchObject({ status: 'feasible', cellId: null });
  });
});
