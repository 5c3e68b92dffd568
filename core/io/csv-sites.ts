import { lt } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';
import { siteKindSchema, type Site } from '../project/schema';
import { utm32ToWgs84 } from '../geo/projection';
import { guessColumnMapping, type ColumnMapping } from './csv-columns';
import { detectDelimiter, parseCsv, parseLocaleNumber, type CsvDelimiter } from './csv-parse';
import { bboxOf, inDenmark, type ImportOptions, type ImportSummary, type ImportedData } from './imported';
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
 * decimal comma or point; lat/lon or EPSG:25832 easting/northing). Returns the sites or
 * problems located by line and column; never a partial list.
 */
export function importCsvSites(
  bytes: Uint8Array,
  options: CsvImportOptions = {},
): Result<{ data: ImportedData; summary: ImportSummary; layout: CsvLayout }> {
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
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const sites: Site[] = [];
  const makeId = options.makeId ?? ((prefix: string, i: number) => `${prefix}-${i + 1}`);
  for (const row of rows) {
    const cell = (index: number | undefined) => (index === undefined ? '' : (row.cells[index] ?? '').trim());
    const num = (field: keyof ColumnMapping) => {
      const raw = cell(mapping[field]);
      const value = parseLocaleNumber(raw, decimalComma);
      if (value === null)
        problems.push(
          at(
            row.line,
            `${headers[mapping[field] as number] ?? field}`,
            lt(`"${raw}" er ikke et tal.`, `"${raw}" is not a number.`),
          ),
        );
      return value;
    };
    const name = cell(mapping.name);
    if (!name)
      problems.push(
        at(row.line, headers[mapping.name as number] ?? 'name', lt('Navnet er tomt.', 'The name is empty.')),
      );
    const a = num(utm ? 'easting' : 'lon');
    const b = num(utm ? 'northing' : 'lat');
    if (a === null || b === null || !name) continue;
    const [lon, lat] = utm ? utm32ToWgs84([a, b]) : [a, b];
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      problems.push(
        at(
          row.line,
          '',
          lt(`Koordinaten ${a}; ${b} er ikke længde/bredde.`, `The coordinate ${a}; ${b} is not longitude/latitude.`),
          lt(
            'Er kolonnerne EPSG:25832 øst/nord? Vælg dem som easting/northing.',
            'Are the columns EPSG:25832 east/north? Map them as easting/northing.',
          ),
        ),
      );
      continue;
    }
    if (!inDenmark([lon, lat])) {
      const swapped = inDenmark([lat, lon]);
      warnings.push(
        at(
          row.line,
          '',
          lt(`"${name}" ligger uden for Danmark.`, `"${name}" lies outside Denmark.`),
          swapped ? lt('Er bredde og længde byttet om?', 'Are latitude and longitude swapped?') : undefined,
          'warning',
        ),
      );
    }
    const height =
      mapping.antennaHeightM !== undefined && cell(mapping.antennaHeightM) !== '' ? num('antennaHeightM') : 25;
    const kind = siteKindSchema.safeParse(cell(mapping.kind));
    sites.push({
      id: makeId('site', sites.length),
      name: name.slice(0, 200),
      kind: kind.success ? kind.data : 'other',
      lon,
      lat,
      antennaHeightM: Math.min(300, Math.max(0, height ?? 25)),
      environment: 'RMa',
      cells: [],
      notes: cell(mapping.notes),
    });
  }
  if (problems.length > 0) return { ok: false, problems: [...problems, ...warnings] };
  const summary: ImportSummary = {
    format: 'csv',
    crs: utm ? 'EPSG:25832' : 'EPSG:4326',
    featureCount: sites.length,
    byGeometry: { Point: sites.length },
    bboxWgs84: bboxOf(sites.map((s) => [s.lon, s.lat])),
  };
  return { ok: true, value: { data: { sites, areas: [], corridors: [] }, summary, layout }, warnings };
}
