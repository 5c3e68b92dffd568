import { startedMonths } from './dates';
import type { FeeModel } from './schema';

export interface FeeInput {
  bandwidthMHz: number;
  /** Inclusive period, ISO dates. */
  period: { from: string; to: string };
  /** Settlement and transport land (BNetzA a1), km². */
  settlementKm2: number;
  /** Other land (BNetzA a2), km². */
  otherKm2: number;
  /** Licence units, e.g. Ofcom low-power 50 m circles; 1 for a single licence. */
  units?: number;
}

/** The numbers a fee was computed from, exactly as printed: a reader can redo the sum to the cent. */
export interface FeeTerms {
  bandwidthMHz: number;
  /** Started months of the period. */
  months: number;
  /** Charged years: whole started years (per-block) or months/12 (BNetzA). */
  years: number;
  /** Areas used (km², rounded to whole m², i.e. 6 decimals), BNetzA only. */
  a1Km2: number;
  a2Km2: number;
  blocks: number;
  units: number;
}

export interface FeeEstimate {
  /** Amount in the currency, rounded half up to the cent. */
  amount: number;
  currency: string;
  /** The calculation with the numbers filled in (language-neutral, '.' decimals), for JSON. */
  formula: string;
  model: FeeModel['model'];
  terms: FeeTerms;
}

/** Rounds km² to whole m² (6 decimals), the precision the BNetzA formula is printed with. */
export function roundKm2ToM2(km2: number): number {
  return Math.round(km2 * 1e6) / 1e6;
}

/** A non-negative decimal as a fraction of BigInts with a power-of-ten denominator (exact for printed decimals). */
function decimal(value: number, digits = 6): { n: bigint; d: bigint } {
  const d = 10n ** BigInt(digits);
  return { n: BigInt(Math.round(value * Number(d))), d };
}

/** n/d rounded half up to an integer (n, d ≥ 0). */
function roundDiv(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/** Trims a number to at most `digits` decimals without float noise (3.37e-9 never appears). */
export function plain(value: number, digits = 6): string {
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/**
 * BNetzA local licence fee, BNetzA BGebV-FreqZut (1 Oct 2021): 1000 + B·t·5·(6·a1 + a2) EUR, t in years counted
 * by started month (t = months/12), a1/a2 in km². Computed exactly from the printed values (a rounded to m²).
 */
function bnetzaFee(model: Extract<FeeModel, { model: 'bnetza-area' }>, input: FeeInput, months: number): FeeEstimate {
  const a1 = roundKm2ToM2(input.settlementKm2);
  const a2 = roundKm2ToM2(input.otherKm2);
  const [B, rate, w1, w2, A1, A2, base] = [
    decimal(input.bandwidthMHz, 3),
    decimal(model.rate, 3),
    decimal(model.settlementWeight, 3),
    decimal(model.otherWeight, 3),
    decimal(a1),
    decimal(a2),
    decimal(model.baseAmount, 2),
  ] as const;
  // weighted = w1·A1 + w2·A2 over (w.d · A.d); both share denominators.
  const weightedN = w1.n * A1.n + w2.n * A2.n;
  const weightedD = w1.d * A1.d;
  const variableN = B.n * BigInt(months) * rate.n * weightedN;
  const variableD = B.d * 12n * rate.d * weightedD;
  const cents = roundDiv(base.n * 100n, base.d) + roundDiv(variableN * 100n, variableD);
  const amount = Number(cents) / 100;
  const t = months % 12 === 0 ? String(months / 12) : `${months}/12`;
  const formula =
    `${plain(model.baseAmount)} + B·t·${plain(model.rate)}·(${plain(model.settlementWeight)}·a1 + ${plain(model.otherWeight)}·a2)` +
    ` = ${plain(model.baseAmount)} + ${plain(input.bandwidthMHz)}·${t}·${plain(model.rate)}·(${plain(model.settlementWeight)}·${plain(a1)} + ${plain(model.otherWeight)}·${plain(a2)})` +
    ` = ${amount.toFixed(2)} ${model.currency}`;
  return {
    amount,
    currency: model.currency,
    formula,
    model: model.model,
    terms: { bandwidthMHz: input.bandwidthMHz, months, years: months / 12, a1Km2: a1, a2Km2: a2, blocks: 0, units: 1 },
  };
}

/**
 * Estimates the fee for a request under a profile's fee model, or null when the regime's fee is not published.
 * BNetzA: exact to the cent from the printed values; per-block-year: blocks × amount × started years × units.
 */
export function estimateFee(model: FeeModel, input: FeeInput): FeeEstimate | null {
  const months = startedMonths(input.period.from, input.period.to);
  switch (model.model) {
    case 'bnetza-area':
      return bnetzaFee(model, input, months);
    case 'per-block-year': {
      const blocks = Math.ceil(input.bandwidthMHz / model.blockMHz - 1e-9);
      const years = Math.ceil(months / 12);
      const units = input.units ?? 1;
      const amount = Math.round(blocks * model.amountPerBlockYear * years * units * 100) / 100;
      return {
        amount,
        currency: model.currency,
        formula: `${blocks} × ${plain(model.blockMHz)} MHz × ${plain(model.amountPerBlockYear)} ${model.currency}/year × ${years} × ${units} = ${amount.toFixed(2)} ${model.currency}`,
        model: model.model,
        terms: { bandwidthMHz: input.bandwidthMHz, months, years, a1Km2: 0, a2Km2: 0, blocks, units },
      };
    }
    case 'not-published':
      return null;
  }
}
