import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { worldPoint, worldToLonLat } from '../../../../renderer/map/world-point';

// Reference values of the Web Mercator (EPSG:3857) world at zoom 0, 256 px wide, as Leaflet's CRS.EPSG3857 and
// every slippy-map tile scheme define it: x = (lon + 180) / 360 · 256, y = (1 − ln(tan φ + sec φ) / π) / 2 · 256.
describe('worldPoint (Web Mercator world pixels at zoom 0)', () => {
  it('matches the tile scheme at reference points', () => {
    expect(worldPoint(0, 0)).toEqual([128, 128]);
    expect(worldPoint(-180, 0)[0]).toBeCloseTo(0, 9);
    expect(worldPoint(180, 0)[0]).toBeCloseTo(256, 9);
    expect(worldPoint(0, 85.0511287798)[1]).toBeCloseTo(0, 6);
    expect(worldPoint(0, -85.0511287798)[1]).toBeCloseTo(256, 6);
    // Tile 8/136/80 (OSM) has its north-west corner at 11.25° E, 55.7765730° N: world pixel (136, 80)·256/2^8.
    const [x, y] = worldPoint(11.25, 55.776573);
    expect(x).toBeCloseTo(136, 6);
    expect(y).toBeCloseTo(80, 4);
  });

  it('round-trips through worldToLonLat', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
        (lon, lat) => {
          const [x, y] = worldPoint(lon, lat);
          const [lon2, lat2] = worldToLonLat(x, y);
          expect(lon2).toBeCloseTo(lon, 9);
          expect(lat2).toBeCloseTo(lat, 9);
        },
      ),
    );
  });
});
