import { lt, type Lang, type LocalizedText } from '../../../core/i18n/localized';
import type { Problem } from '../../../core/project/problem';
import { formatPath, problemFromIssue } from '../../../core/project/zod-problems';
import { sliceSchema, type Slice } from '../../../core/slices';

const CUSTOM: Record<string, LocalizedText> = {
  'peak-below-guaranteed': lt(
    'Spidsraten må ikke være lavere end den garanterede rate.',
    'The peak rate must not be below the guaranteed rate.',
  ),
  'device-count-xor-density': lt(
    'Angiv enten antal enheder eller enheder pr. km² (ikke begge).',
    'Give either a device count or devices per km² (not both).',
  ),
};

/** Validates an edited slice with sliceSchema: the slice, or problems located by field path (e.g. `ulPerDevice.peakMbps`). */
export function validateSlice(candidate: unknown): { ok: true; slice: Slice } | { ok: false; problems: Problem[] } {
  const parsed = sliceSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, slice: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const custom = issue.code === 'custom' ? CUSTOM[issue.message] : undefined;
      return custom ? { severity: 'error', path: formatPath(issue.path), message: custom } : problemFromIssue(issue);
    }),
  };
}

/** A problem for a field that does not hold a number. */
export function notANumber(path: string): Problem {
  return { severity: 'error', path, message: lt('Skriv et tal.', 'Enter a number.') };
}

/** A problem as one line: location, then the message in the UI language. */
export function problemLine(problem: Problem, label: string | undefined, lang: Lang): string {
  const where = label ? `${label} (${problem.path})` : problem.path;
  return `${where}: ${problem.message[lang]}`;
}
