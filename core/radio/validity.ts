import { formatNumber } from '../geo/format';
import type { LocalizedText } from '../i18n/localized';
import { lt } from '../i18n/localized';

/** A quantity a propagation model constrains, with its Danish and English label and unit. */
export interface Quantity {
  symbol: string;
  unit: string;
}

export const D2D: Quantity = { symbol: 'd2D', unit: 'm' };
export const D3D: Quantity = { symbol: 'd3D', unit: 'm' };
export const H_BS: Quantity = { symbol: 'hBS', unit: 'm' };
export const H_UT: Quantity = { symbol: 'hUT', unit: 'm' };
export const FC: Quantity = { symbol: 'fc', unit: 'GHz' };
export const STREET_WIDTH: Quantity = { symbol: 'W', unit: 'm' };
export const BUILDING_HEIGHT: Quantity = { symbol: 'h', unit: 'm' };

function fmt(value: number, lang: 'da' | 'en'): string {
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 2;
  return formatNumber(value, lang, digits);
}

/** What the model does with an out-of-range input: evaluates the formula anyway, or clamps the input. */
export type OutOfRangeAction = 'extrapolated' | { clampedTo: number };

/** Warning text: `model` evaluated with `q` = value outside [min, max], and what was done about it. */
export function rangeWarning(
  model: string,
  q: Quantity,
  value: number,
  range: readonly [number, number],
  action: OutOfRangeAction,
): LocalizedText {
  const [min, max] = range;
  const da =
    `${model}: ${q.symbol} = ${fmt(value, 'da')} ${q.unit} er uden for modellens gyldighedsområde ` +
    `${fmt(min, 'da')}–${fmt(max, 'da')} ${q.unit}; ` +
    (action === 'extrapolated'
      ? 'formlen er ekstrapoleret, så resultatet er usikkert.'
      : `værdien ${fmt(action.clampedTo, 'da')} ${q.unit} er brugt i stedet.`);
  const en =
    `${model}: ${q.symbol} = ${fmt(value, 'en')} ${q.unit} is outside the model's validity range ` +
    `${fmt(min, 'en')}–${fmt(max, 'en')} ${q.unit}; ` +
    (action === 'extrapolated'
      ? 'the formula was extrapolated, so the result is uncertain.'
      : `the value ${fmt(action.clampedTo, 'en')} ${q.unit} was used instead.`);
  return lt(da, en);
}

/** Warning text: the model assumes a nominal value (e.g. UMa hBS = 25 m) and was used with another. */
export function nominalWarning(model: string, q: Quantity, value: number, nominal: number): LocalizedText {
  return lt(
    `${model}: modellen er udledt for ${q.symbol} = ${fmt(nominal, 'da')} ${q.unit}, men bruges med ` +
      `${fmt(value, 'da')} ${q.unit}; resultatet er usikkert.`,
    `${model}: the model was derived for ${q.symbol} = ${fmt(nominal, 'en')} ${q.unit} but is used with ` +
      `${fmt(value, 'en')} ${q.unit}; the result is uncertain.`,
  );
}

/** Appends an 'extrapolated' warning to `warnings` when `value` is outside [min, max]. */
export function checkRange(
  warnings: LocalizedText[],
  model: string,
  q: Quantity,
  value: number,
  range: readonly [number, number],
): void {
  if (value < range[0] || value > range[1]) warnings.push(rangeWarning(model, q, value, range, 'extrapolated'));
}

/**
 * Distance policy shared by the path-loss models: below the minimum the distance is clamped up to the
 * minimum (loss plateaus there, finite and monotone); above the maximum the formula is extrapolated.
 * Returns the distance to evaluate and appends a warning when out of range.
 */
export function clampMinDistance(
  warnings: LocalizedText[],
  model: string,
  q: Quantity,
  valueM: number,
  range: readonly [number, number],
): number {
  if (valueM < range[0]) {
    warnings.push(rangeWarning(model, q, valueM, range, { clampedTo: range[0] }));
    return range[0];
  }
  if (valueM > range[1]) warnings.push(rangeWarning(model, q, valueM, range, 'extrapolated'));
  return valueM;
}
