import { wgs84ToUtm32 } from '../../geo/projection';
import { docFormat } from '../doc-format';
import { ringsOf, type RequestDocument } from '../model';

/** An RGB colour 0…1 with opacity. */
export interface Paint {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Drawing primitives in map-box points, origin bottom left, y up. The PDF and the PNG draw the same scene. */
export type SceneItem =
  | { kind: 'polygon'; rings: [number, number][][]; fill?: Paint; stroke?: Paint; width?: number }
  | { kind: 'line'; points: [number, number][]; stroke: Paint; width: number }
  | { kind: 'circle'; x: number; y: number; r: number; fill?: Paint; stroke?: Paint; width?: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold?: boolean; color: Paint; halo?: boolean };

export interface Scene {
  width: number;
  height: number;
  items: SceneItem[];
}

/** Measures text width in points for the document font (the same fontkit metrics in PDF and PNG). */
export type MeasureText = (text: string, size: number, bold?: boolean) => number;

const rgb = (r: number, g: number, b: number, a = 1): Paint => ({ r, g, b, a });
const INK = rgb(0.1, 0.12, 0.16);
const SEA = rgb(0.86, 0.92, 0.97);
const HOME = rgb(0.96, 0.94, 0.88);
const FOREIGN = rgb(0.88, 0.87, 0.84);
const COAST = rgb(0.55, 0.58, 0.6);
const AREA = rgb(0.45, 0.2, 0.55);
const CELL = rgb(0.85, 0.2, 0.15);
const WHITE = rgb(1, 1, 1);

/** Signed area (y up, counter-clockwise positive). */
function signedArea(ring: [number, number][]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j]![0] + ring[i]![0]) * (ring[i]![1] - ring[j]![1]);
  return -s / 2;
}

/** Outer ring counter-clockwise, holes clockwise, so a non-zero fill leaves the holes open. */
function orient(rings: [number, number][][]): [number, number][][] {
  return rings.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    return (i === 0) === ccw ? ring : [...ring].reverse();
  });
}

/** Blue → yellow → red ramp for field strength between min and max. */
function ramp(t: number): Paint {
  const x = Math.max(0, Math.min(1, t));
  return x < 0.5 ? rgb(0.2 + 1.4 * x, 0.45 + 0.8 * x, 0.85 - 1.4 * x) : rgb(0.9, 0.85 - 1.3 * (x - 0.5), 0.15);
}

/** A "nice" scale-bar length (1, 2 or 5 × 10^n metres) no longer than `maxM`. */
export function niceLengthM(maxM: number): number {
  const exp = Math.pow(10, Math.floor(Math.log10(maxM)));
  for (const m of [5, 2, 1]) if (m * exp <= maxM) return m * exp;
  return exp;
}

/**
 * Builds the request map: sea, land and coastline from the offline basemap, the coverage contour, the area (every
 * part and hole) or licence circles, the boundary field, cells with site names, field maxima, a legend, a scale bar
 * and a north arrow (EPSG:25832 grid north), in a `width` × `height` point box.
 */
