import type { Lang } from '../i18n/localized';
import type { Project } from '../project/schema';
import { wgs84ToUtm32 } from '../geo/projection';
import type { SkippedRow } from './imported';

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

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection), incl. − and full-width forms. */
const FORMULA_START = /^[=+\-@\t\r\u2212\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A plain number such as -12,5 or +1e3: a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^[-+]?\d+(?:[.,]\d+)*(?:[eE][-+]?\d+)?$/;

/**
 * A text cell that Excel, LibreOffice and Sheets show as text, never run as a formula (E2): a cell starting
 * with =, +, -, −, @, tab or carriage return gets a leading apostrophe (OWASP "CSV Injection"), unless it is a
 * plain number. The importer removes that apostrophe again, so exports round-trip.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Quotes a cell when it holds the delimiter, a quote or a line break (RFC 4180). */
function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV line: text cells neutralised against formulas and quoted; number cells written by us are left as they are. */
function line(cells: readonly { text: string; isText: boolean }[], delimiter: string): string {
  return cells.map((c) => quote(c.isText ? neutraliseFormula(c.text) : c.text, delimiter)).join(delimiter);
}

const delimiterOf = (lang: Lang) => (lang === 'da' ? ';' : ',');

/**
 * Returns the sites as CSV: Danish (semicolon, decimal comma, as Danish Excel reads it) or
 * English (comma, decimal point); with a UTF-8 BOM so Excel shows æøå correctly. Text cells are
 * neutralised against formula injection.
 */
export function sitesToCsv(project: Project, lang: Lang): string {
  const delimiter = delimiterOf(lang);
  const num = (v: number, digits: number) => (lang === 'da' ? v.toFixed(digits).replace('.', ',') : v.toFixed(digits));
  const text = (t: string) => ({ text: t, isText: true });
  const number = (t: string) => ({ text: t, isText: false });
  const lines = [line(HEADERS[lang].map(text), delimiter)];
  for (const s of project.sites) {
    const [e, n] = wgs84ToUtm32([s.lon, s.lat]);
    lines.push(
      line(
        [
          text(s.name),
          text(s.kind),
          number(num(s.lat, 6)),
          number(num(s.lon, 6)),
          number(num(e, 1)),
          number(num(n, 1)),
          number(num(s.antennaHeightM, 1)),
          text(s.environment),
          number(String(s.cells.length)),
          text(s.notes),
        ],
        delimiter,
      ),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The rows an import skipped, as CSV to fix and import again (issue 13 item 6): the file's own header and
 * cells as read, plus a last column with each row's problems. Every cell is neutralised against formulas.
 */
export function skippedRowsToCsv(
  headers: readonly string[],
  rows: readonly SkippedRow[],
  problemColumn: string,
  describe: (row: SkippedRow) => string,
  delimiter: string,
): string {
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), headers.length);
  const pad = (cells: readonly string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  const asText = (cells: readonly string[]) => cells.map((t) => ({ text: t, isText: true }));
  const lines = [line(asText([...pad(headers), problemColumn]), delimiter)];
  for (const row of rows) lines.push(line(asText([...pad(row.cells), describe(row)]), delimiter));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
