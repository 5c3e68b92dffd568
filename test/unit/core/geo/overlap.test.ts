import { describe, expect, it } from 'vitest';
import { distanceToPolygonsKm, intersectionAreaKm2 } from '../../../../core/geo/overlap';
import { utm32ToWgs84 } from '../../../../core/geo/projection';
import type { AreaGeometry, Position } from '../../../../core/project';

const square = (e: number, n: number, side: number): Position[] =>
  [
    [e, n],
    [e + side, n],
    [e + side, n + side],
    [e, n + side],
    [e, n],
  ].map((c) => utm32ToWgs84(c as [number, number]));
const poly = (ring: Position[]): AreaGeometry => ({ type: 'Polygon', coordinates: [ring] });

describe('intersectionAreaKm2', () => {
  it('is 0.25 km² for two 1 km squares offset by half a side both ways (±0.1 %)', () => {
    const a = poly(square(600000, 6090000, 1000));
    const b = poly(square(600500, 6090500, 1000));
    expect(intersectionAreaKm2(a, b)).toBeCloseTo(0.25, 3);
  });

  it('is 0 for disjoint areas', () => {
    expect(intersectionAreaKm2(poly(square(600000, 6090000, 1000)), poly(square(605000, 6090000, 1000)))).toBe(0);
  });
});

describe('distanceToPolygonsKm', () => {
  it('measures the gap between two squares 4 km apart, edge to edge', () => {
    const d = distanceToPolygonsKm(poly(square(600000, 6090000, 1000)), [[square(605000, 6090000, 1000)]]);
    expect(d).toBeCloseTo(4, 3);
  });

  it('measures to a corner diagonally (3-4-5 triangle)', () => {
    const d = distanceToPolygonsKm(poly(square(600000, 6090000, 1000)), [[square(604000, 6095000, 1000)]]);
    expect(d).toBeCloseTo(5, 3);
  });

  it('is 0 when overlapping and Infinity with nothing to measure to', () => {
    const a = poly(square(600000, 6090000, 1000));
    expect(distanceToPolygonsKm(a, [[square(600500, 6090500, 1000)]])).toBe(0);
    expect(distanceToPolygonsKm(a, [])).toBe(Infinity);
  });
});
