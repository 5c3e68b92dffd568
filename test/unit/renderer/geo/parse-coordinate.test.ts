import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLatLon, formatUtm } from '../../../../core/geo/format';
import { wgs84ToUtm32 } from '../../../../core/geo/projection';
import { formatDms, parseCoordinate } from '../../../../renderer/geo/parse-coordinate';

/** 1e-5° is about 1.1 m north–south: the precision of five decimals. */
const DEG_5DP = 1.0e-5 + 1e-12;

function expectAt(input: string, lat: number, lon: number, tolDeg: number, notation?: string) {
  const r = parseCoordinate(input);
  if (!r.ok) throw new Error(`${input}: ${r.message.en}`);
  expect(Math.abs(r.lat - lat)).toBeLessThanOrEqual(tolDeg);
  expect(Math.abs(r.lon - lon)).toBeLessThanOrEqual(tolDeg);
  if (notation) expect(r.notation).toBe(notation);
}

describe('parseCoordinate', () => {
  it('reads WGS84 decimal degrees with a point or a Danish decimal comma', () => {
    expectAt('54.9395, 10.7140', 54.9395, 10.714, 1e-12, 'decimal');
    expectAt('54,9395 10,7140', 54.9395, 10.714, 1e-12, 'decimal');
    expectAt('54,9395; 10,7140', 54.9395, 10.714, 1e-12);
    expectAt('54.9395,10.7140', 54.9395, 10.714, 1e-12);
    expectAt('  -33.5   151.2 ', -33.5, 151.2, 1e-12);
    // Three decimals after a comma are decimals here, not Danish thousands grouping (54 905 m would be no position).
    expectAt('54,905 10,665', 54.905, 10.665, 1e-12, 'decimal');
    expectAt('54,985; 10,860', 54.985, 10.86, 1e-12, 'decimal');
  });

  it('reads degrees, minutes and seconds with N/S and E/W/Ø/V in either order', () => {
    // 54°56'22" = 54 + 56/60 + 22/3600 = 54.939444…; 10°42'50" = 10.713888…
    expectAt(`54°56'22"N 10°42'50"E`, 54.939444, 10.713889, 1e-6, 'dms');
    expectAt(`54°56'22"N 10°42'50"Ø`, 54.939444, 10.713889, 1e-6);
    expectAt(`N 54°56'22" Ø 10°42'50"`, 54.939444, 10.713889, 1e-6);
    expectAt(`10°42'50"Ø 54°56'22"N`, 54.939444, 10.713889, 1e-6);
    expectAt(`54°56′22,5″N 10°42′50″V`, 54.939583, -10.713889, 1e-6);
    expectAt('54,93944° N 10,71389° Ø', 54.93944, 10.71389, 1e-9);
  });

  it('reads EPSG:25832 metres with or without E/N labels and Danish grouping', () => {
    // The pair is roughly Søby, Ærø; within ~1 km of 54.9395 N 10.714 E. All spellings must agree.
    const labelled = parseCoordinate('E 609408 N 6089412');
    expect(labelled.ok && labelled.notation).toBe('utm32');
    if (!labelled.ok) return;
    expect(Math.abs(labelled.lat - 54.9395)).toBeLessThan(0.01);
    expect(Math.abs(labelled.lon - 10.714)).toBeLessThan(0.01);
    expectAt('609408 6089412', labelled.lat, labelled.lon, 1e-12, 'utm32');
    expectAt('E 609.408 N 6.089.412', labelled.lat, labelled.lon, 1e-12);
    expectAt('6089412 609408', labelled.lat, labelled.lon, 1e-12);
  });

  it('explains bad input instead of guessing', () => {
    for (const bad of ['', 'abc', '54,9395', '95 10', '54 200', `54°61'N 10°E`, 'E 5 N 6089412', '1 2 3']) {
      const r = parseCoordinate(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) {
        expect(r.message.da.length).toBeGreaterThan(10);
        expect(r.message.en.length).toBeGreaterThan(10);
      }
    }
  });

  const danishPosition = fc.record({
    lat: fc.double({ min: 54.5, max: 57.8, noNaN: true }),
    lon: fc.double({ min: 8, max: 15.2, noNaN: true }),
  });

  it('round-trips Danish positions written in decimal degrees (five decimals)', () => {
    fc.assert(
      fc.property(danishPosition, fc.constantFrom('da' as const, 'en' as const), ({ lat, lon }, lang) => {
        expectAt(formatLatLon(lat, lon, lang), lat, lon, DEG_5DP + 5e-6);
      }),
    );
  });

  it('round-trips Danish positions written as DMS (0.1″ ≈ 3 m)', () => {
    fc.assert(
      fc.property(danishPosition, fc.constantFrom('da' as const, 'en' as const), ({ lat, lon }, lang) => {
        expectAt(formatDms(lat, lon, lang), lat, lon, 0.05 / 3600 + 1e-9);
      }),
    );
  });

  it('round-trips Danish positions written in EPSG:25832 (whole metres)', () => {
    fc.assert(
      fc.property(danishPosition, fc.constantFrom('da' as const, 'en' as const), ({ lat, lon }, lang) => {
        const [e, n] = wgs84ToUtm32([lon, lat]);
        // Rounding to whole metres moves the point by at most 0.71 m ≈ 1e-5°.
        expectAt(formatUtm(e, n, lang), lat, lon, 1.5e-5);
      }),
    );
  });

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const r = parseCoordinate(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[-\d.,°'" NSEWØV;]{0,30}$/u), (text) => {
        const r = parseCoordinate(text);
        if (r.ok) {
          expect(Math.abs(r.lat)).toBeLessThanOrEqual(90);
          expect(Math.abs(r.lon)).toBeLessThanOrEqual(180);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
