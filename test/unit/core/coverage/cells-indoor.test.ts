import { describe, expect, it } from 'vitest';
import { indoorLossDb, radioCellsOf } from '../../../../core/coverage';
import { eirpPerReDbm, medianIndoorDistanceM, o2iLoss } from '../../../../core/radio';
import { sampleProject } from '../request/fixtures';

describe('radioCellsOf with per-cell radio parameters', () => {
  const project = sampleProject();
  const site = project.sites.find((s) => s.cells.length > 0)!;
  const cell = site.cells[0]!;

  it('uses the cell frequency and pattern', () => {
    const edited = {
      sites: [{ ...site, cells: [{ ...cell, frequencyMHz: 3450, horizontalBeamwidthDeg: 90, maxGainDbi: 15 }] }],
    };
    const [rc] = radioCellsOf(edited);
    expect(rc?.fcGHz).toBeCloseTo(3.45, 9);
    expect(rc?.pattern.horizontalBeamwidthDeg).toBe(90);
    expect(rc?.pattern.maxGainDbi).toBe(15);
  });

  it('turns AAS TRP into main-beam EIRP with the array gain', () => {
    const edited = { sites: [{ ...site, cells: [{ ...cell, aas: true, trpDbmPer5MHz: 47, maxGainDbi: 24 }] }] };
    const [rc] = radioCellsOf(edited);
    expect(rc?.eirpPerReDbm).toBeCloseTo(eirpPerReDbm({ eirpDbm: 47 + 24, referenceBandwidthHz: 5e6 }), 9);
  });

  it('takes an indoor building-entry loss off every cell', () => {
    const outdoor = radioCellsOf(project);
    const indoor = radioCellsOf(project, { extraLossDb: indoorLossDb('indoor-high-loss', 3.7) });
    const loss = o2iLoss({ model: 'high-loss', fcGHz: 3.7, indoorDistanceM: medianIndoorDistanceM(25) }).totalDb;
    expect((outdoor[0]?.eirpPerReDbm ?? 0) - (indoor[0]?.eirpPerReDbm ?? 0)).toBeCloseTo(loss, 9);
  });
});

describe('indoorLossDb (TR 38.901 §7.4.3.1: wall of Table 7.4.3-2 plus the in-building term)', () => {
  it('is 0 outdoors and for InH cells, larger for high-loss than for low-loss buildings', () => {
    expect(indoorLossDb('outdoor', 3.7)).toBe(0);
    expect(indoorLossDb('indoor-low-loss', 3.7, 'InH')).toBe(0);
    const wall = o2iLoss({ model: 'low-loss', fcGHz: 3.7 }).wallLossDb;
    expect(indoorLossDb('indoor-low-loss', 3.7)).toBeCloseTo(wall + 0.5 * medianIndoorDistanceM(25), 9);
    expect(indoorLossDb('indoor-low-loss', 3.7, 'RMa')).toBeCloseTo(wall + 0.5 * medianIndoorDistanceM(10), 9);
    expect(indoorLossDb('indoor-high-loss', 3.7)).toBeGreaterThan(indoorLossDb('indoor-low-loss', 3.7));
  });

  it('throws for the high-loss wall with RMa (a caller bug: receiverCellsOf refuses it with a problem)', () => {
    expect(() => indoorLossDb('indoor-high-loss', 3.7, 'RMa')).toThrow(RangeError);
  });
});
