import { lt } from '../i18n/localized';
import { jsonSyntaxReason, prefixed } from '../i18n/parser-messages';
import { migrateProject } from './migrations';
import type { Problem, Result } from './problem';
import { projectSchema, type Project } from './schema';
import { problemFromIssue } from './zod-problems';

export interface LoadOptions {
  /** File name used to locate problems. */
  file?: string;
}

/** What a successful load reports besides the project. */
export interface LoadInfo {
  project: Project;
  /** Schema version the file was written with (before migration). */
  fromVersion: number;
  /** Migrations applied, oldest first; empty when the file was current. */
  migrations: string[];
}

/** Returns the 1-based line and column of a character offset in text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function jsonSyntaxProblem(text: string, error: unknown, file?: string): Problem {
  const problem: Problem = {
    severity: 'error',
    path: '',
    message: prefixed(lt('Filen er ikke gyldig JSON', 'The file is not valid JSON'), jsonSyntaxReason(error, text)),
    hint: lt(
      'Filen kan være afkortet eller beskadiget; prøv sikkerhedskopien (.bak).',
      'The file may be truncated or damaged; try its backup (.bak).',
    ),
  };
  if (file !== undefined) problem.file = file;
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail);
  const lineCol = /line (\d+) column (\d+)/.exec(detail);
  if (lineCol) problem.line = Number(lineCol[1]);
  else if (position) problem.line = lineAndColumn(text, Number(position[1])).line;
  else if (text.trim() === '') {
    problem.message = lt('Filen er tom.', 'The file is empty.');
  }
  return problem;
}

/** Checks that a validated project refers to its objects consistently (unique ids). */
export function checkProjectConsistency(project: Project): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const collections = [
    ['sites', project.sites],
    ['areas', project.areas],
    ['corridors', project.corridors],
  ] as const;
  for (const [key, items] of collections) {
    items.forEach((item, index) => {
      const path = `${key}[${index}].id`;
      const first = seen.get(item.id);
      if (first !== undefined) {
        problems.push({
          severity: 'error',
          path,
          message: lt(`Id "${item.id}" bruges også af ${first}.`, `Id "${item.id}" is also used by ${first}.`),
          hint: lt('Hvert objekt skal have sit eget id.', 'Every object needs its own id.'),
        });
      } else {
        seen.set(item.id, `${key}[${index}]`);
      }
    });
  }
  return problems;
}

/**
 * Parses, migrates and validates a project document. Returns the project or a list of
 * located problems; never throws on user input and never returns a partial project.
 */
export function loadProject(text: string, options: LoadOptions = {}): Result<LoadInfo> {
  const { file } = options;
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error, file)] };
  }
  const migrated = migrateProject(raw);
  if (!migrated.ok) {
    return { ok: false, problems: migrated.problems.map((p) => (file === undefined ? p : { ...p, file })) };
  }
  const parsed = projectSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => problemFromIssue(issue, file)) };
  }
  const consistency = checkProjectConsistency(parsed.data).map((p) => (file === undefined ? p : { ...p, file }));
  if (consistency.length > 0) return { ok: false, problems: consistency };
  return {
    ok: true,
    value: { project: parsed.data, fromVersion: migrated.fromVersion, migrations: migrated.applied },
    warnings: [],
  };
}

/** Serialises a project as the canonical file text (2-space JSON, trailing newline). */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}
