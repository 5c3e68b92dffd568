import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indoorLossDb, radioCellsOf } from '../../../core/coverage';
import { loadProject } from '../../../core/project/load';
import type { Project } from '../../../core/project/schema';
import { coverageInputsOf } from '../../../renderer/features/coverage/coverage-inputs';
import { receiverCellsOf } from '../../../renderer/features/coverage/receiver-cells';
import { addCell, deleteCell, newCell, updateCell } from '../../../renderer/state/cell-actions';
import { DEFAULT_COVERAGE_SETTINGS } from '../../../renderer/state/coverage-state';

function sample(): Project {
  const result = loadProject(readFileSync('data/samples/langeland.frekvensplan', 'utf8'));
  if (!result.ok) throw new Error('sample does not load');
  return result.value.project;
}

const humble = (project: Project) => project.sites.find((s) => s.id === 'skole-humble');

describe('cell actions', () => {
  it('new cells take the cellSchema defaults and point 0°/120°/240°, then omni', () => {
    expect(newCell('a', 0)).toMatchObject({
      id: 'a',
      azimuthDeg: 0,
      eirpDbmPer5MHz: 60,
      aas: false,
      frequencyMHz: 3700,
    });
    expect(newCell('b', 1).azimuthDeg).toBe(120);
    expect(newCell('c', 2).azimuthDeg).toBe(240);
    expect(newCell('d', 3).azimuthDeg).toBeNull();
  });

  it('add, update and delete are pure and touch one site', () => {
    const project = sample();
    const before = JSON.stringify(project);
    const added = addCell.perform(project, { siteId: 'skole-humble', cell: newCell('new', 1) });
    expect(humble(added)?.cells.map((c) => c.id)).toEqual(['skole-humble-a', 'new']);
    const updated = updateCell.perform(added, {
      siteId: 'skole-humble',
      cellId: 'new',
      patch: { aas: true, trpDbmPer5MHz: 40 },
    });
    expect(humble(updated)?.cells[1]).toMatchObject({ aas: true, trpDbmPer5MHz: 40 });
    expect(updated.sites.filter((s) => s.id !== 'skole-humble')).toEqual(
      project.sites.filter((s) => s.id !== 'skole-humble'),
    );
    expect(humble(deleteCell.perform(updated, { siteId: 'skole-humble', cellId: 'new' }))?.cells).toHaveLength(1);
    expect(JSON.stringify(project)).toBe(before);
  });

  it('a no-op edit returns the project itself (no undo step)', () => {
    const project = sample();
    expect(updateCell.perform(project, { siteId: 'skole-humble', cellId: 'nope', patch: { downtiltDeg: 3 } })).toBe(
      project,
    );
    expect(deleteCell.perform(project, { siteId: 'skole-humble', cellId: 'nope' })).toBe(project);
  });
});

describe('indoor receivers', () => {
  it('lower every cell by the TR 38.901 building-entry loss of its scenario and change the input hash', () => {
    const project = sample();
    const outdoor = radioCellsOf(project);
    const indoor = receiverCellsOf(project, 'indoor-low-loss');
    if (!indoor.ok) throw new Error('low-loss applies to every scenario');
    expect(indoor.value.map((c) => c.id)).toEqual(outdoor.map((c) => c.id));
    for (const [i, cell] of indoor.value.entries()) {
      const loss = indoorLossDb('indoor-low-loss', cell.fcGHz, cell.environment);
      expect(loss).toBeGreaterThan(14); // wall 12.8 dB + in-building 1.5 (RMa) or 3.7 dB (UMa)
      expect(cell.eirpPerReDbm).toBeCloseTo((outdoor[i]?.eirpPerReDbm ?? NaN) - loss, 9);
    }
    const base = coverageInputsOf(project, DEFAULT_COVERAGE_SETTINGS, null)?.hash;
    const inside = coverageInputsOf(project, { ...DEFAULT_COVERAGE_SETTINGS, target: 'indoor-low-loss' }, null)?.hash;
    expect(inside).not.toBe(base);
  });

  it('refuse the high-loss building for the RMa sites of the sample, naming them', () => {
    const refused = receiverCellsOf(sample(), 'indoor-high-loss');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.problems.map((p) => p.message.en).join(' ')).toMatch(
      /Humble Skole: .*only the low-loss model for RMa/,
    );
    const inputs = coverageInputsOf(sample(), { ...DEFAULT_COVERAGE_SETTINGS, target: 'indoor-high-loss' }, null);
    expect(inputs?.cells).toEqual([]);
    expect(inputs?.problems.length).toBeGreaterThan(0);
  });
});
