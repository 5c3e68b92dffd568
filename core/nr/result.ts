import type { LocalizedText } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';

/** Returns a successful Result with no warnings. */
export function ok<T>(value: T, warnings: Problem[] = []): Result<T> {
  return { ok: true, value, warnings };
}

/** Returns an error Problem located at `path` (an input field such as `bandwidthMHz`). */
export function inputProblem(path: string, message: LocalizedText, hint?: LocalizedText): Problem {
  return hint ? { severity: 'error', path, message, hint } : { severity: 'error', path, message };
}

/** Returns a failed Result with one located problem. */
export function fail<T>(path: string, message: LocalizedText, hint?: LocalizedText): Result<T> {
  return { ok: false, problems: [inputProblem(path, message, hint)] };
}
