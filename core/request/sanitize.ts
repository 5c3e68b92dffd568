/**
 * Characters a document format forbids or cannot show. XML 1.0 (DOCX) allows only #x9 | #xA | #xD | [#x20-#xD7FF] |
 * [#xE000-#xFFFD] | [#x10000-#x10FFFF] (XML 1.0 §2.2); PDF text drawn with an embedded font needs a glyph for
 * every code point. Exceptions are never thrown for user text.
 */

/** Removes what XML 1.0 forbids (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/U+FFFF). */
export function xmlSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    const ok =
      c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (ok) out += ch;
  }
  return out;
}

/**
 * Text for a PDF line: controls (C0, DEL, C1) and lone surrogates dropped, tabs to a space, and any
 * character without a glyph in the font (`hasGlyph`) replaced by "?".
 */
export function pdfSafe(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c === 0x9) out += ' ';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff)
      continue;
    else out += hasGlyph(c) ? ch : '?';
  }
  return out;
}
