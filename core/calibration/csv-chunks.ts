import { parseCsv, type CsvDelimiter, type CsvRow } from '../io/csv-parse';

const CHUNK_CHARS = 1 << 20;

/** Rows of one slice of the text, or where an unclosed quote starts; lines count from the start of the file. */
export type Chunk = { rows: CsvRow[]; endFraction: number } | { unterminatedQuoteLine: number };

/**
 * parseCsv over slices of about CHUNK_CHARS ending at a line break, so a large file never becomes one array of
 * row arrays. A slice that ends inside a quoted field grows until the quote closes. Lines count from the file start.
 */
export function* csvChunks(text: string, delimiter: CsvDelimiter): Generator<Chunk, void, void> {
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
