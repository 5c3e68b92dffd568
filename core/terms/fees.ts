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

export interface FeeEstimate {
  amount: number;
  currency: string;
  /** The calculation with the numbers filled in, for the request document. */
  formula: string;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Estimates the fee for a request under a profile's fee model, or null when the regime's fee
 * is not published. BNetzA: 1000 + B·t·5·(6·a1 + a2) EUR with t in years counted by started
 * month (BGebV-FreqZut B.10.3); per-block-year: blocks × amount × started years × units.
 */
export function estimateFee(model: FeeModel, input: FeeInput): FeeEstimate | null {
  const months = startedMonths(input.period.from, input.period.to);
  switch (model.model) {
    case 'bnetza-area': {
      const t = months / 12;
      const weighted = model.settlementWeight * input.settlementKm2 + model.otherWeight * input.otherKm2;
      const amount = round2(model.baseAmount + input.bandwidthMHz * t * model.rate * weighted);
      return {
        amount,
        currency: model.currency,
        formula: `${model.baseAmount} + B·t·${model.rate}·(${model.settlementWeight}·a1 + ${model.otherWeight}·a2) = ${model.baseAmount} + ${input.bandwidthMHz}·${round2(t)}·${model.rate}·(${model.settlementWeight}·${input.settlementKm2} + ${model.otherWeight}·${input.otherKm2}) = ${amount} ${model.currency}`,
      };
    }
    case 'per-block-year': {
      const blocks = Math.ceil(input.bandwidthMHz / model.blockMHz);
      const years = Math.ceil(months / 12);
      const units = input.units ?? 1;
      const amount = round2(blocks * model.amountPerBlockYear * years * units);
      return {
        amount,
        currency: model.currency,
        formula: `${blocks} × ${model.blockMHz} MHz × ${model.amountPerBlockYear} ${model.currency}/år·year × ${years} × ${units} = ${amount} ${model.currency}`,
      };
    }
    case 'not-published':
      return null;
  }
}
