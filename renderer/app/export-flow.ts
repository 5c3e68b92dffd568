import { sitesToCsv } from '../../core/io/export-csv';
import { projectToGeoJson } from '../../core/io/export-geojson';
import { projectToKml } from '../../core/io/export-kml';
import { renderMapPng } from '../map/map-image';
import { appStore } from '../state/store';
import { reportExport, saveExport } from './save-export';

/** Export formats offered by File → Export. */
export type ExportFormat = 'geojson' | 'kml' | 'csv' | 'png';

const encoder = new TextEncoder();

function baseName(): string {
  const { fileName, project } = appStore.getState();
  const name = fileName?.replace(/\.frekvensplan$/i, '') ?? project.meta.name;
  return name.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'frekvensplan';
}

/** File name suffix and MIME type per format; the bytes are built only after the user chose where to save. */
const FORMAT_FILES: Record<ExportFormat, { suffix: string; mimeType: string }> = {
  geojson: { suffix: '.geojson', mimeType: 'application/geo+json' },
  kml: { suffix: '.kml', mimeType: 'application/vnd.google-earth.kml+xml' },
  csv: { suffix: '-sites.csv', mimeType: 'text/csv' },
  png: { suffix: '.png', mimeType: 'image/png' },
};

async function bytesFor(format: ExportFormat): Promise<Uint8Array> {
  const { project, lang } = appStore.getState();
  switch (format) {
    case 'geojson':
      return encoder.encode(JSON.stringify(projectToGeoJson(project), null, 2));
    case 'kml':
      return encoder.encode(projectToKml(project));
    case 'csv':
      return encoder.encode(sitesToCsv(project, lang));
    case 'png':
      return renderMapPng();
  }
}

/**
 * File → Export in one format: asks where to save first (inside the click), then builds and writes, showing the
 * phase in the export dialog. Call from the click handler; nothing may be awaited before saveExport.
 */
export async function runExport(format: ExportFormat): Promise<void> {
  const store = appStore.getState();
  const { suffix, mimeType } = FORMAT_FILES[format];
  const outcome = await saveExport({
    suggestedName: `${baseName()}${suffix}`,
    mimeType,
    build: () => bytesFor(format),
    onPhase: (phase) => store.openDialog({ kind: 'export', busy: true, phase }),
  });
  if (outcome.ok || !outcome.canceled) store.closeDialog();
  else store.openDialog({ kind: 'export', busy: false });
  reportExport(outcome);
}
