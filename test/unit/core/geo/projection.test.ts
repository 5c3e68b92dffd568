import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../../../core/geo/format';
import { utm32ToWgs84, wgs84ToUtm32 } from '../../../../core/geo/projection';

describe('EPSG:25832 <-> WGS84', () => {
  it('puts the zone 32 central meridian at easting 500 000 m', () => {
    const [e] = wgs84ToUtm32([9, 56]);
    expect(e).toBeCloseTo(500000, 3);
  });

  it('puts northing on the central meridian at k0 × meridian arc length (GRS80, ±1 mm)', () => {
    // Independent check: integrate the GRS80 meridian arc numerically (Simpson, 10 000 steps).
    const a = 6378137;
    const f = 1 / 298.257222101;
    const e2 = f * (2 - f);
    const phi = (56 * Math.PI) / 180;
    const steps = 10000;
    const g = (x: number) => (a * (1 - e2)) / Math.pow(1 - e2 * Math.sin(x) ** 2, 1.5);
    let sum = g(0) + g(phi);
    for (let i = 1; i < steps; i++) sum += (i % 2 ? 4 : 2) * g((phi * i) / steps);
    const meridianArcM = (sum * phi) / steps / 3;
    const [, n] = wgs84ToUtm32([9, 56]);
    expect(Math.abs(n - 0.9996 * meridianArcM)).toBeLessThan(0.001);
  });

  it('round-trips Rudkøbing to within a millimetre', () => {
    const lonLat: [number, number] = [10.7107, 54.9363];
    const back = utm32ToWgs84(wgs84ToUtm32(lonLat));
    expect(back[0]).toBeCloseTo(lonLat[0], 8);
    expect(back[1]).toBeCloseTo(lonLat[1], 8);
  });
});

describe('Danish formats', () => {
  it('formats 1234.5 as 1.234,5 in Danish and 1,234.5 in English', () => {
    expect(formatNumber(1234.5, 'da', 1)).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
  });

  it('formats dates as dd.mm.yyyy in Danish', () => {
    expect(formatDate(new Date('2025-05-31T12:00:00Z'), 'da')).toBe('31.05.2025');
  });
});
