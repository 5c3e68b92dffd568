import { guessColumnMapping, normaliseHeader } from '../io/csv-columns';

/** Fields a measurement CSV column can map to. */
export type MeasurementColumn = 'lat' | 'lon' | 'easting' | 'northing' | 'rsrpDbm' | 'heightM' | 'cellId' | 'time';

/** Column index per field. */
export type MeasurementMapping = Partial<Record<MeasurementColumn, number>>;

/** Header names of the measurement-only fields, Danish and English, after normaliseHeader (æ→ae, ø→oe, å→aa). */
const HEADER_NAMES: Record<'rsrpDbm' | 'heightM' | 'cellId' | 'time', string[]> = {
  rsrpDbm: [
    'rsrp',
    'rsrp_dbm',
    'rsrpdbm',
    'ss_rsrp',
    'ssrsrp',
    'ss_rsrp_dbm',
    'nr_rsrp',
    'nr_ss_rsrp',
    'maalt_rsrp',
    'measured_rsrp',
    'signalstyrke',
    'signal_strength',
  ],
  heightM: [
    'height',
    'height_m',
    'height_agl',
    'height_agl_m',
    'agl',
    'agl_m',
    'alt_agl',
    'altitude_agl',
    'relative_altitude',
    'hoejde',
    'hoejde_m',
    'hoejde_over_terraen',
    'flyvehoejde',
    'flyvehoejde_m',
    'antennehoejde',
    'antenna_height',
  ],
  cellId: ['cell', 'cell_id', 'cellid', 'celle', 'celle_id', 'celleid', 'sector', 'sektor', 'serving_cell', 'server'],
  time: ['time', 'timestamp', 'datetime', 'date_time', 'utc', 'tid', 'tidspunkt', 'tidsstempel', 'dato_tid'],
};

/**
 * Guesses the columns of a measurement file: coordinates as the site importer recognises them (lat/lon or
 * EPSG:25832 easting/northing, Danish or English), RSRP, height above ground, cell id and time.
 */
export function guessMeasurementMapping(headers: readonly string[]): MeasurementMapping {
  const site = guessColumnMapping(headers);
  const mapping: MeasurementMapping = {};
  for (const key of ['lat', 'lon', 'easting', 'northing'] as const)
    if (site[key] !== undefined) mapping[key] = site[key];
  headers.forEach((header, index) => {
    const key = normaliseHeader(header);
    for (const [field, names] of Object.entries(HEADER_NAMES) as [keyof typeof HEADER_NAMES, string[]][]) {
      if (mapping[field] === undefined && names.includes(key)) {
        mapping[field] = index;
        return;
      }
    }
  });
  return mapping;
}
