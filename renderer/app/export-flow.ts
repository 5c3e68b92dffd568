import { sitesToCsv } from '../../core/io/export-csv';
import { projectToGeoJson } from '../../core/io/export-geojson';
import { projectToKml } from '../../core/io/export-kml';
import { host } from '../host';
import { translator } from '../i18n';
import { renderMapPng } from '../map/map-image';
import { appStore } from '../state/store';

/** Export formats offered by File → Export. */
export type ExportFormat = 'geojson' | 'kml' | 'csv' | 'png';

const encoder = new TextEncoder();

function baseName(): string {
  const { fileName, project } = appStore.getState();
  const name = fileName?.replace(/\.frekvensplan$/i, '') ?? project.meta.name;
  return name.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'frekvensplan';
}

async function bytesFor(format: ExportFormat): Promise<{ bytes: Uint8Array; mimeType: string; ext: string }> {
  const { project, lang } = appStore.getState();
  switch (format) {
    case 'geojson':
      return {
        bytes: encoder.encode(JSON.stringify(projectToGeoJson(project), null, 2)),
        mimeType: 'application/geo+json',
        ext: '.geojson',
      };
    case 'kml':
      return {
        bytes: encoder.encode(projectToKml(project)),
        mimeType: 'application/vnd.google-earth.kml+xml',
        ext: '.kml',
      };
    case 'csv':
      return { bytes: encoder.encode(sitesToCsv(project, lang)), mimeType: 'text/csv', ext: '.csv' };
    case 'png':
      return { bytes: await renderMapPng(), mimeType: 'image/png', ext: '.png' };
  }
}

/** Builds the export in the chosen format and hands the bytes to the host's save dialog or download. */
export async function runExport(format: ExportFormat): Promise<void> {
  const store = appStore.getState();
  const t = translator(store.lang);
  store.openDialog({ kind: 'export', busy: true });
  try {
    const { bytes, mimeType, ext } = await bytesFor(format);
    const suffix = format === 'csv' ? `-sites${ext}` : ext;
    const saved = await host.exportFile({ suggestedName: `${baseName()}${suffix}`, bytes, mimeType });
    if (saved.ok) {
      store.closeDialog();
      store.showToast(t('toast.exported', { name: saved.name }));
    } else if (saved.canceled) {
      store.openDialog({ kind: 'export', busy: false });
    } else {
      store.openDialog({ kind: 'error', message: t('error.export', { message: saved.message }) });
    }
  } catch (error) {
    store.openDialog({ kind: 'error', message: t('error.export', { message: String(error) }) });
  }
}
