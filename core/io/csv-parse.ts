/** A parsed CSV record with the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

const DELIMITERS = [';', ',', '\t', '|'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/**
 * Parses CSV text (RFC 4180 quoting, CRLF or LF) with the given delimiter. Never throws. Linear in the text:
 * cells are sliced out of it, never built a character at a time (which made a 50 MB file need gigabytes).
 */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter,
): { rows: CsvRow[]; unterminatedQuoteLine: number | null } {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;
  const endRow = () => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  while (i <= n) {
    if (text[i] === '"') {
      // Quoted cell: runs to the next lone quote; "" is a quote; newlines inside count as lines.
      const quoteStart = line;
      const parts: string[] = [];
      let from = i + 1;
      let j = from;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          parts.push(text.slice(from));
          cells.push(parts.join(''));
          endRow();
          return { rows, unterminatedQuoteLine: quoteStart };
        }
        for (let k = j; k < q; k++) if (text.charCodeAt(k) === 10) line++;
        if (text[q + 1] === '"') {
          parts.push(text.slice(from, q + 1));
          from = j = q + 2;
          continue;
        }
        parts.push(text.slice(from, q));
        i = q + 1;
        break;
      }
      // Anything after the closing quote up to the delimiter belongs to the cell (lenient, like Excel).
      let end = i;
      while (end < n && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
      parts.push(text.slice(i, end));
      cells.push(parts.join(''));
      i = end;
    } else {
      let end = i;
      while (end < n && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
      cells.push(text.slice(i, end));
      i = end;
    }
    if (i >= n) {
      endRow();
      break;
    }
    if (text[i] === delimiter) {
      i++;
      if (i === n) cells.push('');
      else continue;
      endRow();
      break;
    }
    // A line break ends the row.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
    line++;
    rowLine = line;
    if (i === n) break;
  }
  return { rows, unterminatedQuoteLine: null };
}

/** Picks the delimiter that splits the first lines into the most, equally many, columns. */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text
    .slice(0, 64 * 1024)
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
