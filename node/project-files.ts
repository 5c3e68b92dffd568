import { constants as fsConstants } from 'node:fs';
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

/**
 * Reads a file's bytes up to `maxBytes`; user-caused failures are values with a readable message. Only regular
 * files are read: a FIFO, socket or device is refused before any read (H5), so opening one never hangs. The file
 * is opened without blocking and checked on the open handle, and at most `maxBytes + 1` bytes are read, so a file
 * that grows while it is read cannot exceed the limit either.
 */
export async function readFileLimited(
  filePath: string,
  options: ReadFileOptions = {},
): Promise<{ ok: true; bytes: Buffer } | { ok: false; message: string }> {
  const maxBytes = options.maxBytes ?? MAX_PROJECT_BYTES;
  const lang = options.lang ?? 'en';
  let handle: fsp.FileHandle | undefined;
  try {
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever (Windows has no such flag).
    const flags = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);
    handle = await fsp.open(filePath, flags);
    const stat = await handle.stat();
    if (stat.isDirectory()) return { ok: false, message: describeFsError({ code: 'EISDIR' }, filePath, 'read')[lang] };
    if (!stat.isFile()) return { ok: false, message: describeFsError({ code: 'NOT_A_FILE' }, filePath, 'read')[lang] };
    if (stat.size > maxBytes) return { ok: false, message: tooLargeMessage(filePath, stat.size, maxBytes, lang) };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes || (length === buffer.length && length > stat.size))
      return { ok: false, message: tooLargeMessage(filePath, Math.max(length, stat.size), maxBytes, lang) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    if (!isUserCausedFsError(error)) throw error;
    return { ok: false, message: describeFsError(error, filePath, 'read')[lang] };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function tooLargeMessage(filePath: string, sizeBytes: number, maxBytes: number, lang: Lang): string {
  const sizeMb = (sizeBytes / 1024 / 1024).toFixed(1);
  const maxMb = Math.round(maxBytes / 1024 / 1024);
  return lang === 'da'
    ? `${path.basename(filePath)} er for stor (${sizeMb} MB; grænsen er ${maxMb} MB).`
    : `${path.basename(filePath)} is too large (${sizeMb} MB; the limit is ${maxMb} MB).`;
}

/**
 * Writes a project atomically, keeping the previous version as `<path>.bak`. Every failure comes back as a
 * message naming the real path and what to do (D2): the caller never sees an exception for a failed save.
 */
export async function saveProjectFile(filePath: string, text: string, lang: Lang = 'en'): Promise<SaveResult> {
  try {
    await writeFileAtomic(filePath, text);
    return { ok: true, handleId: path.resolve(filePath), name: path.basename(filePath) };
  } catch (error) {
    return { ok: false, canceled: false, message: describeFsError(error, filePath, 'write')[lang] };
  }
}

/** Writes exported bytes atomically (no backup); every failure is a message naming the path and a fix. */
export async function writeExportFile(
  filePath: string,
  data: string | Uint8Array,
  lang: Lang = 'en',
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await writeFileAtomic(filePath, data, { keepBackup: false });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeFsError(error, filePath, 'write')[lang] };
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
