import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';
import { UsageError } from './io';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies OptionSpec;

export type ParsedValues = Record<string, string | boolean | undefined>;

/** A CLI command: its help text, its own options and what it does with them. */
export interface Command {
  summary: string;
  help: string;
  options: OptionSpec;
  run: (positionals: string[], values: ParsedValues, io: CliIo) => Promise<number>;
}

/** Parses a command's arguments strictly; unknown options become UsageErrors. */
export function parseCommandArgs(args: string[], options: OptionSpec): { values: ParsedValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...COMMON_OPTIONS, ...options },
    });
    return { values: values as ParsedValues, positionals };
  } catch (error) {
    const message = (error as Error).message;
    throw new UsageError(message, { da: `Ugyldigt argument: ${message}`, en: message });
  }
}

/** Reads a numeric option; throws a UsageError naming the option when it is missing or not a number. */
export function numberOption(values: ParsedValues, name: string, fallback?: number): number {
  const raw = values[name];
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required`, { da: `--${name} skal angives`, en: `--${name} is required` });
  }
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(value))
    throw new UsageError(`--${name} must be a number, not '${String(raw)}'`, {
      da: `--${name} skal være et tal, ikke '${String(raw)}'`,
      en: `--${name} must be a number, not '${String(raw)}'`,
    });
  return value;
}

/** Reads a string option restricted to a set of choices (case-insensitive). */
export function choiceOption<T extends string>(
  values: ParsedValues,
  name: string,
  choices: readonly T[],
  fallback?: T,
): T {
  const raw = values[name];
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required (${choices.join('|')})`, {
      da: `--${name} skal angives (${choices.join('|')})`,
      en: `--${name} is required (${choices.join('|')})`,
    });
  }
  const match = choices.find((c) => c.toLowerCase() === String(raw).toLowerCase());
  if (!match)
    throw new UsageError(`--${name} must be one of ${choices.join('|')}, not '${String(raw)}'`, {
      da: `--${name} skal være en af ${choices.join('|')}, ikke '${String(raw)}'`,
      en: `--${name} must be one of ${choices.join('|')}, not '${String(raw)}'`,
    });
  return match;
}
