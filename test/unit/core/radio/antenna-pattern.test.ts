import { describe, expect, it } from 'vitest';
import {
  antennaPattern,
  elementGainDbi,
  elevationDeg,
  gainTowardsDbi,
  horizontalPatternDb,
  verticalPatternDb,
} from '../../../../core/radio';

const p = antennaPattern();

describe('TR 38.901 Table 7.3-1 element pattern', () => {
  it('defaults: 65°/65°, SLA_V 30 dB, A_max 30 dB, 8 dBi', () => {
    expect(p).toEqual({
      horizontalBeamwidthDeg: 65,
      verticalBeamwidthDeg: 65,
      sideLobeLimitDb: 30,
      frontToBackDb: 30,
      maxGainDbi: 8,
      omni: false,
    });
    expect(elementGainDbi(90, 0, p)).toBe(8);
  });

  it('exactly −3 dB at half the 3 dB beamwidth off boresight, in each plane', () => {
    expect(horizontalPatternDb(32.5, p)).toBeCloseTo(-3, 12);
    expect(horizontalPatternDb(-32.5, p)).toBeCloseTo(-3, 12);
    expect(verticalPatternDb(90 + 32.5, p)).toBeCloseTo(-3, 12);
    expect(elementGainDbi(90, 32.5, p)).toBeCloseTo(8 - 3, 12);
    const narrow = antennaPattern({ horizontalBeamwidthDeg: 90, verticalBeamwidthDeg: 10 });
    expect(elementGainDbi(95, 0, narrow)).toBeCloseTo(8 - 3, 12);
    expect(elementGainDbi(90, 45, narrow)).toBeCloseTo(8 - 3, 12);
  });

  it('floors at the 30 dB limits: back lobe = G_max − A_max (front-to-back)', () => {
    expect(horizontalPatternDb(180, p)).toBe(-30);
    expect(verticalPatternDb(0, p)).toBeCloseTo(-12 * (90 / 65) ** 2, 12); // 65° never reaches SLA_V in [0°, 180°]
    expect(verticalPatternDb(120, antennaPattern({ verticalBeamwidthDeg: 10 }))).toBe(-30);
    expect(elementGainDbi(90, 180, p)).toBe(8 - 30);
    expect(elementGainDbi(10, 150, p)).toBe(8 - 30); // combined attenuation capped at A_max
    const fb25 = antennaPattern({ frontToBackDb: 25 });
    expect(elementGainDbi(90, 180, fb25)).toBe(8 - 25);
  });

  it('combined pattern written out: G_max − min(12((θ−90)/65)² + 12(φ/65)², 30)', () => {
    const theta = 100;
    const phi = 40;
    const expected = 8 - Math.min(12 * ((theta - 90) / 65) ** 2 + 12 * (phi / 65) ** 2, 30);
    expect(elementGainDbi(theta, phi, p)).toBeCloseTo(expected, 12);
  });

  it('omni: no azimuth dependence', () => {
    const omni = antennaPattern({ omni: true, maxGainDbi: 2 });
    for (const phi of [0, 45, 90, 180, -120]) expect(elementGainDbi(90, phi, omni)).toBe(2);
  });

  it('gain towards a target applies azimuth and downtilt', () => {
    const base = { pattern: p, siteAzimuthDeg: 120, downtiltDeg: 6 };
    // target on boresight azimuth and 6° below the horizon → full gain
    expect(gainTowardsDbi({ ...base, targetBearingDeg: 120, targetElevationDeg: -6 })).toBeCloseTo(8, 12);
    // 32.5° off in azimuth (wraps across north), on the tilted beam → −3 dB
    const offAz = gainTowardsDbi({ ...base, siteAzimuthDeg: 350, targetBearingDeg: 22.5, targetElevationDeg: -6 });
    expect(offAz).toBeCloseTo(5, 12);
    // behind the sector → back lobe
    expect(gainTowardsDbi({ ...base, targetBearingDeg: 300, targetElevationDeg: -6 })).toBe(8 - 30);
  });

  it('elevation from geometry: a UE 1.5 m high, 100 m from a 30 m mast is ≈ 15.9° below', () => {
    const e = elevationDeg({ horizontalDistanceM: 100, antennaHeightM: 30, targetHeightM: 1.5 });
    expect(e).toBeCloseTo((-Math.atan(28.5 / 100) * 180) / Math.PI, 12);
  });
});
