import { rgb, type PDFPage } from 'pdf-lib';
import type { FontFace } from './fonts';

type Cmd = { command: string; args: number[] };

/**
 * Draws text as filled glyph outlines (a vector path, not text), so a watermark never mixes into the extracted text
 * of the page. (x, y) is the baseline start in points; the text is rotated by `rotateDeg` about it.
 */
export function drawTextOutline(
  page: PDFPage,
  face: FontFace,
  text: string,
  o: { x: number; y: number; size: number; rotateDeg: number; color: [number, number, number]; opacity: number },
): void {
  const k = o.size / face.unitsPerEm;
  const [cos, sin] = [Math.cos((o.rotateDeg * Math.PI) / 180), Math.sin((o.rotateDeg * Math.PI) / 180)];
  let pen = 0;
  const parts: string[] = [];
  const pt = (gx: number, gy: number) => {
    const lx = (pen + gx) * k;
    const ly = gy * k;
    // drawSvgPath measures y downwards: emit page y negated and draw from (0, 0).
    return `${(o.x + lx * cos - ly * sin).toFixed(2)} ${(-(o.y + lx * sin + ly * cos)).toFixed(2)}`;
  };
  for (const glyph of face.layout(text).glyphs) {
    for (const { command, args } of (glyph.path as unknown as { commands: Cmd[] }).commands) {
      const a = args;
      if (command === 'moveTo') parts.push(`M ${pt(a[0]!, a[1]!)}`);
      else if (command === 'lineTo') parts.push(`L ${pt(a[0]!, a[1]!)}`);
      else if (command === 'quadraticCurveTo') parts.push(`Q ${pt(a[0]!, a[1]!)} ${pt(a[2]!, a[3]!)}`);
      else if (command === 'bezierCurveTo') parts.push(`C ${pt(a[0]!, a[1]!)} ${pt(a[2]!, a[3]!)} ${pt(a[4]!, a[5]!)}`);
      else if (command === 'closePath') parts.push('Z');
    }
    pen += glyph.advanceWidth;
  }
  if (parts.length > 0) page.drawSvgPath(parts.join(' '), { x: 0, y: 0, color: rgb(...o.color), opacity: o.opacity });
}
