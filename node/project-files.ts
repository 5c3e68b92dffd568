import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

import type { OpenResult, SaveResult } from '../core/host/host-api';
import type { Lang } from '../core/i18n/localized';
import { writeFileAtomic } from './atomic-file';
import { describeFsError, isUserCausedFsError } from './fs-messages';

/** Extension of Frekvensplan project files, without the dot. */
export const PROJECT_EXTENSION = 'frekvensplan';

/** Largest project file read, in bytes (200 MB). */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;

export interface ReadFileOptions {
  maxBytes?: number;
  lang?: Lang;
}

/** Reads a project file as UTF-8 text; user-caused failures come back as `{ ok: false, message }`. */
export async function readProjectFile(filePath: string, options: ReadFileOptions = {}): Promise<OpenResult> {
  const read = await readFileLimited(filePath, options);
  if (!read.ok) return { ok: false, canceled: false, message: read.message };
  const text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  return { ok: true, file: { handleId: path.resolve(filePath), name: path.basename(filePath), text } };
}

/** Reads a file's bytes up to `maxBytes`; user-caused failures are values with a readable message. */
export async function readFileLimited(
  filePath: string,
  options: ReadFileOptions = {},
): Promise<{ ok: true; bytes: Buffer } | { ok: false; message: string }> {
  const maxBytes = options.maxBytes ?? MAX_PROJECT_BYTES;
  const lang = options.lang ?? 'en';
  try {
    const stat = await fsp.stat(filePath);
    if (stat.isDirectory()) return { ok: false, message: describeFsError({ code: 'EISDIR' }, filePath, 'read')[lang] };
    if (stat.size > maxBytes) return { ok: false, message: tooLargeMessage(filePath, stat.size, maxBytes, lang) };
    const bytes = await fsp.readFile(filePath);
    if (bytes.length > maxBytes) return { ok: false, message: tooLargeMessage(filePath, bytes.length, maxBytes, lang) };
    return { ok: true, bytes };
  } catch (error) {
    if (!isUserCausedFsError(error)) throw error;
    return { ok: false, message: describeFsError(error, filePath, 'read')[lang] };
  }
}

function tooLargeMessage(filePath: string, sizeBytes: number, maxBytes: number, lang: Lang): string {
  const sizeMb = (sizeBytes / 1024 / 1024).toFixed(1);
  const maxMb = Math.round(maxBytes / 1024 / 1024);
  return lang === 'da'
    ? `${path.basename(filePath)} er for stor (${sizeMb} MB; grænsen er ${maxMb} MB).`
    : `${path.basename(filePath)} is too large (${sizeMb} MB; the limit is ${maxMb} MB).`;
}

/** Writes a project atomically, keeping the previous version as `<path>.bak`. */
export async function saveProjectFile(filePath: string, text: string, lang: Lang = 'en'): Promise<SaveResult> {
  try {
    await writeFileAtomic(filePath, text);
    return { ok: true, handleId: path.resolve(filePath), name: path.basename(filePath) };
  } catch (error) {
    if (!isUserCausedFsError(error)) throw error;
    return { ok: false, canceled: false, message: describeFsError(error, filePath, 'write')[lang] };
  }
}

/** Appends `.frekvensplan` unless the path already ends with it (case-insensitive). */
export function ensureProjectExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`) ? filePath : `${filePath}.${PROJECT_EXTENSION}`;
}

/** Characters Windows, macOS or Linux do not allow in file names, including control characters. */
// eslint-disable-next-line no-control-regex
const RESERVED_FILE_NAME_CHARS = /[<>:"/\\|?*\u0000-\u001f]/g;

/** A safe default file name from a suggested name: no folders, no reserved characters. */
export function sanitizeFileName(suggested: string, fallback: string): string {
  const base = path.basename(suggested.replace(/\\/g, '/'));
  const cleaned = base.replace(RESERVED_FILE_NAME_CHARS, '_').trim().slice(0, 200);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? fallback : cleaned;
}
