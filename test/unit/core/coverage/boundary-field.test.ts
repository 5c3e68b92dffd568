import { describe, expect, it } from 'vitest';
import { boundaryFieldStrength, fieldStrengthDbuvPerM, radioCellsOf } from '../../../../core/coverage';
import { sampleProject } from '../request/fixtures';

describe('fieldStrengthDbuvPerM (ITU-R P.525: E = P + 77.2 + 20·log10 f_MHz)', () => {
  it('converts −60 dBm per 30 kHz RE at 3700 MHz to dBµV/m per 5 MHz', () => {
    const per5MHz = -60 + 10 * Math.log10(5000 / 30);
    expect(fieldStrengthDbuvPerM(-60, 3700)).toBeCloseTo(per5MHz + 77.2 + 20 * Math.log10(3700), 9);
  });
});

describe('boundaryFieldStrength', () => {
  const project = sampleProject();
  const cells = radioCellsOf(project);
  const lease = project.areas.find((a) => a.kind === 'lease');

  it('finds the strongest boundary point of the sample lease area near a cell', () => {
    const field = boundaryFieldStrength(cells, lease!.geometry);
    expect(field).not.toBeNull();
    expect(field!.points.length).toBeGreaterThan(1000);
    expect(field!.maxDbuvPerMPer5MHz).toBeGreaterThan(40);
    expect(field!.maxDbuvPerMPer5MHz).toBeLessThan(140);
  });

  it('drops when the cells are weaker by the same number of dB', () => {
    const weaker = radioCellsOf({
      sites: project.sites.map((s) => ({
        ...s,
        cells: s.cells.map((c) => ({ ...c, eirpDbmPer5MHz: c.eirpDbmPer5MHz - 10 })),
      })),
    });
    const a = boundaryFieldStrength(cells, lease!.geometry)!;
    const b = boundaryFieldStrength(weaker, lease!.geometry)!;
    expect(a.maxDbuvPerMPer5MHz - b.maxDbuvPerMPer5MHz).toBeCloseTo(10, 3);
  });

  it('is null without cells', () => {
    expect(boundaryFieldStrength([], lease!.geometry)).toBeNull();
  });
});
