import type { FontFace } from '../pdf/fonts';
import type { Paint, Scene } from '../map/scene';
import { circlePolygon, Raster, strokeRings } from './canvas';
import { encodePngRgb } from './png';

type Cmd = { command: string; args: number[] };

/** Glyph outlines of `text` as rings in pixels: fontkit paths, curves flattened to 8 segments. */
function textRings(face: FontFace, text: string, x: number, y: number, sizePx: number): [number, number][][] {
  const rings: [number, number][][] = [];
  const k = sizePx / face.unitsPerEm;
  let pen = 0;
  for (const glyph of face.layout(text).glyphs) {
    let ring: [number, number][] = [];
    let cur: [number, number] = [0, 0];
    const P = (gx: number, gy: number): [number, number] => [x + (pen + gx) * k, y - gy * k];
    for (const { command, args } of (glyph.path as unknown as { commands: Cmd[] }).commands) {
      if (command === 'moveTo') {
        if (ring.length > 2) rings.push(ring);
        cur = [args[0]!, args[1]!];
        ring = [P(...cur)];
      } else if (command === 'lineTo') {
        cur = [args[0]!, args[1]!];
        ring.push(P(...cur));
      } else if (command === 'quadraticCurveTo' || command === 'bezierCurveTo') {
        const pts =
          command === 'quadraticCurveTo'
            ? [cur, [args[0]!, args[1]!], [args[2]!, args[3]!]]
            : [cur, [args[0]!, args[1]!], [args[2]!, args[3]!], [args[4]!, args[5]!]];
        for (let s = 1; s <= 8; s++) {
          const t = s / 8;
          const u = 1 - t;
          const w = pts.length === 3 ? [u * u, 2 * u * t, t * t] : [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
          const gx = w.reduce((a, wi, i) => a + wi * (pts[i] as number[])[0]!, 0);
          const gy = w.reduce((a, wi, i) => a + wi * (pts[i] as number[])[1]!, 0);
          ring.push(P(gx, gy));
        }
        cur = pts[pts.length - 1] as [number, number];
      } else if (command === 'closePath') {
        if (ring.length > 2) rings.push(ring);
        ring = [];
      }
    }
    if (ring.length > 2) rings.push(ring);
    pen += glyph.advanceWidth;
  }
  return rings;
}

const rgb255 = (p: Paint): [number, number, number] => [
  Math.round(p.r * 255),
  Math.round(p.g * 255),
  Math.round(p.b * 255),
];

/**
 * Rasterises a map scene at `scale` pixels per point into a PNG (the DOCX's map: the same scene as the PDF's vectors,
 * the same font outlines, so the CLI and the app give the same bytes).
 */
export function renderScenePng(scene: Scene, scale: number, faces: { regular: FontFace; bold: FontFace }): Uint8Array {
  const width = Math.round(scene.width * scale);
  const height = Math.round(scene.height * scale);
  const r = new Raster(width, height);
  const P = ([x, y]: [number, number]): [number, number] => [x * scale, height - y * scale];
  for (const item of scene.items) {
    switch (item.kind) {
      case 'polygon': {
        const rings = item.rings.map((ring) => ring.map(P));
        if (item.fill) r.fill(rings, rgb255(item.fill), item.fill.a);
        if (item.stroke)
          r.fill(
            rings.flatMap((ring) => strokeRings(ring, (item.width ?? 0.5) * scale, true)),
            rgb255(item.stroke),
            item.stroke.a,
          );
        break;
      }
      case 'line':
        r.fill(strokeRings(item.points.map(P), item.width * scale, false), rgb255(item.stroke), item.stroke.a);
        break;
      case 'circle': {
        const [cx, cy] = P([item.x, item.y]);
        if (item.fill) r.fill([circlePolygon(cx, cy, item.r * scale)], rgb255(item.fill), item.fill.a);
        if (item.stroke)
          r.fill(
            strokeRings(circlePolygon(cx, cy, item.r * scale), (item.width ?? 0.5) * scale, true),
            rgb255(item.stroke),
            item.stroke.a,
          );
        break;
      }
      case 'text': {
        const face = item.bold ? faces.bold : faces.regular;
        const [x, y] = P([item.x, item.y]);
        const size = item.size * scale;
        if (item.halo) {
          let units = 0;
          for (const g of face.layout(item.text).glyphs) units += g.advanceWidth;
          const w = (units * size) / face.unitsPerEm;
          const top = y - size * 0.83;
          r.fill(
            [
              [
                [x - scale, y + size * 0.22],
                [x + w + scale, y + size * 0.22],
                [x + w + scale, top],
                [x - scale, top],
              ],
            ],
            [255, 255, 255],
            0.75,
          );
        }
        r.fill(textRings(face, item.text, x, y, size), rgb255(item.color), item.color.a);
        break;
      }
    }
  }
  return encodePngRgb(width, height, r.data);
}
