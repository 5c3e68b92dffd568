import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_TDD_FRAMES, parseTddPattern, tddLatencyFloor, tddPeriodMs, type TddPattern } from '../../../../core/nr';

function parse(pattern: string, special?: Parameters<typeof parseTddPattern>[1]): TddPattern {
  const r = parseTddPattern(pattern, special);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const pp = (share: number) => share * 100;

describe('TDD shares (reference-regimes §3.4), ±0.1 percentage point', () => {
  it('DDDSU 10:2:2 → 74.3 % DL, 22.9 % UL, 2.9 % guard of the air time (domain.md)', () => {
    const t = parse('DDDSU');
    expect(Math.abs(pp(t.dlShare) - 74.3)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(pp(t.ulShare) - 22.9)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(pp(t.guardShare) - 2.9)).toBeLessThanOrEqual(0.1);
    expect(t.specialSource).toBe('frame-table');
  });

  it('DDDSU data shares: DL (3·14 + 10)/70 = 74.3 %, UL 14/70 = 20.0 % (the S slot UL symbols are not data)', () => {
    // Reading: PDSCH can use the S slot's 10 DL symbols (its PDCCH/DMRS overhead is TS 38.306's OH); the 2 UL
    // symbols of S carry SRS/short PUCCH in 3.5 GHz deployments, so uplink data is the U slot alone.
    const t = parse('DDDSU');
    expect(t.dlDataShare).toBeCloseTo(52 / 70, 12);
    expect(t.ulDataShare).toBeCloseTo(14 / 70, 12);
    expect(Math.abs(pp(t.ulDataShare) - 20.0)).toBeLessThanOrEqual(0.1);
    expect(t.ulDataShare).toBeLessThan(t.ulShare);
  });

  it('DDDDDDDSUU 6:4:4: DL = (7·14 + 6)/140, UL = (2·14 + 4)/140, guard = 4/140', () => {
    const t = parse('DDDDDDDSUU', { dlSymbols: 6, guardSymbols: 4, ulSymbols: 4 });
    expect(t.dlShare).toBeCloseTo((7 * 14 + 6) / 140, 12); // 74.29 %
    expect(t.ulShare).toBeCloseTo((2 * 14 + 4) / 140, 12); // 22.86 %
    expect(t.guardShare).toBeCloseTo(4 / 140, 12); // 2.86 %
    expect(Math.abs(pp(t.dlShare) - 74.3)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(pp(t.ulShare) - 22.9)).toBeLessThanOrEqual(0.1);
  });

  it('DDDDDDDSUU without a given split takes 6:4:4 from the frame table, not 10:2:2', () => {
    const r = parseTddPattern('dddddddsuu');
    expect(r.ok && r.warnings).toEqual([]);
    const t = parse('DDDDDDDSUU');
    expect(t.special).toEqual({ dlSymbols: 6, guardSymbols: 4, ulSymbols: 4 });
    expect(t.specialSource).toBe('frame-table');
    expect(t.dlShare).toBeCloseTo(104 / 140, 12); // 74.29 %
    expect(t.ulDataShare).toBeCloseTo(28 / 140, 12); // 20.0 %
  });

  it('a pattern outside the frame table gets 10:2:2 with a warning saying so', () => {
    const r = parseTddPattern('DDSUU');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.specialSource).toBe('assumed');
    expect(r.warnings[0]?.message.en).toContain('not in the frame table');
    expect(parseTddPattern('DDSUU', { dlSymbols: 10, guardSymbols: 2, ulSymbols: 2 }).ok && true).toBe(true);
  });

  it('custom DDSUU 10:2:2: DL = (2·14 + 10)/70, UL = (2·14 + 2)/70', () => {
    const t = parse('ddsuu');
    expect(t.pattern).toBe('DDSUU');
    expect(t.dlShare).toBeCloseTo(38 / 70, 12);
    expect(t.ulShare).toBeCloseTo(30 / 70, 12);
  });

  it('ships the two common European frames', () => {
    for (const f of COMMON_TDD_FRAMES) expect(parseTddPattern(f.pattern, f.special).ok).toBe(true);
  });
});

