import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { pdfSafe } from '../sanitize';

/**
 * The document font's bytes (TrueType), passed in so the CLI and the app embed the same font: DejaVu Sans from the
 * npm package dejavu-fonts-ttf (≥, −, æøå, ü, ö, ä, ß, £, € and more; Bitstream Vera licence).
 */
export interface RequestFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** A parsed font for measuring and rasterising (fontkit), shared by the PDF and the PNG map. */
export type FontFace = ReturnType<typeof fontkit.create>;

const faces = new WeakMap<Uint8Array, FontFace>();

/** Parses font bytes once (cached per byte array). */
export function fontFace(bytes: Uint8Array): FontFace {
  let face = faces.get(bytes);
  if (!face) {
    face = fontkit.create(bytes);
    faces.set(bytes, face);
  }
  return face;
}

/** Text width in points at `size`, from glyph advances (as pdf-lib places Identity-H glyphs). */
export function textWidth(face: FontFace, text: string, size: number): number {
  let units = 0;
  for (const glyph of face.layout(text).glyphs) units += glyph.advanceWidth;
  return (units * size) / face.unitsPerEm;
}

/** The embedded fonts of one PDF with a sanitiser for the text they draw. */
export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
  face: FontFace;
  boldFace: FontFace;
  /** Text the font can draw: controls dropped, missing glyphs as "?". */
  safe(text: string): string;
}

/** Embeds the request fonts into `pdf` as subsets. */
export async function embedRequestFonts(pdf: PDFDocument, fonts: RequestFonts): Promise<PdfFonts> {
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  const face = fontFace(fonts.regular);
  const boldFace = fontFace(fonts.bold);
  return { regular, bold, face, boldFace, safe: (text) => pdfSafe(text, (c) => face.hasGlyphForCodePoint(c)) };
}
