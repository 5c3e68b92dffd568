import { loadElevationModels, type ByteSource, type LoadElevationResult } from '../../../core/terrain';

/** One chosen file with its path relative to the chosen folder ('/'-separated). */
export interface TerrainFile {
  path: string;
  file: Blob;
}

/** Files that can be part of an elevation model (GeoTIFF tiles and GDAL VRTs). */
export const TERRAIN_FILE_PATTERN = /\.(tiff?|vrt)$/i;

/** A ByteSource reading slices of a File/Blob (only the bytes asked for are read). */
function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/**
 * Builds the elevation models from chosen files (a folder of tiles, a VRT with its tiles, or one GeoTIFF) with
 * loadElevationModels, reporting progress 0…1 (headers are the first 5 %). Runs in a worker.
 */
export function loadTerrainFiles(
  files: readonly TerrainFile[],
  kind: 'DTM' | 'DSM' | undefined,
  onProgress: (fraction: number) => void,
): Promise<LoadElevationResult> {
  const byPath = new Map(files.map((f) => [f.path, f.file]));
  return loadElevationModels(
    {
      paths: files.map((f) => f.path),
      open: (p) => Promise.resolve(byPath.has(p) ? blobSource(byPath.get(p) as Blob) : null),
    },
    {
      ...(kind ? { kind } : {}),
      onProgress: (p) =>
        onProgress(
          p.phase === 'headers'
            ? (0.05 * p.done) / Math.max(1, p.total)
            : 0.05 + (0.95 * p.done) / Math.max(1, p.total),
        ),
    },
  );
}

/** The chosen files of a folder input (webkitdirectory: webkitRelativePath) or a plain multiple input. */
export function terrainFilesOf(list: FileList | readonly File[]): TerrainFile[] {
  return Array.from(list)
    .map((file) => ({ path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name, file }))
    .filter((f) => TERRAIN_FILE_PATTERN.test(f.path))
    .sort((a, b) => a.path.localeCompare(b.path));
}

type Entry = {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?: (ok: (f: File) => void, fail: (e: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (entries: Entry[]) => void, fail: (e: unknown) => void) => void };
};

/** Reads a dropped folder (DataTransfer item entries) recursively into TerrainFiles; null when no folder was dropped. */
export async function droppedTerrainFiles(items: DataTransferItemList): Promise<TerrainFile[] | null> {
  const entries: Entry[] = [];
  for (const item of Array.from(items)) {
    const entry = (item as unknown as { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() ?? null;
    if (entry) entries.push(entry);
  }
  if (!entries.some((e) => e.isDirectory)) return null;
  const out: TerrainFile[] = [];
  const visit = async (entry: Entry, prefix: string, depth: number): Promise<void> => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isFile && TERRAIN_FILE_PATTERN.test(entry.name) && entry.file) {
      const file = await new Promise<File>((ok, fail) => entry.file?.(ok, fail));
      out.push({ path, file });
    } else if (entry.isDirectory && entry.createReader && depth < 4) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
        if (batch.length === 0) break;
        for (const child of batch) await visit(child, path, depth + 1);
      }
    }
  };
  for (const entry of entries) await visit(entry, '', 0);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
