import type { LocalizedText } from '../i18n/localized';

/**
 * A located, human-readable problem with user input (a project file, an import, a form).
 * `path` names the place in the document, e.g. `sites[3].lat`; `file` the source file when known.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Dotted/indexed location inside the document, '' for the whole document. */
  path: string;
  /** Source file name, when the problem came from a file. */
  file?: string;
  /** Line number (1-based) for text formats, when known. */
  line?: number;
  message: LocalizedText;
  /** What the user can do about it. */
  hint?: LocalizedText;
}

/** The value-or-problems result every loader and importer returns. */
export type Result<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Formats a problem location such as `fil.frekvensplan: sites[2].lat (linje 14)`. */
export function formatProblemLocation(problem: Problem, lang: 'da' | 'en'): string {
  const parts: string[] = [];
  if (problem.file) parts.push(problem.file);
  if (problem.path) parts.push(problem.path);
  let location = parts.join(': ');
  if (problem.line !== undefined) {
    location += ` (${lang === 'da' ? 'linje' : 'line'} ${problem.line})`;
  }
  return location;
}

/** Formats a problem as one line of text in the given language. */
export function formatProblem(problem: Problem, lang: 'da' | 'en'): string {
  const location = formatProblemLocation(problem, lang);
  const text = problem.message[lang] + (problem.hint ? ` ${problem.hint[lang]}` : '');
  return location ? `${location}: ${text}` : text;
}
