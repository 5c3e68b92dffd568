import { describe, expect, it } from 'vitest';
import { N78_BANDWIDTHS_MHZ, PRB_TABLE, prbCount } from '../../../../core/nr';

/** TS 38.101-1 Table 5.3.2-1, 30 kHz SCS, as listed in docs/reference-regimes.md §3.3. */
const PUBLISHED_30KHZ: [number, number][] = [
  [5, 11],
  [10, 24],
  [15, 38],
  [20, 51],
  [25, 65],
  [30, 78],
  [35, 92],
  [40, 106],
  [45, 119],
  [50, 133],
  [60, 162],
  [70, 189],
  [80, 217],
  [90, 245],
  [100, 273],
];

/**
 * TS 38.101-1 Table 5.3.2-1, 15 kHz SCS, 3–50 MHz, typed from the spec table (Rel-19 text): the 35 and 45 MHz
 * entries (188, 242) and the narrow 3 / 7 MHz ones (15, 35) were missing before.
 */
const PUBLISHED_15KHZ: [number, number][] = [
  [3, 15],
  [5, 25],
  [7, 35],
  [10, 52],
  [15, 79],
  [20, 106],
  [25, 133],
  [30, 160],
  [35, 188],
  [40, 216],
  [45, 242],
  [50, 270],
];

/** TS 38.101-1 Table 5.3.2-1, 60 kHz SCS, 10–100 MHz, typed from the spec table. */
const PUBLISHED_60KHZ: [number, number][] = [
  [10, 11],
  [15, 18],
  [20, 24],
  [25, 31],
  [30, 38],
  [35, 44],
  [40, 51],
  [45, 58],
  [50, 65],
  [60, 79],
  [70, 93],
  [80, 107],
  [90, 121],
  [100, 135],
];

describe('N_RB, TS 38.101-1 Table 5.3.2-1 (exact)', () => {
  it.each(PUBLISHED_30KHZ)('30 kHz, %i MHz → %i PRB', (bandwidthMHz, nRb) => {
    expect(prbCount({ bandwidthMHz, scsKHz: 30 })).toEqual({ ok: true, value: nRb, warnings: [] });
  });

  it.each(PUBLISHED_15KHZ)('15 kHz, %i MHz → %i PRB', (bandwidthMHz, nRb) => {
    expect(prbCount({ bandwidthMHz, scsKHz: 15 })).toMatchObject({ ok: true, value: nRb });
  });

  it.each(PUBLISHED_60KHZ)('60 kHz, %i MHz → %i PRB', (bandwidthMHz, nRb) => {
    expect(prbCount({ bandwidthMHz, scsKHz: 60 })).toMatchObject({ ok: true, value: nRb });
  });

  it('holds exactly the published entries', () => {
    const entries = (scs: 15 | 30 | 60) => Object.entries(PRB_TABLE[scs]).map(([b, n]) => [Number(b), n]);
    expect(entries(30)).toEqual(PUBLISHED_30KHZ);
    expect(entries(15)).toEqual(PUBLISHED_15KHZ);
    expect(entries(60)).toEqual(PUBLISHED_60KHZ);
  });

  it('fits every entry in its channel: N_RB·12·SCS plus the minimum guard bands stays below the bandwidth', () => {
    for (const scs of [15, 30, 60] as const)
      for (const [bw, nRb] of Object.entries(PRB_TABLE[scs])) expect(nRb * 12 * scs).toBeLessThan(Number(bw) * 1000);
  });

  it('every n78 bandwidth at 30 kHz has an entry', () => {
    for (const bandwidthMHz of N78_BANDWIDTHS_MHZ) {
      expect(prbCount({ bandwidthMHz, scsKHz: 30, band: 'n78' }).ok).toBe(true);
    }
  });
});

describe('prbCount problems', () => {
  it('rejects a bandwidth that n78 does not support, with a hint', () => {
    expect(prbCount({ bandwidthMHz: 35, scsKHz: 30 }).ok).toBe(true);
    const r = prbCount({ bandwidthMHz: 35, scsKHz: 30, band: 'n78' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]?.path).toBe('bandwidthMHz');
      expect(r.problems[0]?.message.en).toContain('not an n78 channel bandwidth');
      expect(r.problems[0]?.hint?.da).toContain('100 MHz');
    }
  });

  it('rejects untabulated bandwidths and SCS', () => {
    const odd = prbCount({ bandwidthMHz: 7, scsKHz: 30 });
    expect(odd.ok).toBe(false);
    if (!odd.ok) expect(odd.problems[0]?.hint?.en).toContain('10, 15, 20');
    const scs60 = prbCount({ bandwidthMHz: 5, scsKHz: 60 }); // N/A in the table
    expect(scs60.ok).toBe(false);
    if (!scs60.ok) expect(scs60.problems[0]?.hint?.en).toContain('10, 15, 20');
    const scs120 = prbCount({ bandwidthMHz: 100, scsKHz: 120 });
    expect(scs120.ok).toBe(false);
    if (!scs120.ok) expect(scs120.problems[0]?.path).toBe('scsKHz');
    const n78at15 = prbCount({ bandwidthMHz: 20, scsKHz: 15, band: 'n78' });
    expect(n78at15.ok).toBe(false);
  });
});
