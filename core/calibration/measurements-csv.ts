import { utm32ToWgs84, wgs84ToUtm32 } from '../geo/projection';
import { lt, type LocalizedText } from '../i18n/localized';
import { detectDelimiter, parseCsv, parseLocaleNumber, type CsvDelimiter, type CsvRow } from '../io/csv-parse';
import { inDenmark } from '../io/imported';
import { decodeText } from '../io/text-decode';
import type { Problem, Result } from '../project/problem';
import { guessMeasurementMapping, type MeasurementMapping } from './measurement-columns';
import { MeasurementSetBuilder, type MeasurementSet } from './measurement-set';

/** Most rows a measurement file may have (a 5 Hz drive test of 55 hours); larger files are refused with a hint. */
export const MAX_MEASUREMENT_ROWS = 1_000_000;
/** Bad rows listed one by one; the rest are counted. */
export const MAX_LISTED_BAD_ROWS = 500;
/** Plausible SS-RSRP in dBm (TS 38.133 reports −156…−31 dBm). */
export const RSRP_RANGE_DBM = [-160, -20] as const;
const CHUNK_CHARS = 1 << 20;

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

const FIELD_NAMES: Record<string, string> = {
  rsrpDbm: 'RSRP',
  heightM: 'height/højde',
  lat: 'lat',
  lon: 'lon',
  easting: 'easting/øst',
  northing: 'northing/nord',
};

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

type Chunk = { rows: CsvRow[]; endFraction: number } | { unterminatedQuoteLine: number };

/**
 * parseCsv over slices of about CHUNK_CHARS ending at a line break, so a large file never becomes one array of
 * row arrays. A slice that ends inside a quoted field grows until the quote closes. Lines count from the file start.
 */
function* csvChunks(text: string, delimiter: CsvDelimiter): Generator<Chunk, void, void> {
  let start = 0;
  let lineOffset = 0;
  let size = CHUNK_CHARS;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
    }
    const slice = text.slice(start, end);
    const parsed = parseCsv(slice, delimiter);
    if (parsed.unterminatedQuoteLine !== null) {
      if (end < text.length) {
        size *= 2;
        continue;
      }
      yield { unterminatedQuoteLine: parsed.unterminatedQuoteLine + lineOffset };
      return;
    }
    if (lineOffset > 0) for (const row of parsed.rows) row.line += lineOffset;
    yield { rows: parsed.rows, endFraction: end / text.length };
    lineOffset += lineBreaks(slice);
    start = end;
    size = CHUNK_CHARS;
  }
}

/** Line breaks as parseCsv counts them (CRLF once, lone CR or LF once). */
function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

type RowRead =
  | { e: number; n: number; rsrpDbm: number; heightM: number; cellId: string | null; line: number; time: string | null }
  | { problem: Problem };

