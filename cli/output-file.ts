import { writeExportFile } from '../node/project-files';
import type { CliIo } from './io';

/** Writes command output atomically; returns a readable message (path and fix) instead of throwing. */
export async function writeOutputFile(path: string, data: string | Uint8Array, io: CliIo): Promise<string | null> {
  const written = await writeExportFile(path, data, io.lang);
  return written.ok ? null : written.message;
}
