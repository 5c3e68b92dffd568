import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';

import type { RecentFile } from '../../core/host/host-api';
import { writeFileAtomic } from '../../node/atomic-file';
import { readJsonFile } from '../../node/json-file';

/** Longest recent list kept. */
export const MAX_RECENT_FILES = 10;

const recentFileSchema = z.object({
  handleId: z.string().min(1),
  name: z.string(),
  openedAt: z.iso.datetime(),
});
const recentListSchema = z.object({ version: z.literal(1), files: z.array(recentFileSchema) });

/** Reads the stored list without touching the disk entries it names; [] when absent or invalid. */
async function readStored(listPath: string): Promise<RecentFile[]> {
  const read = await readJsonFile(listPath);
  if (read.kind !== 'ok') return [];
  const parsed = recentListSchema.safeParse(read.value);
  return parsed.success ? parsed.data.files.slice(0, MAX_RECENT_FILES) : [];
}

async function writeStored(listPath: string, files: RecentFile[]): Promise<void> {
  await fsp.mkdir(path.dirname(listPath), { recursive: true });
  await writeFileAtomic(listPath, JSON.stringify({ version: 1, files }, null, 2), { keepBackup: false });
}

async function isExistingFile(filePath: string): Promise<boolean> {
  return fsp.stat(filePath).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The recent list, newest first, without files that no longer exist (which are pruned from disk too). */
export async function listRecentFiles(listPath: string): Promise<RecentFile[]> {
  const stored = await readStored(listPath);
  const present: RecentFile[] = [];
  for (const file of stored) {
    if (await isExistingFile(file.handleId)) present.push(file);
  }
  if (present.length !== stored.length) await writeStored(listPath, present);
  return present;
}

/** Puts `filePath` at the top of the recent list (deduplicated, at most 10) and returns the list. */
export async function addRecentFile(listPath: string, filePath: string, now: Date = new Date()): Promise<RecentFile[]> {
  const handleId = path.resolve(filePath);
  const key = comparisonKey(handleId);
  const others = (await readStored(listPath)).filter((f) => comparisonKey(f.handleId) !== key);
  const files = [{ handleId, name: path.basename(handleId), openedAt: now.toISOString() }, ...others].slice(
    0,
    MAX_RECENT_FILES,
  );
  await writeStored(listPath, files);
  return files;
}

/** Removes `filePath` from the recent list and returns the list. */
export async function removeRecentFile(listPath: string, filePath: string): Promise<RecentFile[]> {
  const key = comparisonKey(path.resolve(filePath));
  const files = (await readStored(listPath)).filter((f) => comparisonKey(f.handleId) !== key);
  await writeStored(listPath, files);
  return files;
}

/** True when `filePath` is on the stored recent list. */
export async function isRecentFile(listPath: string, filePath: string): Promise<boolean> {
  const key = comparisonKey(path.resolve(filePath));
  return (await readStored(listPath)).some((f) => comparisonKey(f.handleId) === key);
}

/** Windows and macOS file systems are usually case-insensitive; Linux is not. */
function comparisonKey(filePath: string): string {
  return process.platform === 'linux' ? filePath : filePath.toLowerCase();
}
