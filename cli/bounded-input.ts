import { constants as fsConstants } from 'node:fs';
import * as fsp from 'node:fs/promises';

import type { ImportFileResult } from '../core/io/import-file';
import { IMPORT_LIMITS } from '../core/io/limits';
import { decodeText } from '../core/io/text-decode';
import type { Lang } from '../core/i18n/localized';
import type { LoadInfo } from '../core/project/load';
import type { Problem, Result } from '../core/project/problem';
import type { Dem } from '../core/terrain/dem';
import { parseBounded } from '../node/bounded-parse';
import type { ParseRequest, ParseResults } from '../node/parse-job';
import { readFileLimited } from '../node/project-files';

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

const MAX_BYTES: Record<ParseRequest['kind'], number> = {
  project: IMPORT_LIMITS.maxProjectBytes,
  import: IMPORT_LIMITS.maxTextBytes,
  geotiff: IMPORT_LIMITS.maxGeoTiffBytes,
};

/** Reads `file` (size-limited, regular files only) and parses it in a bounded child process. */
async function readBounded<K extends ParseRequest['kind']>(
  kind: K,
  file: string,
  lang: Lang,
  options?: object,
): Promise<ParseResults[K] | { ok: false; problems: Problem[] }> {
  const name = baseName(file);
  const maxBytes = kind === 'import' && /\.kmz$/i.test(name) ? IMPORT_LIMITS.maxKmzBytes : MAX_BYTES[kind];
  const read = await readFileLimited(file, { lang, maxBytes });
  if (!read.ok)
    return {
      ok: false,
      problems: [{ severity: 'error', path: '', file, message: { da: read.message, en: read.message } }],
    };
  const bytes = new Uint8Array(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  const request = { kind, name, bytes, ...(options ? { options } : {}) } as ParseRequest & { kind: K };
  return parseBounded<K>(request);
}

/** A project file, migrated and validated in a bounded child process. */
export function readProjectBounded(file: string, lang: Lang): Promise<Result<LoadInfo>> {
  return readBounded('project', file, lang);
}

/** A GIS file (GeoJSON, KML/KMZ, CSV) imported in a bounded child process. */
export function readGisBounded(file: string, lang: Lang): Promise<ImportFileResult> {
  return readBounded('import', file, lang);
}

/** A GeoTIFF elevation model read in a bounded child process. */
export function readDemBounded(file: string, lang: Lang): Promise<Result<Dem>> {
  return readBounded('geotiff', file, lang);
}

/** The first `bytes` of a regular file as text, to tell a project from a GIS file; '' when it cannot be read. */
export async function readTextHead(file: string, bytes = 4096): Promise<string> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    if (!(await handle.stat()).isFile()) return '';
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return decodeText(buffer.subarray(0, bytesRead)).text;
  } catch {
    return '';
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
