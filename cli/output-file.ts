import { writeFileAtomic } from '../node/atomic-file';
import { describeFsError, isUserCausedFsError } from '../node/fs-messages';
import type { CliIo } from './io';

/** Writes command output atomically; returns a readable message instead of throwing on user errors. */
export async function writeOutputFile(path: string, data: string | Uint8Array, io: CliIo): Promise<string | null> {
  try {
    await writeFileAtomic(path, data, { keepBackup: false });
    return null;
  } catch (error) {
    if (!isUserCausedFsError(error)) throw error;
    return describeFsError(error, path, 'write')[io.lang];
  }
}
