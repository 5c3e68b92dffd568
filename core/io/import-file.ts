import { lt } from '../i18n/localized';
import type { Result } from '../project/problem';
import { importCsvSites, type CsvImportOptions, type CsvLayout } from './csv-sites';
import { importGeoJson } from './geojson-import';
import { importedDataProblems } from './imported-check';
import type { ImportSummary, ImportedData, SkippedRow } from './imported';
import { importKml, importKmz } from './kml-import';
import { decodeText } from './text-decode';

/** File types the GIS importer accepts, by extension. */
export const IMPORT_EXTENSIONS = ['.geojson', '.json', '.kml', '.kmz', '.csv', '.txt'] as const;

export type ImportFileResult = Result<{
  data: ImportedData;
  summary: ImportSummary;
  csvLayout?: CsvLayout;
  /** CSV rows left out because they have problems ([] for other formats). */
  skipped: SkippedRow[];
}>;

/**
 * Imports a GIS file by its extension (GeoJSON, KML, KMZ, CSV site list), returning what it holds or located
 * problems. Never throws on user input. Whatever an importer returns passes the project schema here, as the
 * last gate before anything can be applied (issue 11, D1).
 */
export function importFile(name: string, bytes: Uint8Array, options: CsvImportOptions = {}): ImportFileResult {
  const result = importByExtension(name, bytes, options);
  if (!result.ok) return result;
  const problems = importedDataProblems(result.value.data, name);
  return problems.length === 0 ? result : { ok: false, problems };
}

function importByExtension(name: string, bytes: Uint8Array, options: CsvImportOptions): ImportFileResult {
  const lower = name.toLowerCase();
  const opts = { ...options, file: name };
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    const r = importCsvSites(bytes, opts);
    return r.ok
      ? {
          ok: true,
          value: { data: r.value.data, summary: r.value.summary, csvLayout: r.value.layout, skipped: r.value.skipped },
          warnings: r.warnings,
        }
      : r;
  }
  const withoutSkipped = <T>(r: Result<T>): Result<T & { skipped: SkippedRow[] }> =>
    r.ok ? { ...r, value: { ...r.value, skipped: [] } } : r;
  if (lower.endsWith('.kmz')) return withoutSkipped(importKmz(bytes, opts));
  if (lower.endsWith('.kml')) return withoutSkipped(importKml(decodeText(bytes).text, opts));
  if (lower.endsWith('.geojson') || lower.endsWith('.json'))
    return withoutSkipped(importGeoJson(decodeText(bytes).text, opts));
  return {
    ok: false,
    problems: [
      {
        severity: 'error',
        path: '',
        file: name,
        message: lt('Filtypen kendes ikke.', 'Unknown file type.'),
        hint: lt(`Understøttet: ${IMPORT_EXTENSIONS.join(', ')}.`, `Supported: ${IMPORT_EXTENSIONS.join(', ')}.`),
      },
    ],
  };
}
