import { formatNumber } from '../../core/geo/format';
import type { Lang } from '../../core/i18n/localized';
import type { FeeModel, Sourced, TermsProfile } from '../../core/terms/schema';
import { showDate } from '../features/request/request-format';

/** The sourced fields of a terms profile, in display order. */
export const SOURCED_KEYS = [
  'addressee',
  'band',
  'leasableRange',
  'blockRasterMHz',
  'minBandwidthMHz',
  'maxBandwidthMHz',
  'licenceTerm',
  'obligationWindowYears',
  'maxTermYears',
  'nonAasEirpDbmPer5MHz',
  'aasTrpDbmPer5MHz',
  'borderLimits',
  'areaBasis',
  'fee',
] as const satisfies readonly (keyof TermsProfile)[];

/** Optional sourced fields, shown when the profile has them: the regulator, the legal basis, the area model. */
export const OPTIONAL_SOURCED_KEYS = [
  'regulator',
  'legalBasis',
  'areaModel',
] as const satisfies readonly (keyof TermsProfile)[];
export type OptionalSourcedKey = (typeof OPTIONAL_SOURCED_KEYS)[number];

/** Formats an optional sourced field (null when the profile does not have it). */
export function formatOptionalTermsValue(profile: TermsProfile, key: OptionalSourcedKey, lang: Lang): string | null {
  switch (key) {
    case 'regulator': {
      const v = profile.regulator?.value;
      return profile.regulator ? (v ? `${v.name}${v.shortName ? ` (${v.shortName})` : ''}` : '—') : null;
    }
    case 'legalBasis': {
      const v = profile.legalBasis?.value;
      return profile.legalBasis ? (v ? (v[lang] ?? v.en ?? v.da ?? v.de ?? v.sv ?? '—') : '—') : null;
    }
    case 'areaModel': {
      const v = profile.areaModel?.value;
      if (!profile.areaModel) return null;
      if (!v) return '—';
      return v.kind === 'polygon'
        ? lang === 'da'
          ? 'tegnet område'
          : 'drawn area'
        : lang === 'da'
          ? `cirkel med ${formatNumber(v.radiusM, lang)} m radius pr. basestation`
          : `${formatNumber(v.radiusM, lang)} m radius circle per base station`;
    }
  }
}
export type SourcedKey = (typeof SOURCED_KEYS)[number];

/** Publication state of a sourced value: missing, published but unverified, or verified. */
export type SourcedState = 'unpublished' | 'unverified' | 'verified';

/** Says whether a sourced field is published and verified (a "not-published" fee counts as missing). */
export function sourcedState(field: Sourced<unknown>): SourcedState {
  const missing =
    field.value === null ||
    (typeof field.value === 'object' && (field.value as { model?: string }).model === 'not-published');
  if (missing) return 'unpublished';
  return field.verified ? 'verified' : 'unverified';
}

function feeText(fee: FeeModel, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, v % 1 === 0 ? 0 : 2);
  switch (fee.model) {
    case 'bnetza-area':
      return `${n(fee.baseAmount)} + B·t·${n(fee.rate)}·(${n(fee.settlementWeight)}·a1 + ${n(fee.otherWeight)}·a2) ${fee.currency}`;
    case 'per-block-year':
      return lang === 'da'
        ? `${n(fee.amountPerBlockYear)} ${fee.currency} pr. ${n(fee.blockMHz)} MHz pr. år`
        : `${n(fee.amountPerBlockYear)} ${fee.currency} per ${n(fee.blockMHz)} MHz per year`;
    case 'not-published':
      return lang === 'da' ? 'ikke offentliggjort' : 'not published';
  }
}

/** Formats a sourced field's value for the terms panel (Danish numbers and dates), '—' when unpublished. */
export function formatTermsValue(profile: TermsProfile, key: SourcedKey, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, v % 1 === 0 ? 0 : 1);
  const years = (v: number) => `${n(v)} ${lang === 'da' ? 'år' : v === 1 ? 'year' : 'years'}`;
  switch (key) {
    case 'addressee': {
      const v = profile.addressee.value;
      return v ? [v.name, v.address, v.email].filter(Boolean).join(', ') : '—';
    }
    case 'band':
    case 'leasableRange': {
      const v = profile[key].value;
      return v ? `${n(v.fromMHz)}–${n(v.toMHz)} MHz` : '—';
    }
    case 'blockRasterMHz':
    case 'minBandwidthMHz':
    case 'maxBandwidthMHz': {
      const v = profile[key].value;
      return v === null ? '—' : `${n(v)} MHz`;
    }
    case 'licenceTerm': {
      const v = profile.licenceTerm.value;
      return v ? `${v.from ? showDate(v.from, lang) : '…'} – ${showDate(v.to, lang)}` : '—';
    }
    case 'obligationWindowYears':
    case 'maxTermYears': {
      const v = profile[key].value;
      return v === null ? '—' : years(v);
    }
    case 'nonAasEirpDbmPer5MHz':
    case 'aasTrpDbmPer5MHz': {
      const v = profile[key].value;
      return v === null ? '—' : `${n(v)} dBm/5 MHz`;
    }
    case 'borderLimits': {
      const v = profile.borderLimits.value;
      if (!v) return '—';
      if (v.length === 0) return lang === 'da' ? 'ingen' : 'none';
      return v
        .map(
          (b) =>
            `${b.country}: ${n(b.fieldStrengthDbuvPerMPer5MHz)} dBµV/m/5 MHz, ${n(b.heightM)} m (${b.condition[lang]})`,
        )
        .join('; ');
    }
    case 'areaBasis':
      return profile.areaBasis.value?.[lang] ?? '—';
    case 'fee':
      return profile.fee.value ? feeText(profile.fee.value, lang) : '—';
  }
}
