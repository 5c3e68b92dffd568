import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvDelimiter, type CsvRow } from '../../../../core/io/csv-parse';

/**
 * The character-at-a-time parser parseCsv had before it took runs in slices (kept here as the oracle: the faster
 * parser must split every input exactly as this one did, rows, cells, lines and unclosed quotes alike).
 */
function referenceParseCsv(text: string, delimiter: CsvDelimiter) {
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
  it('splits quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'a;"b;c";"say ""hi"""\r\n"multi\nline";x\n\n3;4';
    expect(parseCsv(text, ';')).toEqual({
      rows: [
        { line: 1, cells: ['a', 'b;c', 'say "hi"'] },
        { line: 2, cells: ['multi\nline', 'x'] },
        { line: 5, cells: ['3', '4'] },
      ],
      unterminatedQuoteLine: null,
    });
    expect(parseCsv('a;"open\nb', ';').unterminatedQuoteLine).toBe(1);
  });

  it('parses every input exactly as the character-at-a-time reference parser', () => {
    const piece = fc.constantFrom('"', '""', ';', ',', '\n', '\r', '\r\n', ' ', 'a', 'bc', '1,5', '-80', 'æø');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.constantFrom<CsvDelimiter>(';', ','), (pieces, d) => {
        const text = pieces.join('');
        expect(parseCsv(text, d)).toEqual(referenceParseCsv(text, d));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(parseCsv(text, ';')).toEqual(referenceParseCsv(text, ';'));
      }),
    );
  });
});
