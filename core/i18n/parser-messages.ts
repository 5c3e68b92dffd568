import { lt, type LocalizedText } from './localized';
import { LocalizedError } from './localized-error';

/**
 * Parser failures in both UI languages. The JSON, XML, ZIP and GeoTIFF parsers throw English text; these map it
 * to a Danish and English reason (with the position when the parser gives one), so no English parser message
 * reaches the Danish UI.
 */

const JSON_REASONS: [RegExp, LocalizedText][] = [
  [
    /Unexpected end of JSON input|Unterminated|end of data/i,
    lt('filen slutter midt i JSON-teksten', 'the file ends in the middle of the JSON text'),
  ],
  [
    /Bad control character/i,
    lt('en tekst indeholder et ugyldigt kontroltegn', 'a string contains an invalid control character'),
  ],
  [
    /Bad escaped character|Bad Unicode escape/i,
    lt('en tekst har en ugyldig escape-sekvens (\\)', 'a string has an invalid escape sequence (\\)'),
  ],
  [
    /after property name|Expected ':'/i,
    lt('der mangler et kolon efter et feltnavn', 'a colon is missing after a property name'),
  ],
  [
    /Expected ',' or '\}'|Expected ',' or '\]'/i,
    lt('der mangler et komma eller en afsluttende parentes', 'a comma or a closing bracket is missing'),
  ],
  [
    /Expected double-quoted property name/i,
    lt(
      'et feltnavn mangler anførselstegn (eller der er et komma for meget)',
      'a property name lacks double quotes (or there is a trailing comma)',
    ),
  ],
  [
    /non-whitespace character after JSON/i,
    lt('der står tekst efter JSON-dokumentets slutning', 'there is text after the end of the JSON document'),
  ],
];

/** Why JSON.parse failed, in both languages, with line and column when the message gives a position. */
export function jsonSyntaxReason(error: unknown, text: string): LocalizedText {
  const message = error instanceof Error ? error.message : String(error);
  const reason =
    JSON_REASONS.find(([pattern]) => pattern.test(message))?.[1] ??
    lt('uventet tegn i JSON-teksten', 'unexpected character in the JSON text');
  const at = position(message, text);
  return at
    ? lt(`${reason.da} (linje ${at.line}, kolonne ${at.column})`, `${reason.en} (line ${at.line}, column ${at.column})`)
    : reason;
}

function position(message: string, text: string): { line: number; column: number } | null {
  const lineCol = message.match(/line (\d+) column (\d+)/);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const offset = message.match(/position (\d+)/);
  if (!offset) return null;
  const at = Number(offset[1]);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

const XML_REASONS: Record<string, LocalizedText> = {
  InvalidTag: lt('et element er ikke åbnet eller lukket korrekt', 'an element is not opened or closed correctly'),
  InvalidAttr: lt('en attribut er ugyldig', 'an attribute is invalid'),
  InvalidChar: lt('der står et ugyldigt tegn', 'there is an invalid character'),
  InvalidXml: lt('XML-strukturen er ugyldig', 'the XML structure is invalid'),
};

/** Why an XML file is invalid (fast-xml-parser's validator code), naming the element when the message quotes it. */
export function xmlSyntaxReason(code: string | undefined, message: string): LocalizedText {
  const reason = (code && XML_REASONS[code]) || lt('XML-teksten kan ikke læses', 'the XML text cannot be read');
  const tag = message.match(/'([A-Za-z_][\w:.-]*)'/)?.[1];
  return tag ? lt(`${reason.da} (<${tag}>)`, `${reason.en} (<${tag}>)`) : reason;
}

/** Why a ZIP (KMZ) archive cannot be unpacked. */
export function unzipReason(): LocalizedText {
  return lt(
    'arkivet er beskadiget, afkortet eller ikke en ZIP-fil',
    'the archive is damaged, truncated or not a ZIP file',
  );
}

/** Why a GeoTIFF cannot be read (the decoder's English text is not shown). */
export function geotiffReason(error: unknown): LocalizedText {
  if (error instanceof LocalizedError) return error.text;
  const message = error instanceof Error ? error.message : String(error);
  if (/compression|decoder|lzw|deflate|jpeg/i.test(message))
    return lt(
      'billeddataene kan ikke pakkes ud (ukendt eller beskadiget komprimering)',
      'the image data cannot be decompressed (unknown or damaged compression)',
    );
  if (/offset|out of bounds|range|length|EOF|end of/i.test(message))
    return lt('filen er afkortet eller beskadiget', 'the file is truncated or damaged');
  return lt('filen er ikke en gyldig TIFF', 'the file is not a valid TIFF');
}

/** "<what>: <reason>." in both languages. */
export function prefixed(what: LocalizedText, reason: LocalizedText): LocalizedText {
  return lt(`${what.da}: ${reason.da}.`, `${what.en}: ${reason.en}.`);
}
