import { describe, expect, it } from 'vitest';
import { parseTddPattern, SE_PARAMS_NR, type TddPattern } from '../../../../core/nr';
import { cellCapacity, seStatistics, utilisation } from '../../../../core/slices';

const dddsu = (): TddPattern => {
  const r = parseTddPattern('DDDSU');
  if (!r.ok) throw new Error('DDDSU');
  return r.value;
};

describe('cell capacity = meanSE · N_PRB·12·SCS · (1 − OH) · TDD data share · layers', () => {
  it('10 MHz, SINR 10 dB everywhere, DDDSU, 2 DL / 1 UL layers', () => {
    const r = cellCapacity({
      bandwidthMHz: 10,
      scsKHz: 30,
      tdd: dddsu(),
      layersDl: 2,
      layersUl: 1,
      sinrDlDb: [10, 10],
      sinrUlDb: [10],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const hz = 24 * 12 * 30e3;
    const seDl = 0.6 * Math.log2(1 + 10);
    const seUl = 0.4 * Math.log2(1 + 10);
    expect(r.value.nPrb).toBe(24);
    expect(r.value.dlMbps).toBeCloseTo((seDl * hz * (1 - 0.14) * (52 / 70) * 2) / 1e6, 9); // ≈ 13.7 Mbps
    // UL data share: the U slot only, 14 of 70 symbols (the S slot's UL symbols are not data).
    expect(r.value.ulMbps).toBeCloseTo((seUl * hz * (1 - 0.08) * (14 / 70) * 1) / 1e6, 9); // ≈ 2.20 Mbps
  });

  it('a histogram equals the same samples listed out', () => {
    const samples = [-5, 0, 0, 0, 12, 12, 25];
    const hist = [
      { sinrDb: -5, weight: 1 },
      { sinrDb: 0, weight: 3 },
      { sinrDb: 12, weight: 2 },
      { sinrDb: 25, weight: 1 },
    ];
    for (const averaging of ['arithmetic', 'harmonic'] as const) {
      expect(seStatistics(hist, SE_PARAMS_NR.DL, averaging).meanSeBpsHz).toBeCloseTo(
        seStatistics(samples, SE_PARAMS_NR.DL, averaging).meanSeBpsHz,
        12,
      );
    }
  });

  it('reports outage below SINR_min and leaves it out of the mean; harmonic ≤ arithmetic', () => {
    const s = seStatistics([-20, 0, 10, 20], SE_PARAMS_NR.UL);
    expect(s.outageFraction).toBe(0.25);
    const se = (db: number) => 0.4 * Math.log2(1 + 10 ** (db / 10));
    expect(s.meanSeBpsHz).toBeCloseTo((se(0) + se(10) + se(20)) / 3, 12);
    const h = seStatistics([-20, 0, 10, 20], SE_PARAMS_NR.UL, 'harmonic');
    expect(h.meanSeBpsHz).toBeCloseTo(3 / (1 / se(0) + 1 / se(10) + 1 / se(20)), 12);
    expect(h.meanSeBpsHz).toBeLessThan(s.meanSeBpsHz);
    expect(seStatistics([-30], SE_PARAMS_NR.DL)).toEqual({ meanSeBpsHz: 0, outageFraction: 1 });
  });

  it('returns problems for an empty distribution or an unsupported bandwidth', () => {
    const empty = cellCapacity({
      bandwidthMHz: 20,
      scsKHz: 30,
      tdd: dddsu(),
      layersDl: 2,
      layersUl: 1,
      sinrDlDb: [],
      sinrUlDb: [5],
    });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems[0]?.path).toBe('sinrDlDb');
    const bw = cellCapacity({
      bandwidthMHz: 35,
      band: 'n78',
      scsKHz: 30,
      tdd: dddsu(),
      layersDl: 2,
      layersUl: 1,
      sinrDlDb: [5],
      sinrUlDb: [5],
    });
    expect(bw.ok).toBe(false);
  });

  it('utilisation = demand / capacity', () => {
    expect(utilisation(8, 10)).toBe(0.8);
    expect(utilisation(0, 0)).toBe(0);
    expect(utilisation(1, 0)).toBe(Infinity);
  });
});
