/** A parsed CSV record with the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

const DELIMITERS = [';', ',', '\t', '|'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/** Parses CSV text (RFC 4180 quoting, CRLF or LF) with the given delimiter. Never throws. */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter,
): { rows: CsvRow[]; unterminatedQuoteLine: number | null } {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        // Take the run up to the next quote in one slice (per-character appends make large files crawl).
        const end = text.indexOf('"', i);
        const run = text.slice(i, end < 0 ? text.length : end);
        for (let k = run.indexOf('\n'); k >= 0; k = run.indexOf('\n', k + 1)) line++;
        cell += run;
        i += run.length - 1;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      quoteStart = line;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else {
      // The run up to the next delimiter or line break, in one slice.
      let end = i + 1;
      while (end < text.length) {
        const c = text[end];
        if (c === delimiter || c === '\n' || c === '\r') break;
        end++;
      }
      cell += text.slice(i, end);
      i = end - 1;
    }
  }
  cells.push(cell);
  if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
  return { rows, unterminatedQuoteLine: quoted ? quoteStart : null };
}

/** Picks the delimiter that splits the first lines into the most, equally many, columns. */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 10);
  let best: CsvDelimiter = ';';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = sample.map((l) => parseCsv(l, d).rows[0]?.cells.length ?? 1);
    const first = counts[0] ?? 1;
    const consistent = counts.every((c) => c === first);
    const score = first > 1 ? (consistent ? first * 10 : first) : 0;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/**
 * Parses a number written the Danish way ("55,123", "1.234,5") or the English way
 * ("55.123", "1,234.5"); returns null when the text is not a number.
 */
export function parseLocaleNumber(raw: string, decimalComma: boolean): number | null {
  let text = raw.trim().replace(/\s/g, '');
  if (text === '') return null;
  if (decimalComma) text = text.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  else text = text.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
