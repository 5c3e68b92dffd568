import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';

describe('frekvensplan capacity', () => {
  it('prints the TS 38.306 check value: 100 MHz, 30 kHz, 4 layers, 256QAM DL → 2337 Mbps (±1)', async () => {
    const { code, out } = await runCli([
      'capacity',
      '--bandwidth',
      '100',
      '--scs',
      '30',
      '--layers',
      '4',
      '--modulation',
      '256QAM',
      '--json',
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.prb).toBe(273);
    expect(Math.abs(r.peakMbps - 2337)).toBeLessThanOrEqual(1);
    // DDDSU with a 10:2:2 special slot: DL share (3·14 + 10) / 70 = 74.29 %.
    expect(r.tddShare).toBeCloseTo(52 / 70, 4);
    expect(Math.abs(r.tddAdjustedMbps - 2337 * (52 / 70))).toBeLessThanOrEqual(1);
  });

  it('applies the UL share and overhead for --direction ul', async () => {
    const { out } = await runCli([
      'capacity',
      '--bandwidth',
      '100',
      '--scs',
      '30',
      '--layers',
      '1',
      '--modulation',
      '256QAM',
      '--direction',
      'ul',
      '--json',
    ]);
    const r = JSON.parse(out);
    // Written out: 1e-6 · 1 · 8 · 948/1024 · (273·12 / (1e-3/28)) · (1 − 0.08).
    const expected = 1e-6 * 8 * (948 / 1024) * ((273 * 12) / (1e-3 / 28)) * 0.92;
    expect(r.peakMbps).toBeCloseTo(expected, 0);
    // UL data share counts the U slot only (14 of 70 symbols = 20.0 %); the S slot's 2 UL symbols carry
    // SRS/PUCCH, not PUSCH. The air-time share with them is (14 + 2) / 70 = 22.9 % (domain.md).
    expect(r.tddShare).toBeCloseTo(14 / 70, 4);
    expect(r.tddAirTimeShare).toBeCloseTo(16 / 70, 4);
    expect(r.specialSlot).toEqual({ split: '10:2:2', source: 'frame-table' });
  });

  it('takes the DDDDDDDSUU special slot (6:4:4) from the frame table and warns when it must assume one', async () => {
    const base = ['capacity', '--bandwidth', '100', '--scs', '30', '--layers', '4', '--modulation', '256QAM'];
    const lte = JSON.parse((await runCli([...base, '--tdd', 'DDDDDDDSUU', '--json'])).out);
    expect(lte.specialSlot).toEqual({ split: '6:4:4', source: 'frame-table' });
    expect(lte.tddShare).toBeCloseTo((7 * 14 + 6) / 140, 4); // 74.29 % DL
    expect(lte.warnings).toEqual([]);
    const custom = JSON.parse((await runCli([...base, '--tdd', 'DDSUU', '--json'])).out);
    expect(custom.specialSlot).toEqual({ split: '10:2:2', source: 'assumed' });
    expect(custom.warnings[0]).toMatch(/not in the frame table/);
  });

  it('prints a readable summary', async () => {
    const { out } = await runCli([
      'capacity',
      '--bandwidth',
      '60',
      '--scs',
      '30',
      '--layers',
      '2',
      '--modulation',
      '64QAM',
    ]);
    expect(out).toContain('PRB: 162');
    expect(out).toContain('tddAdjustedMbps');
  });

  it('exits 1 with a located problem for a bandwidth TS 38.101-1 has no PRB count for (5 MHz at 60 kHz)', async () => {
    const { code, err } = await runCli([
      'capacity',
      '--bandwidth',
      '5',
      '--scs',
      '60',
      '--layers',
      '2',
      '--modulation',
      'QPSK',
    ]);
    expect(code).toBe(1);
    expect(err).toContain('bandwidthMHz');
    expect(err).toContain('10, 15, 20');
  });

  it('knows the 60 kHz column: 100 MHz → 135 PRB', async () => {
    const args = ['capacity', '--bandwidth', '100', '--scs', '60', '--layers', '2', '--modulation', 'QPSK', '--json'];
    expect(JSON.parse((await runCli(args)).out).prb).toBe(135);
  });

  it.each([
    [['capacity', '--scs', '30', '--layers', '4', '--modulation', '256QAM']],
    [['capacity', '--bandwidth', 'wide', '--scs', '30', '--layers', '4', '--modulation', '256QAM']],
    [['capacity', '--bandwidth', '100', '--scs', '30', '--layers', '4', '--modulation', '1024QAM']],
    [['capacity', '--bandwidth', '100', '--scs', '30', '--layers', '4', '--modulation', '256QAM', '--direction', 'up']],
  ])('exits 2 on usage errors %#', async (args) => {
    expect((await runCli(args)).code).toBe(2);
  });
});
