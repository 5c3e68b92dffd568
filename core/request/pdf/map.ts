import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { wgs84ToUtm32 } from '../../geo/projection';
import type { AreaGeometry, Position } from '../../project/schema';
import type { RequestDocument } from '../model';
import { INK, MUTED } from './layout';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function rings(geometry: AreaGeometry): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Picks a "nice" scale-bar length (1, 2 or 5 × 10^n metres) near a quarter of the map width. */
export function niceLengthM(maxM: number): number {
  const exp = Math.pow(10, Math.floor(Math.log10(maxM)));
  for (const m of [5, 2, 1]) if (m * exp <= maxM) return m * exp;
  return exp;
}

/**
 * Draws the lease area, coverage contour and cells in EPSG:25832 (true metric proportions)
 * inside `box`, with a frame, a scale bar, a north arrow (grid north) and a legend.
 */
export function drawRequestMap(
  page: PDFPage,
  box: Box,
  doc: RequestDocument,
  font: PDFFont,
  labels: { legend: [string, string, string]; gridNote: string },
): void {
  const shapes: [number, number][][] = [];
  if (doc.leaseArea) for (const r of rings(doc.leaseArea.geometry)) shapes.push(r.map((p) => wgs84ToUtm32(p)));
  const contour = doc.coverageContour ? rings(doc.coverageContour).map((r) => r.map((p) => wgs84ToUtm32(p))) : [];
  const cells = doc.cells.map((c): [number, number] => [c.easting, c.northing]);
  const all = [...shapes.flat(), ...contour.flat(), ...cells];
  page.drawRectangle({
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    borderColor: MUTED,
    borderWidth: 0.6,
    color: rgb(0.93, 0.96, 0.99),
  });
  if (all.length === 0) return;
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 24;
  const scale = Math.min(
    (box.width - 2 * pad) / Math.max(maxX - minX, 1),
    (box.height - 2 * pad) / Math.max(maxY - minY, 1),
  );
  const ox = box.x + (box.width - (maxX - minX) * scale) / 2;
  const oy = box.y + (box.height - (maxY - minY) * scale) / 2;
  const toPage = ([e, n]: [number, number]) => ({ x: ox + (e - minX) * scale, y: oy + (n - minY) * scale });
  const path = (ring: [number, number][]) =>
    ring.map((p, i) => `${i === 0 ? 'M' : 'L'} ${toPage(p).x.toFixed(2)} ${(-toPage(p).y).toFixed(2)}`).join(' ') +
    ' Z';
  // drawSvgPath measures y downwards from its origin; drawing from (0, 0) with negated y keeps page coordinates.
  for (const ring of contour)
    page.drawSvgPath(path(ring), {
      x: 0,
      y: 0,
      color: rgb(0.55, 0.8, 0.55),
      opacity: 0.5,
      borderColor: rgb(0.2, 0.55, 0.25),
      borderWidth: 0.6,
    });
  for (const ring of shapes)
    page.drawSvgPath(path(ring), {
      x: 0,
      y: 0,
      borderColor: rgb(0.45, 0.2, 0.55),
      borderWidth: 1.4,
      color: rgb(0.45, 0.2, 0.55),
      opacity: 0.12,
      borderOpacity: 1,
    });
  for (const c of cells) {
    const p = toPage(c);
    page.drawCircle({
      x: p.x,
      y: p.y,
      size: 3.2,
      color: rgb(0.85, 0.2, 0.15),
      borderColor: rgb(1, 1, 1),
      borderWidth: 0.8,
    });
  }
  // Scale bar (bottom left).
  const barM = niceLengthM(box.width / 4 / scale);
  const barPt = barM * scale;
  const bx = box.x + 12;
  const by = box.y + 14;
  page.drawRectangle({ x: bx, y: by, width: barPt, height: 4, color: INK });
  page.drawRectangle({
    x: bx + barPt / 2,
    y: by,
    width: barPt / 2,
    height: 4,
    color: rgb(1, 1, 1),
    borderColor: INK,
    borderWidth: 0.5,
  });
  page.drawText(barM >= 1000 ? `${barM / 1000} km` : `${barM} m`, { x: bx, y: by + 7, size: 7.5, font, color: INK });
  // North arrow (top right): EPSG:25832 grid north.
  const nx = box.x + box.width - 22;
  const ny = box.y + box.height - 40;
  page.drawSvgPath(`M ${nx} ${-(ny + 22)} L ${nx - 7} ${-ny} L ${nx} ${-(ny + 6)} L ${nx + 7} ${-ny} Z`, {
    x: 0,
    y: 0,
    color: INK,
  });
  page.drawText('N', { x: nx - 3, y: ny + 25, size: 9, font, color: INK });
  // Legend (top left).
  const legend: [string, ReturnType<typeof rgb>][] = [
    [labels.legend[0], rgb(0.45, 0.2, 0.55)],
    [labels.legend[1], rgb(0.85, 0.2, 0.15)],
    [labels.legend[2], rgb(0.2, 0.55, 0.25)],
  ];
  legend.forEach(([text, color], i) => {
    const ly = box.y + box.height - 16 - i * 12;
    page.drawRectangle({ x: box.x + 10, y: ly, width: 8, height: 8, color });
    page.drawText(text, { x: box.x + 22, y: ly + 1, size: 7.5, font, color: INK });
  });
  page.drawText(labels.gridNote, {
    x: box.x + box.width - font.widthOfTextAtSize(labels.gridNote, 6.5) - 6,
    y: box.y + 5,
    size: 6.5,
    font,
    color: MUTED,
  });
}
