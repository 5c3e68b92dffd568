import type { Lang } from '../../core/i18n/localized';
import type { Problem, Result } from '../../core/project/problem';
import { lt } from '../../core/i18n/localized';
import { parseTermsProfile } from '../../core/terms/load';
import type { TermsProfile } from '../../core/terms/schema';
import { parseDateInput, showDate } from '../features/request/request-format';
import { formatInputNumber, parseInputNumber } from '../i18n/numbers';

/** Profile fields the duplicate-and-edit form changes. */
export const EDITABLE_KEYS = [
  'leasableRange',
  'blockRasterMHz',
  'minBandwidthMHz',
  'maxBandwidthMHz',
  'licenceTerm',
  'nonAasEirpDbmPer5MHz',
  'aasTrpDbmPer5MHz',
  'fee',
] as const;
export type EditableKey = (typeof EDITABLE_KEYS)[number];

/** One input of a group: its part of the value and whether it holds a number or a date. */
export interface FormInput {
  part: string;
  kind: 'number' | 'date';
  text: string;
}

/** A field's form state: the value's inputs, the source text and the verified flag. */
export interface FormGroup {
  key: EditableKey;
  inputs: FormInput[];
  source: string;
  verified: boolean;
}

const num = (v: number | null | undefined, lang: Lang) =>
  v === null || v === undefined ? '' : formatInputNumber(v, lang, 3);
const date = (v: string | null | undefined, lang: Lang) => (v ? showDate(v, lang) : '');

function inputsOf(profile: TermsProfile, key: EditableKey, lang: Lang): FormInput[] {
  switch (key) {
    case 'leasableRange': {
      const v = profile.leasableRange.value;
      return [
        { part: 'fromMHz', kind: 'number', text: num(v?.fromMHz, lang) },
        { part: 'toMHz', kind: 'number', text: num(v?.toMHz, lang) },
      ];
    }
    case 'licenceTerm': {
      const v = profile.licenceTerm.value;
      return [
        { part: 'from', kind: 'date', text: date(v?.from, lang) },
        { part: 'to', kind: 'date', text: date(v?.to, lang) },
      ];
    }
    case 'fee': {
      const fee = profile.fee.value;
      if (!fee || fee.model === 'not-published') return [];
      return Object.entries(fee)
        .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
        .map(([part, v]) => ({ part, kind: 'number', text: num(v, lang) }));
    }
    default:
      return [{ part: 'value', kind: 'number', text: num(profile[key].value, lang) }];
  }
}

/** The form state of a (custom) profile's editable fields. */
export function profileToForm(profile: TermsProfile, lang: Lang): FormGroup[] {
  return EDITABLE_KEYS.map((key) => ({
    key,
    inputs: inputsOf(profile, key, lang),
    source: profile[key].source.title,
    verified: profile[key].verified,
  }));
}

/**
 * Applies the form to a copy of the profile and validates it with parseTermsProfile. Empty
 * inputs mean "not published" (null); unreadable numbers and dates are located problems.
 */
export function formToProfile(profile: TermsProfile, groups: readonly FormGroup[]): Result<TermsProfile> {
  const json = structuredClone(profile) as unknown as Record<
    string,
    { value: unknown; source: { title: string; url?: string; note?: string }; verified: boolean }
  >;
  const problems: Problem[] = [];
  for (const group of groups) {
    const values: Record<string, number | string | null> = {};
    for (const input of group.inputs) {
      const text = input.text.trim();
      const parsed = input.kind === 'number' ? parseInputNumber(text) : parseDateInput(text);
      if (text !== '' && (parsed === null || parsed === '')) {
        problems.push({
          severity: 'error',
          path: `${group.key}.value${group.inputs.length > 1 || group.key === 'fee' ? `.${input.part}` : ''}`,
          message:
            input.kind === 'number'
              ? lt(`"${text}" er ikke et tal.`, `"${text}" is not a number.`)
              : lt(`"${text}" er ikke en dato (dd.mm.åååå).`, `"${text}" is not a date (dd.mm.yyyy).`),
        });
      }
      values[input.part] = text === '' ? null : parsed;
    }
    const field = json[group.key];
    if (!field) continue;
    const old = profile[group.key];
    if (group.key === 'fee') {
      const fee = field.value as Record<string, unknown> | null;
      if (fee) for (const [part, v] of Object.entries(values)) fee[part] = v;
    } else if (group.key === 'licenceTerm') {
      field.value = values.to === null && values.from === null ? null : { from: values.from ?? null, to: values.to };
    } else if (group.key === 'leasableRange') {
      field.value =
        values.fromMHz === null && values.toMHz === null ? null : { fromMHz: values.fromMHz, toMHz: values.toMHz };
    } else field.value = values.value ?? null;
    const title = group.source.trim();
    field.source = title === old.source.title ? old.source : { title };
    field.verified = group.verified;
  }
  if (problems.length > 0) return { ok: false, problems };
  const parsed = parseTermsProfile(json, profile.id);
  if (parsed.ok) return parsed;
  return { ok: false, problems: parsed.problems.map(explain) };
}

/** Says the schema's refinement codes in words. */
function explain(problem: Problem): Problem {
  if (problem.message.en !== 'range-empty') return problem;
  return {
    ...problem,
    message: lt('Slutningen skal ligge efter begyndelsen.', 'The end must come after the start.'),
    hint: lt('Ret "Fra" eller "Til".', 'Correct "From" or "To".'),
  };
}

/** A copy of a profile under a new id, named "… (kopi)" / "… (copy)". */
export function duplicateProfile(profile: TermsProfile, id: string): TermsProfile {
  const copy = structuredClone(profile);
  return { ...copy, id, name: { da: `${profile.name.da} (kopi)`, en: `${profile.name.en} (copy)` } };
}
