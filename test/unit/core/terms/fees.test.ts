import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateFee, parseTermsProfile, type FeeModel } from '../../../../core/terms';

function feeModel(id: string): FeeModel {
  const result = parseTermsProfile(
    JSON.parse(readFileSync(join(__dirname, '../../../../data/terms', `${id}.json`), 'utf8')),
  );
  if (!result.ok || !result.value.fee.value) throw new Error('profile must load');
  return result.value.fee.value;
}

const tenYears = { from: '2026-01-01', to: '2035-12-31' };

describe('BNetzA fee: 1000 + B·t·5·(6·a1 + a2) EUR (exact)', () => {
  const model = feeModel('de-bnetza-3700');
  it('100 MHz, 10 years, 1 km² settlement land → 31,000 EUR', () => {
    const fee = estimateFee(model, { bandwidthMHz: 100, period: tenYears, settlementKm2: 1, otherKm2: 0 });
    expect(fee).toMatchObject({ amount: 31000, currency: 'EUR' });
    expect(fee?.formula).toContain('= 31000.00 EUR');
  });
  it('60 MHz, 10 years, 0.5 km² settlement + 2 km² other → 16,000 EUR', () => {
    expect(estimateFee(model, { bandwidthMHz: 60, period: tenYears, settlementKm2: 0.5, otherKm2: 2 })?.amount).toBe(
      16000,
    );
  });
  it('100 MHz, 10 years 6 months (started months), 0.5 km² settlement → 16,750 EUR', () => {
    const period = { from: '2026-01-01', to: '2036-06-30' };
    expect(estimateFee(model, { bandwidthMHz: 100, period, settlementKm2: 0.5, otherKm2: 0 })?.amount).toBe(16750);
  });
  it('charges a started month in full', () => {
    const period = { from: '2026-01-01', to: '2036-01-01' };
    // 121 months: 1000 + 100 · 121/12 · 5 · 6 = 31,250 EUR.
    expect(estimateFee(model, { bandwidthMHz: 100, period, settlementKm2: 1, otherKm2: 0 })?.amount).toBe(31250);
  });
});

describe('per-block fees', () => {
  it('PTS: 40 MHz for one year → 4 × 570 = 2,280 SEK; 80 MHz for five years → 22,800 SEK', () => {
    const model = feeModel('se-pts-3720');
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect(estimateFee(model, { bandwidthMHz: 40, period: year, settlementKm2: 0, otherKm2: 0 })).toMatchObject({
      amount: 2280,
      currency: 'SEK',
    });
    const five = { from: '2026-01-01', to: '2030-12-31' };
    expect(estimateFee(model, { bandwidthMHz: 80, period: five, settlementKm2: 0, otherKm2: 0 })?.amount).toBe(22800);
  });
  it('Ofcom low power: 3 circles × 40 MHz for a year → £960', () => {
    const model = feeModel('uk-ofcom-sa-lp');
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect(
      estimateFee(model, { bandwidthMHz: 40, period: year, settlementKm2: 0, otherKm2: 0, units: 3 }),
    ).toMatchObject({ amount: 960, currency: 'GBP' });
  });
  it('Denmark: the lease price is not published, so there is no estimate', () => {
    expect(
      estimateFee(feeModel('dk-tt-2021'), { bandwidthMHz: 60, period: tenYears, settlementKm2: 1, otherKm2: 0 }),
    ).toBeNull();
  });
});

describe('BNetzA: the printed formula reproduces the amount to the cent', () => {
  const model = feeModel('de-bnetza-3700');
  /** Evaluates the middle part of the printed formula ("1000 + 100·121/12·5·(6·1 + 1·0.25)") with plain arithmetic. */
  const evaluate = (formula: string) => {
    const middle = formula.split(' = ')[1] as string;
    expect(middle).toMatch(/^[\d.+·/() ]+$/);
    return Function(`return ${middle.replace(/·/g, '*')}`)() as number;
  };

  it.each([
    [100, { from: '2026-01-01', to: '2036-01-01' }, 1, 0.25],
    [60, { from: '2026-03-15', to: '2029-08-02' }, 0.123456789, 2.987654321],
    [10, { from: '2026-01-01', to: '2026-01-01' }, 0.1 + 0.2, 0.000000003374],
    [70, { from: '2027-02-01', to: '2040-12-31' }, 3.3333333, 7.7777777],
  ])('%i MHz, %o, a1 %f, a2 %f', (bandwidthMHz, period, settlementKm2, otherKm2) => {
    const fee = estimateFee(model, { bandwidthMHz, period, settlementKm2, otherKm2 })!;
    expect(fee.formula).not.toMatch(/e-\d|\d{10,}/);
    expect(Math.round(evaluate(fee.formula) * 100) / 100).toBe(fee.amount);
    expect(fee.formula.endsWith(`= ${fee.amount.toFixed(2)} EUR`)).toBe(true);
    expect(fee.terms.months).toBeGreaterThan(0);
  });

  it('prints t as started months over 12, and the areas rounded to whole m²', () => {
    const fee = estimateFee(model, {
      bandwidthMHz: 100,
      period: { from: '2026-01-01', to: '2036-01-01' },
      settlementKm2: 0.1 + 0.2,
      otherKm2: 3.37e-9,
    })!;
    expect(fee.formula).toContain('100·121/12·5·(6·0.3 + 1·0)');
    expect(fee.terms).toMatchObject({ months: 121, a1Km2: 0.3, a2Km2: 0 });
  });
});
