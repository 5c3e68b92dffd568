import { describe, expect, it } from 'vitest';
import {
  UE_NOISE_FIGURE_DB,
  eirpPerReDbm,
  noisePowerDbm,
  receivedPowerDbm,
  rsrpDbm,
  sinr,
} from '../../../../core/radio';

describe('thermal noise (reference-radio §4.2)', () => {
  it.each([
    [15e3, 0, -132.24],
    [30e3, 0, -129.23],
    [30e3, 7, -122.23],
    [360e3, 9, -109.44],
    [10e6, 0, -104.0],
    [100e6, 7, -87.0],
  ])('B = %d Hz, NF %d dB → %f dBm (±0.01)', (bandwidthHz, noiseFigureDb, expected) => {
    expect(Math.abs(noisePowerDbm({ bandwidthHz, noiseFigureDb }) - expected)).toBeLessThan(0.01);
  });

  it('UE noise figure default is 7 dB', () => {
    expect(UE_NOISE_FIGURE_DB).toBe(7);
  });
});

describe('EIRP per RE and RSRP', () => {
  it('per 5 MHz at 30 kHz: EIRP_RE = EIRP − 10log10(5e6/30e3) = EIRP − 22.22 dB', () => {
    expect(eirpPerReDbm({ eirpDbm: 68, referenceBandwidthHz: 5e6 })).toBeCloseTo(68 - 10 * Math.log10(5e6 / 30e3), 12);
    expect(Math.abs(68 - eirpPerReDbm({ eirpDbm: 68, referenceBandwidthHz: 5e6 }) - 22.22)).toBeLessThan(0.005);
  });

  it('reference-radio §4.5: CBRS Cat A 30 dBm/10 MHz → 4.77 dBm per RE; Cat B 47 dBm → 21.77', () => {
    expect(Math.abs(eirpPerReDbm({ eirpDbm: 30, referenceBandwidthHz: 10e6 }) - 4.77)).toBeLessThan(0.005);
    expect(Math.abs(eirpPerReDbm({ eirpDbm: 47, referenceBandwidthHz: 10e6 }) - 21.77)).toBeLessThan(0.005);
  });

  it('RSRP = EIRP_RE − PL + G_rx − losses (MAPL check: 4.77 dBm/RE − 104.8 dB ≈ −100 dBm)', () => {
    expect(Math.abs(rsrpDbm({ eirpDbm: 30, referenceBandwidthHz: 10e6, pathLossDb: 104.77 }) - -100)).toBeLessThan(
      0.005,
    );
    expect(receivedPowerDbm({ eirpDbm: 20, pathLossDb: 100, rxGainDbi: 3, otherLossesDb: 12.77 })).toBeCloseTo(
      -89.77,
      12,
    );
  });
});

describe('SINR', () => {
  it('no interferers: SINR = S − N', () => {
    expect(sinr({ signalDbm: -90, interferers: [], noiseDbm: -122.23 }).sinrDb).toBeCloseTo(32.23, 12);
  });

  it('two equal interferers at full load equal to the noise: S − 10log10(3·N)', () => {
    const r = sinr({ signalDbm: -90, interferers: [{ powerDbm: -100 }, { powerDbm: -100 }], noiseDbm: -100 });
    expect(r.sinrDb).toBeCloseTo(-90 - (-100 + 10 * Math.log10(3)), 12);
    expect(r.interferenceDbm).toBeCloseTo(-100 + 10 * Math.log10(2), 12);
  });

  it('load scales each interferer linearly; load 0 removes it', () => {
    const half = sinr({ signalDbm: -80, interferers: [{ powerDbm: -90, load: 0.5 }], noiseDbm: -200 });
    expect(half.sinrDb).toBeCloseTo(10 + 10 * Math.log10(2), 6);
    const none = sinr({ signalDbm: -80, interferers: [{ powerDbm: -50, load: 0 }], noiseDbm: -100 });
    expect(none.sinrDb).toBeCloseTo(20, 12);
    expect(() => sinr({ signalDbm: -80, interferers: [{ powerDbm: -90, load: 1.5 }], noiseDbm: -100 })).toThrow(
      RangeError,
    );
  });
});
