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

/** TS 38.101-1 Table 5.3.2-1, 15 kHz SCS, 5–50 MHz (reference-regimes.md §3.3). */
const PUBLISHED_15KHZ: [number, number][] = [
  [5, 25],
  [10, 52],
  [15, 79],
  [20, 106],
  [25, 133],
  [30, 160],
  [40, 216],
  [50, 270],
];

describe('N_RB, TS 38.101-1 Table 5.3.2-1 (exact)', () => {
  it.each(PUBLISHED_30KHZ)('30 kHz, %i MHz → %i PRB', (bandwidthMHz, nRb) => {
    expect(prbCount({ bandwidthMHz, scsKHz: 30 })).toEqual({ ok: true, value: nRb, warnings: [] });
  });

  it.each(PUBLISHED_15KHZ)('15 kHz, %i MHz → %i PRB', (bandwidthMHz, nRb) => {
    expect(prbCount({ bandwidthMHz, scsKHz: 15 })).toMatchObject({ ok: true, value: nRb });
  });

  it('holds exactly the published entries and no 60 kHz column', () => {
    expect(Object.entries(PRB_TABLE[30]).map(([b, n]) => [Number(b), n])).toEqual(PUBLISHED_30KHZ);
    expect(Object.entries(PRB_TABLE[15]).map(([b, n]) => [Number(b), n])).toEqual(PUBLISHED_15KHZ);
    expect(PRB_TABLE[60]).toEqual({});
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
    const scs60 = prbCount({ bandwidthMHz: 100, scsKHz: 60 });
    expect(scs60.ok).toBe(false);
    const scs120 = prbCount({ bandwidthMHz: 100, scsKHz: 120 });
    expect(scs120.ok).toBe(false);
    if (!scs120.ok) expect(scs120.problems[0]?.path).toBe('scsKHz');
    const n78at15 = prbCount({ bandwidthMHz: 20, scsKHz: 15, band: 'n78' });
    expect(n78at15.ok).toBe(false);
  });
});
