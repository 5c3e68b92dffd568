import { lt } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';
import type { Site } from '../project/schema';
import { guessColumnMapping, type ColumnMapping } from './csv-columns';
import { detectDelimiter, parseCsv, type CsvDelimiter } from './csv-parse';
import { readSiteRow } from './csv-site-row';
import { bboxOf, type ImportOptions, type ImportSummary, type ImportedData, type SkippedRow } from './imported';
import { IMPORT_LIMITS } from './limits';
import { decodeText } from './text-decode';

export interface CsvImportOptions extends ImportOptions {
  /** Overrides the detected delimiter. */
  delimiter?: CsvDelimiter;
  /** Overrides the guessed column mapping (from the column-mapping dialog). */
  mapping?: ColumnMapping;
}

/** What the column-mapping dialog needs besides the result. */
export interface CsvLayout {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: CsvDelimiter;
  decimalComma: boolean;
  headers: string[];
  mapping: ColumnMapping;
  rowCount: number;
}

/**
 * Imports a CSV site list (UTF-8 with or without BOM, or Windows-1252; ; , tab or | delimited;
 * decimal comma or point; lat/lon or EPSG:25832 easting/northing). Every row is checked against the
 * project schema; rows that fail are returned as `skipped` with their problems located by line and
 * column, the others as sites. Fails as a whole only when the file itself is unusable or no row is good.
 */
export function importCsvSites(
  bytes: Uint8Array,
  options: CsvImportOptions = {},
): Result<{ data: ImportedData; summary: ImportSummary; layout: CsvLayout; skipped: SkippedRow[] }> {
  const { text, encoding } = decodeText(bytes);
  const at = (
    line: number | undefined,
    path: string,
    message: Problem['message'],
    hint?: Problem['hint'],
    severity: Problem['severity'] = 'error',
  ): Problem => {
    const p: Problem = { severity, path, message };
    if (options.file !== undefined) p.file = options.file;
    if (line !== undefined) p.line = line;
    if (hint) p.hint = hint;
    return p;
  };
  if (text.trim() === '')
    return { ok: false, problems: [at(undefined, '', lt('Filen er tom.', 'The file is empty.'))] };
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (parsed.unterminatedQuoteLine !== null) {
    return {
      ok: false,
      problems: [
        at(parsed.unterminatedQuoteLine, '', lt('Et citationstegn (") lukkes aldrig.', 'A quote (") is never closed.')),
      ],
    };
  }
  const [header, ...rows] = parsed.rows;
  const headers = header?.cells.map((h) => h.trim()) ?? [];
  const mapping = options.mapping ?? guessColumnMapping(headers);
  const decimalComma = delimiter !== ',' && rows.some((r) => r.cells.some((c) => /^\s*-?\d+,\d+\s*$/.test(c)));
  const layout: CsvLayout = { encoding, delimiter, decimalComma, headers, mapping, rowCount: rows.length };
  const utm =
    mapping.lat === undefined &&
    mapping.lon === undefined &&
    mapping.easting !== undefined &&
    mapping.northing !== undefined;
  const missing: string[] = [];
  if (mapping.name === undefined) missing.push('name/navn');
  if (!utm && (mapping.lat === undefined || mapping.lon === undefined))
    missing.push('lat/lon (or/eller easting/northing)');
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        at(
          1,
          '',
          lt(`Kolonner mangler: ${missing.join(', ')}.`, `Columns missing: ${missing.join(', ')}.`),
          lt('Vælg kolonnerne i dialogen til kolonnetilknytning.', 'Choose the columns in the column-mapping dialog.'),
        ),
      ],
    };
  }
  if (rows.length === 0)
    return {
      ok: false,
      problems: [at(1, '', lt('Filen har kun en overskriftslinje.', 'The file has only a header line.'))],
    };
  if (rows.length > IMPORT_LIMITS.maxObjects)
    return {
      ok: false,
      problems: [
        at(
          undefined,
          '',
          lt(
            `Filen har ${rows.length} rækker; grænsen er ${IMPORT_LIMITS.maxObjects}.`,
            `The file has ${rows.length} rows; the limit is ${IMPORT_LIMITS.maxObjects}.`,
          ),
          lt('Del filen op.', 'Split the file.'),
        ),
      ],
    };
  const warnings: Problem[] = [];
  const sites: Site[] = [];
  const skipped: SkippedRow[] = [];
  const makeId = options.makeId ?? ((prefix: string, i: number) => `${prefix}-${i + 1}`);
  const reading = { headers, mapping, decimalComma, utm, file: options.file };
  for (const row of rows) {
    const outcome = readSiteRow(row, reading);
    warnings.push(...outcome.warnings);
    if (outcome.site) sites.push({ id: makeId('site', sites.length), ...outcome.site });
    else skipped.push({ line: row.line, cells: row.cells, problems: outcome.problems });
  }
  // One bad row no longer blocks the rest (issue 13): the good rows import, the others are listed to fix.
  if (sites.length === 0) return { ok: false, problems: [...skipped.flatMap((r) => r.problems), ...warnings] };
  const summary: ImportSummary = {
    format: 'csv',
    crs: utm ? 'EPSG:25832' : 'EPSG:4326',
    featureCount: sites.length,
    byGeometry: { Point: sites.length },
    bboxWgs84: bboxOf(sites.map((s) => [s.lon, s.lat])),
  };
  return { ok: true, value: { data: { sites, areas: [], corridors: [] }, summary, layout, skipped }, warnings };
}
