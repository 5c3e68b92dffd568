import { previewTerrainFiles } from './coverage-flow';
import { droppedTerrainFiles, terrainFilesOf } from './terrain-files';

/**
 * Takes a drop that is an elevation model made of several files: a folder (read recursively) or several
 * .tif/.tiff/.vrt files at once. Returns false for anything else (a single file goes to the normal import).
 * Must be called inside the drop event (the folder entries are taken synchronously).
 */
export function dropTerrain(data: DataTransfer): boolean {
  const files = terrainFilesOf(Array.from(data.files));
  const folder = droppedTerrainFiles(data.items);
  const firstFolder = Array.from(data.items)
    .map((item) =>
      (
        item as unknown as { webkitGetAsEntry?: () => { isDirectory: boolean; name: string } | null }
      ).webkitGetAsEntry?.(),
    )
    .find((e) => e?.isDirectory);
  if (firstFolder) {
    void folder.then((found) => previewTerrainFiles(firstFolder.name, found ?? []));
    return true;
  }
  if (files.length > 1) {
    previewTerrainFiles(`${files.length} filer`, files);
    return true;
  }
  return false;
}
