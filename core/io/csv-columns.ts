/** Site fields a CSV column can map to. */
export type SiteColumn = 'name' | 'lat' | 'lon' | 'easting' | 'northing' | 'antennaHeightM' | 'kind' | 'notes';

/** Column index per field; the column-mapping dialog edits this. */
export type ColumnMapping = Partial<Record<SiteColumn, number>>;

/** Header names recognised per field, Danish and English, compared case- and accent-insensitively. */
const HEADER_NAMES: Record<SiteColumn, string[]> = {
  name: ['name', 'navn', 'site', 'sitenavn', 'lokation', 'location', 'titel', 'title', 'stednavn'],
  lat: ['lat', 'latitude', 'bredde', 'breddegrad', 'y_wgs84', 'lat_wgs84'],
  lon: ['lon', 'lng', 'long', 'longitude', 'laengde', 'laengdegrad', 'x_wgs84', 'lon_wgs84'],
  easting: ['easting', 'east', 'oest', 'ost', 'x', 'e', 'x_utm', 'utm_x', 'x_25832', 'etrs89_x'],
  northing: ['northing', 'north', 'nord', 'y', 'n', 'y_utm', 'utm_y', 'y_25832', 'etrs89_y'],
  antennaHeightM: [
    'antennaheightm',
    'antenna_height',
    'antennehoejde',
    'hoejde',
    'height',
    'height_m',
    'hoejde_m',
    'mast_hoejde',
  ],
  kind: ['kind', 'type', 'art', 'kategori', 'category'],
  notes: ['notes', 'note', 'noter', 'bemaerkning', 'bemaerkninger', 'comment', 'kommentar'],
};

/** Normalises a header: lower case, æ→ae, ø→oe, å→aa, accents and punctuation removed. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[()[\]°.]/g, '')
    .replace(/[\s-]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Guesses the column mapping from a header row; unknown headers are left unmapped. */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, index) => {
    const key = normaliseHeader(header);
    for (const [field, names] of Object.entries(HEADER_NAMES) as [SiteColumn, string[]][]) {
      if (mapping[field] === undefined && names.includes(key)) {
        mapping[field] = index;
        return;
      }
    }
  });
  return mapping;
}