describe('TDD period and latency floor', () => {
  it('periods at 30 kHz: DDDSU 2.5 ms, DDDDDDDSUU 5 ms; at 15 kHz DDDSU 5 ms', () => {
    expect(tddPeriodMs(parse('DDDSU'), 30)).toBe(2.5);
    expect(tddPeriodMs(parse('DDDDDDDSUU'), 30)).toBe(5);
    expect(tddPeriodMs(parse('DDDSU'), 15)).toBe(5);
  });

  it('DDDSU 10:2:2 at 30 kHz: UL data waits 3·14 + 14 = 56 symbols, DL waits 2 G + 2 U + 14 = 18 symbols; + one 0.5 ms slot', () => {
    const symbolMs = 0.5 / 14;
    const f = tddLatencyFloor(parse('DDDSU'), 30);
    // UL data goes in U slots only, so the wait runs over the whole S slot too.
    expect(f.worstWaitMs.UL).toBeCloseTo(56 * symbolMs, 12);
    expect(f.floorMs.UL).toBeCloseTo(56 * symbolMs + 0.5, 12); // 2.5 ms
    expect(f.worstWaitMs.DL).toBeCloseTo(18 * symbolMs, 12);
    expect(f.floorMs.DL).toBeCloseTo(18 * symbolMs + 0.5, 12); // ≈ 1.14 ms
  });

  it('DDDDDDDSUU 6:4:4 at 30 kHz: UL data waits 8·14 = 112 symbols, DL waits 4 G + 4 U + 2·14 = 36 symbols', () => {
    const symbolMs = 0.5 / 14;
    const f = tddLatencyFloor(parse('DDDDDDDSUU', { dlSymbols: 6, guardSymbols: 4, ulSymbols: 4 }), 30);
    expect(f.floorMs.UL).toBeCloseTo(112 * symbolMs + 0.5, 12); // 4.5 ms
    expect(f.floorMs.DL).toBeCloseTo(36 * symbolMs + 0.5, 12); // ≈ 1.79 ms
  });
});

describe('invalid TDD patterns', () => {
  const cases: [string, string][] = [
    ['', 'empty'],
    ['DDXU', "Invalid character 'X' at position 3"],
    ['DDDU', 'Switch from D to U at position 3'],
    ['UDDD', 'Switch from D to U at position 4'],
    ['DDDD', 'both downlink and at least one uplink slot'],
    ['DDDS', 'at least one uplink slot (U)'],
  ];
  it.each(cases)('%j → problem "%s"', (pattern, text) => {
    const r = parseTddPattern(pattern);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.some((p) => p.message.en.includes(text))).toBe(true);
      expect(r.problems.every((p) => p.message.da.length > 0 && p.path === 'pattern')).toBe(true);
    }
  });

  it('rejects special-slot splits that do not sum to 14 or lack a guard', () => {
    const sum = parseTddPattern('DDDSU', { dlSymbols: 10, guardSymbols: 2, ulSymbols: 3 });
    expect(sum.ok).toBe(false);
    if (!sum.ok) expect(sum.problems[0]?.path).toBe('specialSlot');
    const guard = parseTddPattern('DDDSU', { dlSymbols: 12, guardSymbols: 0, ulSymbols: 2 });
    expect(guard.ok).toBe(false);
    if (!guard.ok) expect(guard.problems[0]?.path).toBe('specialSlot.guardSymbols');
  });

  it('property: any string never throws; a string with a non-DSU letter always yields problems', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (s) => {
        const r = parseTddPattern(s);
        if (r.ok) {
          expect(r.value.dlShare + r.value.ulShare + r.value.guardShare).toBeCloseTo(1, 12);
          expect(r.value.ulDataShare).toBeLessThanOrEqual(r.value.ulShare);
          expect(r.value.dlDataShare).toBeLessThanOrEqual(r.value.dlShare);
        } else expect(r.problems.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('D', 'S', 'U'), maxLength: 20 }),
        fc.constantFrom('X', '1', '-', 'Ø', 'd u'),
        (s, bad) => {
          expect(parseTddPattern(s + bad + s).ok).toBe(false);
        },
      ),
    );
  });

  it('property: valid D/S/U patterns have shares that sum to 1 and finite floors', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('D', 'S', 'U'), minLength: 1, maxLength: 40 }), (s) => {
        const r = parseTddPattern(s);
        if (!r.ok) return;
        const f = tddLatencyFloor(r.value, 30);
        expect(Number.isFinite(f.floorMs.DL) && Number.isFinite(f.floorMs.UL)).toBe(true);
        expect(f.floorMs.UL).toBeLessThanOrEqual(tddPeriodMs(r.value, 30) + 0.5);
      }),
    );
  });
});
