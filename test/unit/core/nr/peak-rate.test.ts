import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MODULATION_ORDER,
  PRB_TABLE,
  parseTddPattern,
  peakRateFromPrbMbps,
  peakRateMbps,
  type Modulation,
} from '../../../../core/nr';

function rate(input: Parameters<typeof peakRateMbps>[0]): number {
  const r = peakRateMbps(input);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('TS 38.306 §4.1.2 peak rate', () => {
  it('100 MHz, μ=1, 4 layers, 256QAM, DL → 2337 Mbps (±1)', () => {
    const mbps = rate({ bandwidthMHz: 100, scsKHz: 30, layers: 4, modulation: '256QAM', direction: 'DL' });
    expect(Math.abs(mbps - 2337)).toBeLessThanOrEqual(1);
  });

  it('matches the formula written out: 1e-6·v·Qm·f·(948/1024)·(N_PRB·12/T_s)·(1−OH)', () => {
    const ts = 1e-3 / (14 * 2 ** 1);
    const expected = 1e-6 * 2 * 8 * 1 * (948 / 1024) * ((273 * 12) / ts) * (1 - 0.08);
    const mbps = rate({ bandwidthMHz: 100, scsKHz: 30, layers: 2, modulation: '256QAM', direction: 'UL' });
    expect(mbps).toBeCloseTo(expected, 9);
    expect(Math.abs(mbps - 1250)).toBeLessThanOrEqual(1); // reference-regimes §3.5 step 6
  });

  it('TDD-adjusted with DDDSU 10:2:2: ≈ 1736 Mbps DL and ≈ 286 Mbps UL (reference-regimes §3.5, ±1)', () => {
    const tdd = parseTddPattern('DDDSU');
    if (!tdd.ok) throw new Error('DDDSU must parse');
    const dl = rate({ bandwidthMHz: 100, scsKHz: 30, layers: 4, modulation: '256QAM', direction: 'DL' });
    const ul = rate({ bandwidthMHz: 100, scsKHz: 30, layers: 2, modulation: '256QAM', direction: 'UL' });
    expect(Math.abs(dl * tdd.value.dlShare - 1736)).toBeLessThanOrEqual(1);
    expect(Math.abs(ul * tdd.value.ulShare - 286)).toBeLessThanOrEqual(1);
  });

  it('with the data shares DL stays ≈ 1736 Mbps and UL data is 1250 · 14/70 = 250 Mbps (S-slot UL is not data)', () => {
    const tdd = parseTddPattern('DDDSU');
    if (!tdd.ok) throw new Error('DDDSU must parse');
    const dl = rate({ bandwidthMHz: 100, scsKHz: 30, layers: 4, modulation: '256QAM', direction: 'DL' });
    const ul = rate({ bandwidthMHz: 100, scsKHz: 30, layers: 2, modulation: '256QAM', direction: 'UL' });
    expect(Math.abs(dl * tdd.value.dlDataShare - 1736)).toBeLessThanOrEqual(1);
    expect(Math.abs(ul * tdd.value.ulDataShare - 250)).toBeLessThanOrEqual(1);
  });

  it('scales with N_PRB: 60 MHz ≈ 0.593 × 100 MHz', () => {
    const base = { scsKHz: 30, layers: 4, modulation: '256QAM', direction: 'DL' } as const;
    expect(rate({ ...base, bandwidthMHz: 60 }) / rate({ ...base, bandwidthMHz: 100 })).toBeCloseTo(162 / 273, 12);
  });

  it('applies the scaling factor f', () => {
    const base = { bandwidthMHz: 40, scsKHz: 30, layers: 2, modulation: '64QAM', direction: 'DL' } as const;
    expect(rate({ ...base, scalingFactor: 0.75 })).toBeCloseTo(0.75 * rate(base), 9);
  });

  it('returns located problems for bad layers and bandwidths', () => {
    const layers = peakRateMbps({ bandwidthMHz: 100, scsKHz: 30, layers: 5, modulation: 'QPSK', direction: 'UL' });
    expect(layers.ok).toBe(false);
    if (!layers.ok) expect(layers.problems[0]?.path).toBe('layers');
    const bw = peakRateMbps({ bandwidthMHz: 12, scsKHz: 30, layers: 1, modulation: 'QPSK', direction: 'DL' });
    expect(bw.ok).toBe(false);
    if (!bw.ok) expect(bw.problems[0]?.path).toBe('bandwidthMHz');
  });
});

describe('peak rate is monotonic (property)', () => {
  const bandwidths = Object.keys(PRB_TABLE[30])
    .map(Number)
    .sort((a, b) => a - b);
  const modulations = (Object.keys(MODULATION_ORDER) as Modulation[]).sort(
    (a, b) => MODULATION_ORDER[a] - MODULATION_ORDER[b],
  );
  const index = (n: number) => fc.integer({ min: 0, max: n - 1 });
  const pair = (n: number) =>
    fc
      .tuple(index(n), index(n))
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

  it('strictly increases with bandwidth, layers and modulation order', () => {
    fc.assert(
      fc.property(
        pair(bandwidths.length),
        fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).filter(([a, b]) => a !== b),
        pair(modulations.length),
        fc.constantFrom('DL' as const, 'UL' as const),
        ([b1, b2], [l1, l2], [m1, m2], direction) => {
          const base = { scsKHz: 30, direction, layers: 1, modulation: 'QPSK' as Modulation, bandwidthMHz: 20 };
          const bw = (i: number) => rate({ ...base, bandwidthMHz: bandwidths[i] as number });
          expect(bw(b2)).toBeGreaterThan(bw(b1));
          const [lo, hi] = [Math.min(l1, l2), Math.max(l1, l2)];
          expect(rate({ ...base, layers: hi })).toBeGreaterThan(rate({ ...base, layers: lo }));
          const mod = (i: number) => rate({ ...base, modulation: modulations[i] as Modulation });
          expect(mod(m2)).toBeGreaterThan(mod(m1));
        },
      ),
    );
  });

  it('is proportional to N_PRB for any PRB count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 275 }), (nPrb) => {
        const r = (n: number) =>
          peakRateFromPrbMbps({ nPrb: n, scsKHz: 30, layers: 1, modulation: 'QPSK', direction: 'DL' });
        expect(r(nPrb) / r(1)).toBeCloseTo(nPrb, 9);
      }),
    );
  });
});
