import { lt, type LocalizedText } from '../i18n/localized';
import { detectDelimiter, type CsvDelimiter, type CsvRow } from '../io/csv-parse';
import { decodeText } from '../io/text-decode';
import type { Problem, Result } from '../project/problem';
import { guessMeasurementMapping, type MeasurementMapping } from './measurement-columns';
import { csvChunks } from './csv-chunks';
import { rowReader } from './measurement-row';
import { MeasurementSetBuilder, type MeasurementSet } from './measurement-set';

export { RSRP_RANGE_DBM } from './measurement-row';

/** Most rows a measurement file may have (a 5 Hz drive test of 55 hours); larger files are refused with a hint. */
export const MAX_MEASUREMENT_ROWS = 1_000_000;
/** Bad rows listed one by one; the rest are counted. */
export const MAX_LISTED_BAD_ROWS = 500;

export interface MeasurementCsvOptions {
  file?: string;
  /** Overrides the guessed columns. */
  mapping?: MeasurementMapping;
  delimiter?: CsvDelimiter;
  /** Bytes → text; default core/io decodeText (UTF-8, else Windows-1252). Shells pass a faster TextDecoder. */
  decode?: (bytes: Uint8Array) => { text: string; encoding: 'utf-8' | 'windows-1252' };
  maxRows?: number;
  /** Called after each chunk of about a million characters with the share of the text read, 0…1. */
  onProgress?: (fraction: number) => void;
}

/** How the file was read: for the column summary in the panel and the CLI. */
export interface MeasurementLayout {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: CsvDelimiter;
  decimalComma: boolean;
  headers: string[];
  mapping: MeasurementMapping;
  crs: 'EPSG:4326' | 'EPSG:25832';
  /** Data rows in the file (good and bad). */
  dataRows: number;
}

export interface ParsedMeasurements {
  set: MeasurementSet;
  layout: MeasurementLayout;
  /** The first MAX_LISTED_BAD_ROWS bad rows, each located by line and column with a fix hint. */
  badRows: Problem[];
  /** Number of bad rows (lines) in the whole file. */
  badRowCount: number;
}

/**
 * Reads a drive-test or drone-flight CSV (UTF-8 or Windows-1252; ; , tab or | separated; decimal comma or point):
 * WGS84 lat/lon or EPSG:25832 easting/northing, RSRP in dBm, optional height above ground (m), cell id and time.
 * Returns the good rows and every bad row located by line and column with a hint; the caller decides whether the
 * good rows may be used. Fails as a whole (problems) when the file cannot be read as measurements at all.
 */
export function parseMeasurementsCsv(
  bytes: Uint8Array,
  options: MeasurementCsvOptions = {},
): Result<ParsedMeasurements> {
  const { text, encoding } = (options.decode ?? decodeText)(bytes);
  const problem = (line: number | undefined, path: string, message: LocalizedText, hint?: LocalizedText): Problem => {
    const p: Problem = { severity: 'error', path, message };
    if (options.file !== undefined) p.file = options.file;
    if (line !== undefined) p.line = line;
    if (hint) p.hint = hint;
    return p;
  };
  const fail = (...args: Parameters<typeof problem>): Result<ParsedMeasurements> => ({
    ok: false,
    problems: [problem(...args)],
  });
  if (text.trim() === '') return fail(undefined, '', lt('Filen er tom.', 'The file is empty.'));
  const maxRows = options.maxRows ?? MAX_MEASUREMENT_ROWS;
  const delimiter = options.delimiter ?? detectDelimiter(text.slice(0, 64 * 1024));
  const chunks = csvChunks(text, delimiter);
  const first = chunks.next();
  const unclosed = (line: number) =>
    fail(line, '', lt('Et citationstegn (") lukkes aldrig.', 'A quote (") is never closed.'));
  if (first.done) return fail(undefined, '', lt('Filen er tom.', 'The file is empty.'));
  if ('unterminatedQuoteLine' in first.value) return unclosed(first.value.unterminatedQuoteLine);
  const [header, ...firstRows] = first.value.rows;
  const headers = header?.cells.map((h) => h.trim()) ?? [];
  const mapping = options.mapping ?? guessMeasurementMapping(headers);
  const utm =
    (mapping.lat === undefined || mapping.lon === undefined) &&
    mapping.easting !== undefined &&
    mapping.northing !== undefined;
  const missing: string[] = [];
  if (mapping.rsrpDbm === undefined) missing.push('RSRP');
  if (!utm && (mapping.lat === undefined || mapping.lon === undefined))
    missing.push('lat/lon (or/eller easting/northing, EPSG:25832)');
  if (missing.length > 0)
    return fail(
      1,
      '',
      lt(`Kolonner mangler: ${missing.join(', ')}.`, `Columns missing: ${missing.join(', ')}.`),
      lt(
        'Første linje skal navngive kolonnerne, fx lat;lon;rsrp;hoejde;celle;tid eller easting;northing;rsrp.',
        'The first line must name the columns, e.g. lat;lon;rsrp;height;cell;time or easting;northing;rsrp.',
      ),
    );
  const decimalComma = delimiter !== ',' && firstRows.some((r) => r.cells.some((c) => /^\s*-?\d+,\d+\s*$/.test(c)));
  // Size the columns from the first chunk's line length (a doubling builder covers a wrong guess).
  const perRow = (first.value.endFraction * text.length) / Math.max(1, first.value.rows.length);
  const builder = new MeasurementSetBuilder(Math.min(maxRows, Math.ceil((1.05 * text.length) / perRow)));
  const badRows: Problem[] = [];
  let badRowCount = 0;
  let dataRows = 0;
  const reader = rowReader({ mapping, headers, utm, decimalComma, problem });
  const take = (rows: readonly CsvRow[]): boolean => {
    for (const row of rows) {
      dataRows++;
      if (dataRows > maxRows) return false;
      const read = reader(row);
      if ('problem' in read) {
        badRowCount++;
        if (badRows.length < MAX_LISTED_BAD_ROWS) badRows.push(read.problem);
      } else builder.add(read);
    }
    return true;
  };
  let within = take(firstRows);
  options.onProgress?.(first.value.endFraction);
  for (let next = chunks.next(); within && !next.done; next = chunks.next()) {
    if ('unterminatedQuoteLine' in next.value) return unclosed(next.value.unterminatedQuoteLine);
    within = take(next.value.rows);
    options.onProgress?.(next.value.endFraction);
  }
  if (!within)
    return fail(
      undefined,
      '',
      lt(`Filen har mere end ${maxRows} datarækker.`, `The file has more than ${maxRows} data rows.`),
      lt(
        'Del filen op, eller udtynd målingerne (fx én pr. sekund).',
        'Split the file, or thin the samples (e.g. one per second).',
      ),
    );
  if (dataRows === 0) return fail(1, '', lt('Filen har kun en overskriftslinje.', 'The file has only a header line.'));
  const layout: MeasurementLayout = {
    encoding,
    delimiter,
    decimalComma,
    headers,
    mapping,
    crs: utm ? 'EPSG:25832' : 'EPSG:4326',
    dataRows,
  };
  return { ok: true, value: { set: builder.build(), layout, badRows, badRowCount }, warnings: [] };
}
