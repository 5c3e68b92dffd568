import { utm32ToWgs84, wgs84ToUtm32 } from '../geo/projection';
import { lt, type LocalizedText } from '../i18n/localized';
import { parseLocaleNumber, type CsvRow } from '../io/csv-parse';
import { inDenmark } from '../io/imported';
import type { Problem } from '../project/problem';
import type { MeasurementMapping } from './measurement-columns';

/** Plausible SS-RSRP in dBm (TS 38.133 reports −156…−31 dBm). */
export const RSRP_RANGE_DBM = [-160, -20] as const;

const FIELD_NAMES: Record<string, string> = {
  rsrpDbm: 'RSRP',
  heightM: 'height/højde',
  lat: 'lat',
  lon: 'lon',
  easting: 'easting/øst',
  northing: 'northing/nord',
};

/** One data row as a measurement (EPSG:25832), or the row's first problem. */
export type RowRead =
  | { e: number; n: number; rsrpDbm: number; heightM: number; cellId: string | null; line: number; time: string | null }
  | { problem: Problem };

/** Validates one data row into a measurement, or the first problem of the row (no closures per row: 1e6 rows). */
export function rowReader(ctx: {
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
