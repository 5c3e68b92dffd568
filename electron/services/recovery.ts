import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';

import type { RecoveryEntry } from '../../core/host/host-api';
import { writeFileAtomic } from '../../node/atomic-file';
import { readJsonFile } from '../../node/json-file';

/** Name of the autosave file inside the recovery directory. */
export const RECOVERY_FILE_NAME = 'current.json';

const recoveryEnvelopeSchema = z.object({
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  name: z.string(),
  handleId: z.string().nullable(),
  text: z.string(),
});

/** Writes the autosave copy atomically to `<dir>/current.json`, creating the directory. */
export async function writeRecovery(dir: string, entry: RecoveryEntry): Promise<void> {
  await fsp.mkdir(dir, { recursive: true });
  const envelope = { version: 1, ...entry };
  await writeFileAtomic(path.join(dir, RECOVERY_FILE_NAME), JSON.stringify(envelope), { keepBackup: false });
}

/**
 * Reads the autosave copy; null when there is none. A corrupted file is moved aside to
 * `current.corrupt-<time>.json` (kept for support) and reported as null.
 */
export async function readRecovery(dir: string, now: Date = new Date()): Promise<RecoveryEntry | null> {
  const filePath = path.join(dir, RECOVERY_FILE_NAME);
  const read = await readJsonFile(filePath);
  if (read.kind === 'missing') return null;
  const parsed = read.kind === 'ok' ? recoveryEnvelopeSchema.safeParse(read.value) : undefined;
  if (!parsed?.success) {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    await fsp.rename(filePath, path.join(dir, `current.corrupt-${stamp}.json`)).catch(() => undefined);
    return null;
  }
  const { savedAt, name, handleId, text } = parsed.data;
  return { savedAt, name, handleId, text };
}

/** Removes the autosave copy; no error when there is none. */
export async function clearRecovery(dir: string): Promise<void> {
  await fsp.rm(path.join(dir, RECOVERY_FILE_NAME), { force: true });
}
