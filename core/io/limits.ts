import { lt } from '../i18n/localized';
import type { Problem } from '../project/problem';

/**
 * What Frekvensplan reads from an untrusted file, at most. One table so the README, the workers, the CLI's
 * child process and the fuzz tests name the same numbers.
 */
export const IMPORT_LIMITS = {
  /** A GeoJSON, KML or CSV file, in bytes. */
  maxTextBytes: 100 * 1024 * 1024,
  /** A KMZ archive, in bytes. */
  maxKmzBytes: 50 * 1024 * 1024,
  /** Everything unpacked from one KMZ, in bytes. */
  maxUnzippedBytes: 100 * 1024 * 1024,
  /** Unpacked size over packed size of one KMZ entry; KML text packs about 5–20 ×, a zip bomb 1000 × and more. */
  maxZipRatio: 200,
  /** A GeoTIFF elevation model, in bytes. */
  maxGeoTiffBytes: 1024 * 1024 * 1024,
  /** A project file, in bytes. */
  maxProjectBytes: 200 * 1024 * 1024,
  /** Positions in one imported file. */
  maxPositions: 5_000_000,
  /** Objects (features, placemarks, CSV rows) in one imported file. */
  maxObjects: 500_000,
  /** Nesting of GeometryCollections, KML MultiGeometry, Folders and Documents. */
  maxNestingDepth: 32,
  /** Time a parse may take before it is stopped, in ms. */
  parseTimeoutMs: 60_000,
  /** Heap a parse in a child process may use, in MB. */
  parseMemoryMb: 2048,
} as const;

/** Size in MB with one decimal, for messages. */
export const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Largest file, in bytes, read for import or open under a name (by extension). */
export function fileByteLimit(name: string): number {
  const lower = name.toLowerCase();
  if (/\.tiff?$/.test(lower)) return IMPORT_LIMITS.maxGeoTiffBytes;
  if (lower.endsWith('.kmz')) return IMPORT_LIMITS.maxKmzBytes;
  if (lower.endsWith('.frekvensplan')) return IMPORT_LIMITS.maxProjectBytes;
  return IMPORT_LIMITS.maxTextBytes;
}

/** Why a bounded parse gave no answer: too big before reading, too slow, out of memory, or the reader failed. */
export type ParseFailure =
  | { reason: 'tooLargeFile'; sizeBytes: number; limitBytes: number }
  | { reason: 'timeout'; seconds: number }
  | { reason: 'memory'; memoryMb: number | null }
  | { reason: 'crash'; detail: string };

/** The located, bilingual problem for a file a bounded parse could not answer (CLI child process or web worker). */
export function parseFailureProblem(file: string, failure: ParseFailure): Problem {
  const problem = (message: Problem['message'], hint: Problem['hint']): Problem => ({
    severity: 'error',
    path: '',
    file,
    message,
    hint,
  });
  const splitHint = lt(
    'Filen er for stor eller misdannet. Del den op, forenkl geometrien, eller beskær den til planområdet.',
    'The file is too large or malformed. Split it, simplify the geometry, or crop it to the planning area.',
  );
  switch (failure.reason) {
    case 'tooLargeFile':
      return problem(
        lt(
          `Filen er for stor (${megabytes(failure.sizeBytes)} MB; grænsen er ${megabytes(failure.limitBytes)} MB).`,
          `The file is too large (${megabytes(failure.sizeBytes)} MB; the limit is ${megabytes(failure.limitBytes)} MB).`,
        ),
        splitHint,
      );
    case 'timeout':
      return problem(
        lt(
          `Det tog for lang tid at læse filen (stoppet efter ${failure.seconds} s).`,
          `Reading the file took too long (stopped after ${failure.seconds} s).`,
        ),
        splitHint,
      );
    case 'memory':
      return problem(
        failure.memoryMb === null
          ? lt('Filen kræver for meget hukommelse at læse.', 'Reading the file needs too much memory.')
          : lt(
              `Filen kræver mere hukommelse end grænsen på ${failure.memoryMb} MB at læse.`,
              `Reading the file needs more memory than the limit of ${failure.memoryMb} MB.`,
            ),
        splitHint,
      );
    case 'crash':
      return problem(
        lt(`Filen fik læseren til at fejle (${failure.detail}).`, `The file made the reader fail (${failure.detail}).`),
        lt(
          'Filen er sandsynligvis beskadiget eller misdannet. Eksportér den igen fra det program, der lavede den.',
          'The file is probably damaged or malformed. Export it again from the program that made it.',
        ),
      );
  }
}
