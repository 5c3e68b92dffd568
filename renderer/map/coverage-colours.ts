/** One legend class of the RSRP ramp: values in [minDbm, maxDbm) get `rgb`; maxDbm null = open upwards. */
export interface RsrpClass {
  minDbm: number;
  maxDbm: number | null;
  rgb: [number, number, number];
}

const RAMP: [number, number, number][] = [
  [0, 104, 55],
  [49, 163, 84],
  [173, 221, 142],
  [254, 224, 139],
  [244, 109, 67],
];

/**
 * RSRP classes, strongest first, with the good and edge thresholds as class limits: ≥ good+20, good+10…good+20,
 * good…good+10, edge…good, edge−10…edge. Below edge−10 and NaN are transparent.
 */
export function rsrpClasses(goodDbm: number, edgeDbm: number): RsrpClass[] {
  const good = Math.max(goodDbm, edgeDbm);
  const edge = Math.min(goodDbm, edgeDbm);
  const limits = [good + 20, good + 10, good, edge, edge - 10].filter((v, i, all) => all.indexOf(v) === i);
  return limits.map((minDbm, i) => ({
    minDbm,
    maxDbm: i === 0 ? null : (limits[i - 1] as number),
    rgb: RAMP[Math.min(i, RAMP.length - 1)] as [number, number, number],
  }));
}

/** RGBA (0–255) of an RSRP value in dBm, alpha 0 below the lowest class or NaN. */
export function rsrpRgba(value: number, classes: readonly RsrpClass[], alpha = 255): [number, number, number, number] {
  for (const c of classes) if (value >= c.minDbm) return [...c.rgb, alpha];
  return [0, 0, 0, 0];
}

const SERVER_PALETTE: [number, number, number][] = [
  [31, 119, 180],
  [255, 127, 14],
  [44, 160, 44],
  [214, 39, 40],
  [148, 103, 189],
  [140, 86, 75],
  [227, 119, 194],
  [127, 127, 127],
  [188, 189, 34],
  [23, 190, 207],
];

/** A distinct colour per best-server index (10-colour palette, then repeated with lighter tints). */
export function serverRgb(index: number): [number, number, number] {
  const [r, g, b] = SERVER_PALETTE[index % SERVER_PALETTE.length] as [number, number, number];
  const tint = Math.floor(index / SERVER_PALETTE.length) % 3;
  const mix = (v: number) => Math.round(v + (255 - v) * tint * 0.3);
  return [mix(r), mix(g), mix(b)];
}

/** CSS colour of a class or server swatch. */
export function cssRgb([r, g, b]: readonly [number, number, number]): string {
  return `rgb(${r} ${g} ${b})`;
}
