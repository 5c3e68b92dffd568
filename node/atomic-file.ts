import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

/** An open temporary file: the part of fs.promises.FileHandle the atomic write uses. */
export interface TempFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system steps writeFileAtomic takes; tests replace one to inject a fault at that step. */
export interface AtomicFileOps {
  /** Creates `filePath` exclusively (it must not exist) with `mode`. */
  create(filePath: string, mode: number): Promise<TempFileHandle>;
  stat(
    filePath: string,
  ): Promise<{ mode: number; dev: number; ino: number; isFile(): boolean; isDirectory(): boolean }>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  /** Flushes a directory entry to disk; best effort (Windows cannot open directories). */
  syncDirectory(dirPath: string): Promise<void>;
}

/** The real file-system operations. */
export const nodeAtomicFileOps: AtomicFileOps = {
  create: (filePath, mode) => fsp.open(filePath, 'wx', mode),
  stat: (filePath) => fsp.stat(filePath),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  copyFile: (from, to) => fsp.copyFile(from, to, fsConstants.COPYFILE_EXCL),
  unlink: (filePath) => fsp.unlink(filePath),
  async syncDirectory(dirPath) {
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(dirPath, 'r');
      await handle.sync();
    } catch {
      // Not supported on this platform or file system (e.g. Windows, some network shares).
    } finally {
      await handle?.close().catch(() => undefined);
    }
  },
};

export interface WriteFileAtomicOptions {
  /** Keep the replaced version as `<path>.bak` (default true). */
  keepBackup?: boolean;
  /** Replace a file that has no write permission (default false: refused as read-only). */
  overwriteReadOnly?: boolean;
  ops?: AtomicFileOps;
}

/** Suffix of the backup copy of the previous version. */
export const BACKUP_SUFFIX = '.bak';

/** The step of an atomic save that failed. */
export type AtomicStep = 'check' | 'write' | 'sync' | 'backup' | 'rename';

/**
 * A failed atomic save: which step, the path that step concerns (the project, its `.bak`, or the folder) and
 * the file-system code. The previous version of the file is untouched whenever this is thrown.
 */
export class AtomicWriteError extends Error {
  constructor(
    readonly step: AtomicStep,
    /** The path the failure concerns, e.g. `plan.frekvensplan.bak` when the backup could not be kept. */
    readonly path: string,
    /** Node's code (`EACCES`, `ENOSPC`…) or `READ_ONLY` / `NOT_A_FILE` for the checks made before writing. */
    readonly code: string,
    override readonly cause: unknown,
  ) {
    super(`${step} ${path}: ${code}${cause instanceof Error ? ` (${cause.message})` : ''}`);
  }
}

const codeOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : 'UNKNOWN';

async function step<T>(name: AtomicStep, filePath: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AtomicWriteError) throw error;
    throw new AtomicWriteError(name, filePath, codeOf(error), error);
  }
}

/** True for names writeFileAtomic uses for its temporary files (leftovers of a crash). */
export function isAtomicTempName(fileName: string): boolean {
  return /^\..+\.[0-9a-f]{12}\.tmp$/.test(fileName);
}

const tempName = (target: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Replaces `filePath` with `data` so that a crash or a fault at any step leaves either the old or the new
 * complete file: write a temp file in the same directory, fsync, rename over the target, fsync the directory.
 * The previous version is kept as `<path>.bak` via a hard link (or a copy where links are unsupported), so
 * the target is never missing. A target without write permission is refused (READ_ONLY) unless
 * `overwriteReadOnly`; a target that is not a regular file is refused (NOT_A_FILE). Failures throw an
 * AtomicWriteError naming the step and path; no temporary file is left behind.
 */
export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const ops = options.ops ?? nodeAtomicFileOps;
  const target = await resolveTarget(filePath);
  const dir = path.dirname(target);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const existing = await ops.stat(target).catch(() => null);
  if (existing && !existing.isFile())
    throw new AtomicWriteError('check', target, existing.isDirectory() ? 'EISDIR' : 'NOT_A_FILE', null);
  if (existing && (existing.mode & 0o222) === 0 && !options.overwriteReadOnly)
    throw new AtomicWriteError('check', target, 'READ_ONLY', null);
  const mode = existing ? existing.mode & 0o777 : 0o666;
  const tempPath = tempName(target);
  let tempExists = false;
  try {
    const handle = await step('write', target, () => ops.create(tempPath, mode));
    tempExists = true;
    try {
      await step('write', target, () => handle.writeFile(bytes));
      await step('sync', target, () => handle.sync());
    } finally {
      await handle.close().catch(() => undefined);
    }
    if (existing && options.keepBackup !== false) await keepBackup(target, ops);
    await step('rename', target, () => ops.rename(tempPath, target));
    tempExists = false;
    await ops.syncDirectory(dir);
  } finally {
    if (tempExists) await ops.unlink(tempPath).catch(() => undefined);
  }
}

async function resolveTarget(filePath: string): Promise<string> {
  const absolute = path.resolve(filePath);
  try {
    return await fsp.realpath(absolute);
  } catch {
    return absolute;
  }
}

/** Points `<target>.bak` at the current version without ever removing the target or leaving a temp link. */
async function keepBackup(target: string, ops: AtomicFileOps): Promise<void> {
  const backup = target + BACKUP_SUFFIX;
  const [current, previous] = await Promise.all([ops.stat(target), ops.stat(backup).catch(() => null)]);
  if (previous?.isDirectory()) throw new AtomicWriteError('backup', backup, 'EISDIR', null);
  // Already a link to the current version (a retried or concurrent save): rename would be a no-op.
  if (previous && previous.dev === current.dev && previous.ino === current.ino) return;
  const backupTemp = tempName(backup);
  try {
    await step('backup', backup, async () => {
      try {
        await ops.link(target, backupTemp);
      } catch {
        await ops.copyFile(target, backupTemp);
      }
      await ops.rename(backupTemp, backup);
    });
  } finally {
    // After a successful rename the name is gone (ENOENT); after a failure or a same-file no-op it is removed.
    await ops.unlink(backupTemp).catch(() => undefined);
  }
}
