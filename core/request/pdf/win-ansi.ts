/** Replacements for characters the PDF standard fonts (WinAnsi encoding) cannot show. */
const REPLACEMENTS: Record<string, string> = {
  '≤': '<=',
  '≥': '>=',
  '−': '-',
  '→': '->',
  '←': '<-',
  '≈': '~',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
};

/** Characters outside Latin-1 that WinAnsi (CP1252) still encodes. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Returns text the standard PDF fonts can encode: æøå and € stay, others are replaced or become "?". */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\n' || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(ch))
      out += ch;
    else out += REPLACEMENTS[ch] ?? '?';
  }
  return out;
}
