import type { z } from 'zod';
import { lt, type LocalizedText } from '../i18n/localized';
import type { Problem } from './problem';

/** Formats a zod issue path as `sites[3].lat`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: lt('tekst', 'text'),
  number: lt('et tal', 'a number'),
  boolean: lt('sand/falsk', 'true/false'),
  array: lt('en liste', 'a list'),
  object: lt('et objekt', 'an object'),
  null: lt('null', 'null'),
};

function typeName(expected: string): LocalizedText {
  return TYPE_NAMES[expected] ?? lt(expected, expected);
}

/** A short description of a refused value; never serialises more than it shows (inputs can be huge or deep). */
function describeInput(input: unknown): string {
  if (input === undefined) return '—';
  if (Array.isArray(input)) return `[…] (${input.length})`;
  if (typeof input === 'object' && input !== null) return '{…}';
  const text = typeof input === 'string' ? JSON.stringify(input.slice(0, 40)) : String(JSON.stringify(input));
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Translates one zod issue into a located, bilingual Problem. */
export function problemFromIssue(issue: z.core.$ZodIssue, file?: string): Problem {
  const path = formatPath(issue.path);
  const problem: Problem = { severity: 'error', path, message: messageFor(issue) };
  if (file !== undefined) problem.file = file;
  return problem;
}

function messageFor(issue: z.core.$ZodIssue): LocalizedText {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return lt('Feltet mangler.', 'The field is missing.');
      const t = typeName(issue.expected);
      return lt(
        `Skal være ${t.da}, men er ${describeInput(issue.input)}.`,
        `Must be ${t.en}, but is ${describeInput(issue.input)}.`,
      );
    }
    case 'too_small':
      if (issue.origin === 'array')
        return lt(`Skal have mindst ${issue.minimum} elementer.`, `Must have at least ${issue.minimum} items.`);
      if (issue.origin === 'string') return lt('Må ikke være tom.', 'Must not be empty.');
      if (issue.inclusive === false)
        return lt(`Skal være større end ${issue.minimum}.`, `Must be greater than ${issue.minimum}.`);
      return lt(`Skal være mindst ${issue.minimum}.`, `Must be at least ${issue.minimum}.`);
    case 'too_big':
      if (issue.origin === 'array')
        return lt(`Må højst have ${issue.maximum} elementer.`, `Must have at most ${issue.maximum} items.`);
      if (issue.origin === 'string')
        return lt(`Må højst være ${issue.maximum} tegn.`, `Must be at most ${issue.maximum} characters.`);
      if (issue.inclusive === false)
        return lt(`Skal være mindre end ${issue.maximum}.`, `Must be less than ${issue.maximum}.`);
      return lt(`Må højst være ${issue.maximum}.`, `Must be at most ${issue.maximum}.`);
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return lt(`Ugyldig værdi; tilladt: ${allowed}.`, `Invalid value; allowed: ${allowed}.`);
    }
    case 'invalid_format':
      return lt(`Ugyldigt format (forventede ${issue.format}).`, `Invalid format (expected ${issue.format}).`);
    case 'invalid_union':
      return lt('Ugyldig geometri eller værdi af ukendt type.', 'Invalid geometry or value of unknown type.');
    case 'custom':
      // Custom refinements carry a code as their message; never show the code itself.
      return CUSTOM_MESSAGES[issue.message] ?? lt('Ugyldig værdi.', 'Invalid value.');
    default:
      return lt(`Ugyldig værdi (${issue.message}).`, `Invalid value (${issue.message}).`);
  }
}

/** Messages of the schemas' custom refinements (project, terms and slice schemas), by code. */
const CUSTOM_MESSAGES: Record<string, LocalizedText> = {
  'ring-not-closed': lt(
    'Polygonens ring er ikke lukket (første og sidste punkt skal være ens).',
    'The polygon ring is not closed (first and last position must be equal).',
  ),
  'range-empty': lt(
    'Intervallet er tomt: slutningen skal ligge efter starten.',
    'The range is empty: its end must come after its start.',
  ),
  'peak-below-guaranteed': lt(
    'Spidsbelastningen skal være mindst den garanterede rate.',
    'The peak rate must be at least the guaranteed rate.',
  ),
  'device-count-xor-density': lt(
    'Angiv enten antal enheder eller enheder pr. km² (ikke begge).',
    'Give either a device count or devices per km² (not both).',
  ),
};
