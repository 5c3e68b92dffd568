import { lt } from '../i18n/localized';
import type { Problem } from '../project/problem';
import { siteSchema, type Site } from '../project/schema';
import { utm32ToWgs84 } from '../geo/projection';
import type { ColumnMapping, SiteColumn } from './csv-columns';
import { parseLocaleNumber, type CsvRow } from './csv-parse';
import { inDenmark } from './imported';
import { schemaProblems } from './schema-check';
import { SITE_KIND_NAMES, siteKindFromText } from './site-kind-names';

/** How the rows of one file are read. */
export interface RowReading {
  headers: readonly string[];
  mapping: ColumnMapping;
  decimalComma: boolean;
  /** Coordinates are EPSG:25832 easting/northing instead of lat/lon. */
  utm: boolean;
  file: string | undefined;
}

/** A row read as a site, or the row's located problems; warnings either way. */
export type RowOutcome = { site: Omit<Site, 'id'> | null; problems: Problem[]; warnings: Problem[] };

/** Longest site name kept, in characters (the project schema's limit). */
const MAX_NAME = 200;

/** A leading apostrophe a spreadsheet export put before a formula trigger (OWASP CSV injection) is removed. */
export function unNeutralise(text: string): string {
  return /^'[=+\-@\t\r\u2212]/.test(text) ? text.slice(1) : text;
}

/** Reads one CSV row as a site: numbers, coordinates and every field the project schema checks, located by line and column. */
export function readSiteRow(row: CsvRow, reading: RowReading): RowOutcome {
  const { headers, mapping, decimalComma, utm, file } = reading;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const at = (
    path: string,
    message: Problem['message'],
    hint?: Problem['hint'],
    severity: Problem['severity'] = 'error',
  ) => {
    const p: Problem = { severity, path, line: row.line, message };
    if (file !== undefined) p.file = file;
    if (hint) p.hint = hint;
    (severity === 'error' ? problems : warnings).push(p);
  };
  const column = (field: SiteColumn) => headers[mapping[field] as number] || field;
  const cell = (field: SiteColumn) => {
    const index = mapping[field];
    return index === undefined ? '' : unNeutralise((row.cells[index] ?? '').trim()).trim();
  };
  const num = (field: SiteColumn) => {
    const raw = cell(field);
    const value = parseLocaleNumber(raw, decimalComma);
    if (value === null)
      at(column(field), lt(`"${raw.slice(0, 40)}" er ikke et tal.`, `"${raw.slice(0, 40)}" is not a number.`));
    return value;
  };
  let name = cell('name');
  if (!name) at(column('name'), lt('Navnet er tomt.', 'The name is empty.'));
  if (name.length > MAX_NAME) {
    at(
      column('name'),
      lt(`Navnet er forkortet til ${MAX_NAME} tegn.`, `The name was shortened to ${MAX_NAME} characters.`),
      undefined,
      'warning',
    );
    name = name.slice(0, MAX_NAME);
  }
  const a = num(utm ? 'easting' : 'lon');
  const b = num(utm ? 'northing' : 'lat');
  const height = mapping.antennaHeightM !== undefined && cell('antennaHeightM') !== '' ? num('antennaHeightM') : 25;
  if (a === null || b === null || height === null || !name) return { site: null, problems, warnings };
  const [lon, lat] = utm ? utm32ToWgs84([a, b]) : [a, b];
  if (!(Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
    at(
      '',
      utm
        ? lt(
            `Koordinaten ${a}; ${b} er ikke en gyldig EPSG:25832-position.`,
            `The coordinate ${a}; ${b} is not a valid EPSG:25832 position.`,
          )
        : lt(`Koordinaten ${a}; ${b} er ikke længde/bredde.`, `The coordinate ${a}; ${b} is not longitude/latitude.`),
      utm
        ? lt(
            'Er kolonnerne byttet om, eller er det længde/bredde?',
            'Are the columns swapped, or are they longitude/latitude?',
          )
        : lt(
            'Er kolonnerne EPSG:25832 øst/nord? Vælg dem som easting/northing.',
            'Are the columns EPSG:25832 east/north? Map them as easting/northing.',
          ),
    );
    return { site: null, problems, warnings };
  }
  const kindText = cell('kind');
  const kind = siteKindFromText(kindText);
  if (kindText !== '' && kind === null)
    at(
      column('kind'),
      lt(
        `Typen "${kindText.slice(0, 40)}" kendes ikke; importeres som "Andet". Kendte typer: ${SITE_KIND_NAMES.da}.`,
        `The kind "${kindText.slice(0, 40)}" is unknown; imported as "Other". Known kinds: ${SITE_KIND_NAMES.en}.`,
      ),
      undefined,
      'warning',
    );
  const site: Omit<Site, 'id'> = {
    name,
    kind: kind ?? 'other',
    lon,
    lat,
    antennaHeightM: height,
    environment: 'RMa',
    cells: [],
    notes: cell('notes'),
  };
  const fieldColumn: Partial<Record<string, SiteColumn>> = {
    name: 'name',
    lon: utm ? 'easting' : 'lon',
    lat: utm ? 'northing' : 'lat',
    antennaHeightM: 'antennaHeightM',
    kind: 'kind',
    notes: 'notes',
  };
  problems.push(
    ...schemaProblems(
      siteSchema,
      { ...site, id: 'row' },
      (field) => ({ path: column(fieldColumn[field] ?? 'name'), line: row.line }),
      file,
    ),
  );
  if (problems.length > 0) return { site: null, problems, warnings };
  if (!inDenmark([lon, lat])) {
    const swapped = inDenmark([lat, lon]);
    at(
      '',
      lt(`"${name}" ligger uden for Danmark.`, `"${name}" lies outside Denmark.`),
      swapped ? lt('Er bredde og længde byttet om?', 'Are latitude and longitude swapped?') : undefined,
      'warning',
    );
  }
  return { site, problems, warnings };
}
