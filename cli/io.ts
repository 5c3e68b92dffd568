import type { Lang, LocalizedText } from '../core/i18n/localized';

/** Where a command writes: injectable so tests can capture output without a subprocess. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** UI language for human-readable output. */
  lang: Lang;
}

/** Standard process streams; language from --lang, else FREKVENSPLAN_LANG/LANG (da* → Danish). */
export function processIo(lang?: Lang): CliIo {
  const envLang = process.env.FREKVENSPLAN_LANG ?? process.env.LANG ?? '';
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    lang: lang ?? (envLang.toLowerCase().startsWith('da') ? 'da' : 'en'),
  };
}

/** Thrown for command-line mistakes; main() prints it (in --lang, or as JSON with --json) with the usage and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The message in both languages, when the command says it. */
    readonly localized?: LocalizedText,
  ) {
    super(message);
  }
}
