import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { neighbourLandFromBasemap } from '../core/geo/neighbours';
import { formatProblem, type Problem, type Project } from '../core/project';
import { buildTermsCatalog, type CatalogEntry } from '../core/terms';
import { readProjectBounded } from './bounded-input';
import type { CliIo } from './io';

/** The repository's data/ folder (bundled terms profiles, presets, samples). */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

/** Prints located problems to stderr, or as `{ ok: false, problems }` JSON on stdout. */
export function printProblems(problems: readonly Problem[], json: boolean, io: CliIo, header: string): void {
  if (json) io.stdout(JSON.stringify({ ok: false, problems }, null, 2));
  else io.stderr([header, ...problems.map((p) => `  - ${formatProblem(p, io.lang)}`)].join('\n'));
}

/** Reads and validates a project file (in a bounded child process); prints its problems and returns null when it cannot be used. */
export async function readProjectOrReport(file: string, json: boolean, io: CliIo): Promise<Project | null> {
  const loaded = await readProjectBounded(file, io.lang);
  if (!loaded.ok) {
    printProblems(
      loaded.problems,
      json,
      io,
      io.lang === 'da' ? `${file}: ugyldig projektfil` : `${file}: invalid project file`,
    );
    return null;
  }
  return loaded.value.project;
}

/** The bundled terms profiles (data/terms/*.json) merged with the project's custom ones. */
export function termsCatalog(project: Project): { entries: CatalogEntry[]; problems: Problem[] } {
  const dir = join(DATA_DIR, 'terms');
  const bundled = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, json: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown }));
  return buildTermsCatalog(bundled, project.customTermsProfiles);
}

/** Land polygons of Denmark's neighbours from the generated offline basemap (for border distances). */
export function neighbourLand(): ReturnType<typeof neighbourLandFromBasemap> {
  try {
    return neighbourLandFromBasemap(JSON.parse(readFileSync(join(DATA_DIR, 'basemap', 'denmark-land.json'), 'utf8')));
  } catch {
    return [];
  }
}
