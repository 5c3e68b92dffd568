import type { Lang } from '../i18n/localized';
import type { Project } from '../project/schema';
import { wgs84ToUtm32 } from '../geo/projection';

const HEADERS: Record<Lang, string[]> = {
  da: ['navn', 'type', 'bredde', 'længde', 'øst_25832', 'nord_25832', 'antennehøjde_m', 'miljø', 'celler', 'noter'],
  en: [
    'name',
    'kind',
    'latitude',
    'longitude',
    'easting_25832',
    'northing_25832',
    'antenna_height_m',
    'environment',
    'cells',
    'notes',
  ],
};

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Returns the sites as CSV: Danish (semicolon, decimal comma, as Danish Excel reads it) or
 * English (comma, decimal point); with a UTF-8 BOM so Excel shows æøå correctly.
 */
export function sitesToCsv(project: Project, lang: Lang): string {
  const delimiter = lang === 'da' ? ';' : ',';
  const num = (v: number, digits: number) => (lang === 'da' ? v.toFixed(digits).replace('.', ',') : v.toFixed(digits));
  const lines = [HEADERS[lang].join(delimiter)];
  for (const s of project.sites) {
    const [e, n] = wgs84ToUtm32([s.lon, s.lat]);
    const cells = [
      s.name,
      s.kind,
      num(s.lat, 6),
      num(s.lon, 6),
      num(e, 1),
      num(n, 1),
      num(s.antennaHeightM, 1),
      s.environment,
      String(s.cells.length),
      s.notes,
    ];
    lines.push(cells.map((c) => quote(c, delimiter)).join(delimiter));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