export function buildMapScene(doc: RequestDocument, width: number, height: number, measure: MeasureText): Scene {
  const items: SceneItem[] = [];
  const fmt = docFormat(doc.lang);
  const extent = doc.map.extent;
  items.push({
    kind: 'polygon',
    rings: [
      [
        [0, 0],
        [width, 0],
        [width, height],
        [0, height],
      ],
    ],
    fill: doc.map.land.length > 0 ? SEA : rgb(0.94, 0.94, 0.94),
  });
  if (!extent) return { width, height, items };
  const [minE, minN, maxE] = extent;
  const scale = width / (maxE - minE);
  const P = ([e, n]: [number, number]): [number, number] => [(e - minE) * scale, (n - minN) * scale];
  const W = (lonLat: [number, number]) => P(wgs84ToUtm32(lonLat));
  for (const land of doc.map.land)
    for (const ring of land.rings)
      items.push({
        kind: 'polygon',
        rings: [ring.map(P)],
        fill: land.home ? HOME : FOREIGN,
        stroke: COAST,
        width: 0.4,
      });
  if (doc.coverageContour)
    for (const polygon of ringsOf(doc.coverageContour))
      items.push({
        kind: 'polygon',
        rings: orient(polygon.map((r) => r.map(W))),
        fill: rgb(0.35, 0.7, 0.35, 0.35),
        stroke: rgb(0.2, 0.55, 0.25),
        width: 0.5,
      });
  if (doc.leaseArea)
    for (const polygon of ringsOf(doc.leaseArea.geometry))
      items.push({
        kind: 'polygon',
        rings: orient(polygon.map((r) => r.map(W))),
        fill: rgb(0.45, 0.2, 0.55, 0.1),
        stroke: AREA,
        width: 1.3,
      });
  const field = doc.map.boundaryField;
  if (field && field.points.length > 0) {
    const values = field.points.map((p) => p.dbuvPerMPer5MHz).filter(Number.isFinite);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const every = Math.max(1, Math.floor(field.points.length / 400));
    field.points.forEach((p, i) => {
      if (i % every !== 0 || !Number.isFinite(p.dbuvPerMPer5MHz)) return;
      const [x, y] = P([p.e, p.n]);
      items.push({ kind: 'circle', x, y, r: 1.3, fill: ramp((p.dbuvPerMPer5MHz - lo) / Math.max(1e-9, hi - lo)) });
    });
    const [mx, my] = P(field.atUtm);
    items.push({ kind: 'circle', x: mx, y: my, r: 3.4, fill: rgb(0.9, 0.15, 0.1), stroke: WHITE, width: 0.8 });
  }
  const labels: [number, number, number, number][] = [];
  const free = (x: number, y: number, w: number, h: number) =>
    x >= 2 &&
    y >= 2 &&
    x + w <= width - 2 &&
    y + h <= height - 2 &&
    labels.every(([a, b, c, d]) => x + w < a || x > c || y + h < b || y > d);
  const label = (x: number, y: number, text: string, size: number) => {
    const w = measure(text, size);
    for (const [dx, dy] of [
      [5, -3],
      [-5 - w, -3],
      [-w / 2, 5],
      [-w / 2, -5 - size],
      [5, 4],
      [5, -10],
    ] as const) {
      if (free(x + dx, y + dy, w, size)) {
        labels.push([x + dx, y + dy, x + dx + w, y + dy + size]);
        items.push({ kind: 'text', x: x + dx, y: y + dy, text, size, color: INK, halo: true });
        return;
      }
    }
    items.push({ kind: 'text', x: x + 5, y: y - 3, text, size, color: INK, halo: true });
  };
  for (const c of doc.circles) {
    const ring: [number, number][] = [];
    for (let i = 0; i < 48; i++) {
      const a = (2 * Math.PI * i) / 48;
      const [x, y] = W([c.lon, c.lat]);
      ring.push([x + Math.cos(a) * c.radiusM * scale, y + Math.sin(a) * c.radiusM * scale]);
    }
    items.push({ kind: 'polygon', rings: [ring], fill: rgb(0.45, 0.2, 0.55, 0.15), stroke: AREA, width: 1 });
  }
  const sites = new Map<string, [number, number]>();
  for (const c of doc.cells) sites.set(c.siteName, [c.easting, c.northing]);
  for (const [, pos] of sites) {
    const [x, y] = P(pos);
    items.push({ kind: 'circle', x, y, r: 3, fill: CELL, stroke: WHITE, width: 0.8 });
  }
  for (const [name, pos] of sites) label(...P(pos), name, 6.5);
  for (const b of doc.map.borderMaxima) {
    const [x, y] = W([b.lon, b.lat]);
    if (x < 0 || y < 0 || x > width || y > height) continue;
    items.push({
      kind: 'polygon',
      rings: [
        [
          [x, y + 4],
          [x - 3.5, y - 2.5],
          [x + 3.5, y - 2.5],
        ],
      ],
      fill: rgb(0.9, 0.5, 0.05),
      stroke: WHITE,
      width: 0.6,
    });
    label(x, y, `${b.country}: ${fmt.num(b.valueDbuvPerMPer5MHz, 1)} dBµV/m`, 6);
  }
  // Legend (top left).
  const legend: [string, Paint][] = [
    [doc.map.labels.leaseArea, AREA],
    [doc.map.labels.cells, CELL],
    ...(doc.coverageContour ? ([[doc.map.labels.coverage, rgb(0.2, 0.55, 0.25)]] as [string, Paint][]) : []),
    ...(field ? ([[doc.map.labels.field, rgb(0.9, 0.15, 0.1)]] as [string, Paint][]) : []),
  ];
  const lw = Math.max(...legend.map(([t]) => measure(t, 7))) + 24;
  items.push({
    kind: 'polygon',
    rings: [
      [
        [6, height - 10 - legend.length * 11],
        [6 + lw, height - 10 - legend.length * 11],
        [6 + lw, height - 6],
        [6, height - 6],
      ],
    ],
    fill: rgb(1, 1, 1, 0.85),
  });
  legend.forEach(([text, color], i) => {
    const y = height - 16 - i * 11;
    items.push({
      kind: 'polygon',
      rings: [
        [
          [10, y],
          [17, y],
          [17, y + 7],
          [10, y + 7],
        ],
      ],
      fill: color,
    });
    items.push({ kind: 'text', x: 21, y: y + 0.5, text, size: 7, color: INK });
  });
  // Scale bar (bottom left).
  const barM = niceLengthM(width / 4 / scale);
  const barPt = barM * scale;
  items.push({
    kind: 'polygon',
    rings: [
      [
        [10, 12],
        [10 + barPt, 12],
        [10 + barPt, 16],
        [10, 16],
      ],
    ],
    fill: INK,
  });
  items.push({
    kind: 'polygon',
    rings: [
      [
        [10 + barPt / 2, 12.5],
        [10 + barPt, 12.5],
        [10 + barPt, 15.5],
        [10 + barPt / 2, 15.5],
      ],
    ],
    fill: WHITE,
  });
  items.push({
    kind: 'text',
    x: 10,
    y: 19,
    text: barM >= 1000 ? `${barM / 1000} km` : `${barM} m`,
    size: 7,
    color: INK,
    halo: true,
  });
  // North arrow (top right): EPSG:25832 grid north.
  const nx = width - 20;
  const ny = height - 40;
  items.push({
    kind: 'polygon',
    rings: [
      [
        [nx, ny + 22],
        [nx - 7, ny],
        [nx, ny + 6],
        [nx + 7, ny],
      ],
    ],
    fill: INK,
  });
  items.push({
    kind: 'text',
    x: nx - measure('N', 9, true) / 2,
    y: ny + 25,
    text: 'N',
    size: 9,
    bold: true,
    color: INK,
  });
  const note =
    doc.map.land.length > 0
      ? `${doc.map.labels.gridNote} · © OpenStreetMap contributors`
      : `${doc.map.labels.gridNote} · ${doc.map.labels.noLand}`;
  items.push({
    kind: 'text',
    x: width - measure(note, 6) - 5,
    y: 4,
    text: note,
    size: 6,
    color: rgb(0.35, 0.37, 0.4),
    halo: true,
  });
  items.push({
    kind: 'polygon',
    rings: [
      [
        [0, 0],
        [width, 0],
        [width, height],
        [0, height],
      ],
    ],
    stroke: rgb(0.4, 0.42, 0.46),
    width: 0.6,
  });
  return { width, height, items };
}
