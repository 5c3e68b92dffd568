import { rgb, type PDFPage } from 'pdf-lib';
import type { Paint, Scene } from '../map/scene';
import type { PdfFonts } from './fonts';

const color = (p: Paint) => rgb(p.r, p.g, p.b);

/** Draws a map scene with its origin at (x, y) on the page (vectors: polygons, circles, text with a white halo). */
export function drawScene(page: PDFPage, scene: Scene, x: number, y: number, fonts: PdfFonts): void {
  const path = (rings: [number, number][][]) =>
    rings
      .map(
        (ring) =>
          ring
            .map(([px, py], i) => `${i === 0 ? 'M' : 'L'} ${(x + px).toFixed(2)} ${(-(y + py)).toFixed(2)}`)
            .join(' ') + ' Z',
      )
      .join(' ');
  for (const item of scene.items) {
    switch (item.kind) {
      case 'polygon':
        // drawSvgPath measures y downwards from its origin; drawing from (0, 0) with negated y keeps page coordinates.
        page.drawSvgPath(path(item.rings), {
          x: 0,
          y: 0,
          ...(item.fill ? { color: color(item.fill), opacity: item.fill.a } : {}),
          ...(item.stroke
            ? { borderColor: color(item.stroke), borderWidth: item.width ?? 0.5, borderOpacity: item.stroke.a }
            : {}),
        });
        break;
      case 'line':
        item.points.slice(1).forEach((p, i) => {
          const a = item.points[i] as [number, number];
          page.drawLine({
            start: { x: x + a[0], y: y + a[1] },
            end: { x: x + p[0], y: y + p[1] },
            thickness: item.width,
            color: color(item.stroke),
            opacity: item.stroke.a,
          });
        });
        break;
      case 'circle':
        page.drawCircle({
          x: x + item.x,
          y: y + item.y,
          size: item.r,
          ...(item.fill ? { color: color(item.fill), opacity: item.fill.a } : {}),
          ...(item.stroke ? { borderColor: color(item.stroke), borderWidth: item.width ?? 0.5 } : {}),
        });
        break;
      case 'text': {
        const font = item.bold ? fonts.bold : fonts.regular;
        const text = fonts.safe(item.text);
        if (item.halo) {
          const w = font.widthOfTextAtSize(text, item.size);
          page.drawRectangle({
            x: x + item.x - 1,
            y: y + item.y - item.size * 0.22,
            width: w + 2,
            height: item.size * 1.05,
            color: rgb(1, 1, 1),
            opacity: 0.75,
          });
        }
        page.drawText(text, { x: x + item.x, y: y + item.y, size: item.size, font, color: color(item.color) });
        break;
      }
    }
  }
}
