import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvDelimiter, type CsvRow } from '../../../../core/io/csv-parse';

/**
 * The character-at-a-time parser this module had before it was made linear, kept as the oracle: the linear one
 * must split every text into the same rows, cells and line numbers.
 */
function referenceParseCsv(
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
        if (ch === '\n') line++;
        cell += ch;
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
    } else cell += ch;
  }
  cells.push(cell);
  if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
  return { rows, unterminatedQuoteLine: quoted ? quoteStart : null };
}

describe('parseCsv', () => {
  it('splits any text exactly like the character-at-a-time parser it replaced', () => {
    const piece = fc.constantFrom('a', 'æ', ' ', ';', ',', '\t', '"', '""', '\n', '\r\n', '\r', '55,1', 'x"y');
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom<CsvDelimiter>(';', ',', '\t', '|'), (t, d) => {
        const got = parseCsv(t, d);
        const want = referenceParseCsv(t, d);
        if (want.unterminatedQuoteLine !== null) expect(got.unterminatedQuoteLine).toBe(want.unterminatedQuoteLine);
        else expect(got).toEqual(want);
      }),
      { numRuns: 5000 },
    );
  });

  it('parses 20 MB in linear memory: cells are slices, not strings grown a character at a time (H1)', () => {
    const row = `Site;55,1;10,7;${'x'.repeat(200)}\n`;
    const text = row.repeat(Math.ceil((20 * 1024 * 1024) / row.length));
    const { rows } = parseCsv(text, ';');
    expect(rows.length).toBe(Math.ceil((20 * 1024 * 1024) / row.length));
    expect(rows[rows.length - 1]?.cells[3]).toHaveLength(200);
  });
});
