import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

/** The file-system steps writeFileAtomic needs; tests replace one to simulate a crash mid-write. */
export interface AtomicFileOps {
  /** Creates `filePath` exclusively, writes all of `data`, fsyncs and closes it. */
  writeAndSync(filePath: string, data: Uint8Array, mode: number | undefined): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  /** Flushes a directory entry to disk; best effort (Windows cannot open directories). */
  syncDirectory(dirPath: string): Promise<void>;
}

/** The real file-system operations. */
export const nodeAtomicFileOps: AtomicFileOps = {
  async writeAndSync(filePath, data, mode) {
    const handle = await fsp.open(filePath, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
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
  ops?: AtomicFileOps;
}

/** Suffix of the backup copy of the previous version. */
export const BACKUP_SUFFIX = '.bak';

/** True for names writeFileAtomic uses for its temporary files (leftovers of a crash). */
export function isAtomicTempName(fileName: string): boolean {
  return /^\..+\.[0-9a-f]{12}\.tmp$/.test(fileName);
}

/**
 * Replaces `filePath` with `data` so that a crash at any point leaves either the old or the
 * new complete file: write a temp file in the same directory, fsync, rename over the target,
 * fsync the directory. The previous version is kept as `<path>.bak` via a hard link (or a copy
 * where links are unsupported), so the target is never missing.
 */
export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const ops = options.ops ?? nodeAtomicFileOps;
  const target = await resolveTarget(filePath);
  const dir = path.dirname(target);
  const tempPath = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const existingMode = await fsp.stat(target).then(
    (s) => (s.isFile() ? s.mode & 0o777 : undefined),
    () => undefined,
  );
  let tempCreated = false;
  try {
    tempCreated = true;
    await ops.writeAndSync(tempPath, bytes, existingMode);
    if (existingMode !== undefined && options.keepBackup !== false) {
      await keepBackup(target, ops);
    }
    await ops.rename(tempPath, target);
    tempCreated = false;
    await ops.syncDirectory(dir);
  } finally {
    if (tempCreated) await ops.unlink(tempPath).catch(() => undefined);
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

/** Points `<target>.bak` at the current version without ever removing the target. */
async function keepBackup(target: string, ops: AtomicFileOps): Promise<void> {
  const backup = target + BACKUP_SUFFIX;
  const backupTemp = path.join(path.dirname(target), `.${path.basename(backup)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    try {
      await ops.link(target, backupTemp);
    } catch {
      await ops.copyFile(target, backupTemp);
    }
    await ops.rename(backupTemp, backup);
  } catch (error) {
    await ops.unlink(backupTemp).catch(() => undefined);
    throw error;
  }
}
