import { describe, expect, it } from 'vitest';
import { bullingtonCorrectedTableDb } from '../../../../core/terrain/bullington-table';
import { bullingtonCorrectedDb, KNIFE_EDGE_V_MIN } from '../../../../core/terrain/diffraction';

describe('bullingtonCorrectedTableDb', () => {
  it('equals P.526 eq. 57 with eq. 31 within 10⁻⁴ dB from v = −0.78 to beyond the table', () => {
    let worst = 0;
    for (let i = 0; i <= 200_000; i++) {
      const v = KNIFE_EDGE_V_MIN - 0.5 + (i / 200_000) * 45;
      const d = 100 + ((i * 7919) % 30_000);
      worst = Math.max(worst, Math.abs(bullingtonCorrectedTableDb(v, d) - bullingtonCorrectedDb(v, d)));
    }
    expect(worst).toBeLessThan(1e-4);
  });

  it('is 0 at and below v = −0.78 and grows without a step just above it', () => {
    expect(bullingtonCorrectedTableDb(KNIFE_EDGE_V_MIN, 1000)).toBe(0);
    expect(bullingtonCorrectedTableDb(-3, 1000)).toBe(0);
    const above = bullingtonCorrectedTableDb(KNIFE_EDGE_V_MIN + 1e-6, 1000);
    expect(above).toBeGreaterThan(0);
    expect(above).toBeCloseTo(bullingtonCorrectedDb(KNIFE_EDGE_V_MIN + 1e-6, 1000), 4);
  });
});