/** Validates one data row into a measurement, or the first problem of the row (no closures per row: 1e6 rows). */
function rowReader(ctx: {
  mapping: MeasurementMapping;
  headers: string[];
  utm: boolean;
  decimalComma: boolean;
  problem: (line: number, path: string, message: LocalizedText, hint?: LocalizedText) => Problem;
}): (row: CsvRow) => RowRead {
  const { mapping, headers, utm, decimalComma, problem } = ctx;
  const column = (field: keyof MeasurementMapping | '') =>
    field === '' ? '' : (headers[mapping[field] as number] ?? FIELD_NAMES[field] ?? String(field));
  const bad = (row: CsvRow, field: keyof MeasurementMapping | '', message: LocalizedText, hint?: LocalizedText) => ({
    problem: problem(row.line, column(field), message, hint),
  });
  const text = (row: CsvRow, index: number | undefined) => (index === undefined ? '' : (row.cells[index] ?? '').trim());
  /** The number in a field, or NaN (then notNumber gives the problem). */
  const numberAt = (row: CsvRow, field: keyof MeasurementMapping) =>
    parseLocaleNumber(text(row, mapping[field]), decimalComma) ?? NaN;
  const notNumber = (row: CsvRow, field: keyof MeasurementMapping) => {
    const raw = text(row, mapping[field]);
    return raw === ''
      ? bad(row, field, lt('Feltet er tomt.', 'The field is empty.'))
      : bad(row, field, lt(`"${raw}" er ikke et tal.`, `"${raw}" is not a number.`));
  };
  const [fieldA, fieldB] = utm ? (['easting', 'northing'] as const) : (['lon', 'lat'] as const);
  return (row) => {
    const a = numberAt(row, fieldA);
    if (Number.isNaN(a)) return notNumber(row, fieldA);
    const b = numberAt(row, fieldB);
    if (Number.isNaN(b)) return notNumber(row, fieldB);
    let e: number;
    let n: number;
    let lonLat: [number, number];
    if (utm) {
      [e, n] = [a, b];
      lonLat = a > 0 && a < 2e6 && b > 0 && b < 1e7 ? utm32ToWgs84([a, b]) : [NaN, NaN];
      if (!inDenmark(lonLat))
        return bad(
          row,
          '',
          lt(
            `${a}; ${b} er ikke en EPSG:25832-position i Danmark.`,
            `${a}; ${b} is not an EPSG:25832 position in Denmark.`,
          ),
          a > 1e6 && b < 2e6
            ? lt('Er øst og nord byttet om?', 'Are easting and northing swapped?')
            : lt(
                'Øst og nord skal være i meter (ETRS89 / UTM 32N).',
                'Easting and northing must be metres (ETRS89 / UTM 32N).',
              ),
        );
    } else {
      if (Math.abs(a) > 180 || Math.abs(b) > 90)
        return bad(
          row,
          '',
          lt(`Koordinaten ${b}; ${a} er ikke bredde/længde.`, `The coordinate ${b}; ${a} is not latitude/longitude.`),
          lt(
            'Er kolonnerne EPSG:25832 øst/nord? Kald dem easting/northing.',
            'Are the columns EPSG:25832 east/north? Name them easting/northing.',
          ),
        );
      lonLat = [a, b];
      if (!inDenmark(lonLat))
        return bad(
          row,
          '',
          lt(`Punktet ${b}; ${a} ligger uden for Danmark.`, `The point ${b}; ${a} lies outside Denmark.`),
          inDenmark([b, a])
            ? lt('Er bredde og længde byttet om?', 'Are latitude and longitude swapped?')
            : lt(
                'Bredde og længde skal være WGS84 i decimalgrader.',
                'Latitude and longitude must be WGS84 decimal degrees.',
              ),
        );
      [e, n] = wgs84ToUtm32(lonLat);
    }
    const rsrp = numberAt(row, 'rsrpDbm');
    if (Number.isNaN(rsrp)) return notNumber(row, 'rsrpDbm');
    if (rsrp < RSRP_RANGE_DBM[0] || rsrp > RSRP_RANGE_DBM[1])
      return bad(
        row,
        'rsrpDbm',
        lt(
          `RSRP ${rsrp} dBm er ikke en mulig måling (−160…−20 dBm).`,
          `RSRP ${rsrp} dBm is not a plausible measurement (−160…−20 dBm).`,
        ),
        rsrp > 0 && -rsrp >= RSRP_RANGE_DBM[0]
          ? lt('RSRP er negativ i dBm: mangler minustegnet?', 'RSRP is negative in dBm: is the minus sign missing?')
          : lt('Kolonnen skal være SS-RSRP i dBm.', 'The column must be SS-RSRP in dBm.'),
      );
    let heightM = NaN;
    if (mapping.heightM !== undefined && text(row, mapping.heightM) !== '') {
      heightM = numberAt(row, 'heightM');
      if (Number.isNaN(heightM)) return notNumber(row, 'heightM');
      if (heightM < 0 || heightM > 3000)
        return bad(
          row,
          'heightM',
          lt(`Højden ${heightM} m over terræn er ikke mulig.`, `The height ${heightM} m above ground is not possible.`),
          lt(
            'Højden skal være over terræn (ikke over havet), 0…3000 m.',
            'The height must be above ground (not above sea level), 0…3000 m.',
          ),
        );
    }
    const cellId = mapping.cellId === undefined ? null : text(row, mapping.cellId).slice(0, 100) || null;
    const time = mapping.time === undefined ? null : text(row, mapping.time);
    return { e, n, rsrpDbm: rsrp, heightM, cellId, line: row.line, time };
  };
}
