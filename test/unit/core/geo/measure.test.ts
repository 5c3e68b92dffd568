import { describe, expect, it } from 'vitest';
import { areaKm2Ellipsoidal, areaKm2Utm32, lineLengthKmUtm32, perimeterKmUtm32 } from '../../../../core/geo/measure';
import { utm32ToWgs84 } from '../../../../core/geo/projection';
import type { AreaGeometry, Position } from '../../../../core/project';

/** A square of side `sideM` in EPSG:25832, with its south-west corner at (e, n), as WGS84. */
function utmSquare(e: number, n: number, sideM: number): Position[] {
  const corners: [number, number][] = [
    [e, n],
    [e + sideM, n],
    [e + sideM, n + sideM],
    [e, n + sideM],
    [e, n],
  ];
  return corners.map((c) => utm32ToWgs84(c));
}

describe('area of known polygons', () => {
  const square: AreaGeometry = { type: 'Polygon', coordinates: [utmSquare(600000, 6090000, 1000)] };

  it('a 1 km × 1 km square in EPSG:25832 measures 1.000 km² there (±1e-6)', () => {
    expect(areaKm2Utm32(square)).toBeCloseTo(1, 6);
    expect(perimeterKmUtm32(square)).toBeCloseTo(4, 6);
  });

  it('the ellipsoidal area agrees with the grid area within the UTM scale error (±0.2 %)', () => {
    // Grid scale at ~10.6° E is about 0.99975, so the true area is ~0.05 % larger.
    const ratio = areaKm2Ellipsoidal(square) / areaKm2Utm32(square);
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(1.002);
  });

  it('subtracts holes and adds the parts of a multipolygon', () => {
    const holed: AreaGeometry = {
      type: 'Polygon',
      coordinates: [utmSquare(600000, 6090000, 2000), utmSquare(600500, 6090500, 1000)],
    };
    expect(areaKm2Utm32(holed)).toBeCloseTo(3, 6);
    const multi: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [[utmSquare(600000, 6090000, 1000)], [utmSquare(610000, 6090000, 2000)]],
    };
    expect(areaKm2Utm32(multi)).toBeCloseTo(5, 6);
  });

  it('does not depend on ring orientation', () => {
    const reversed: AreaGeometry = { type: 'Polygon', coordinates: [utmSquare(600000, 6090000, 1000).reverse()] };
    expect(areaKm2Utm32(reversed)).toBeCloseTo(1, 6);
  });

  it('measures line length in metres, not degrees', () => {
    const line = [utm32ToWgs84([600000, 6090000]), utm32ToWgs84([603000, 6094000])];
    expect(lineLengthKmUtm32(line)).toBeCloseTo(5, 6);
  });
});
