import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, loadProject, migrateProject } from '../../../../core/project';

const v1Text = readFileSync(join(__dirname, '../../../fixtures/projects/v1-small.json'), 'utf8');

describe('migrations', () => {
  it('migrates a version 1 project to the current schema and validates it', () => {
    const result = loadProject(v1Text, { file: 'v1-small.json' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { project, fromVersion, migrations } = result.value;
    expect(fromVersion).toBe(1);
    expect(migrations).toHaveLength(CURRENT_SCHEMA_VERSION - 1);
    expect(project.meta.name).toBe('Ærø – gammelt projekt');
    expect(project.meta.createdAt).toBe('2024-03-01T10:00:00.000Z');
    expect(project.sites[0]).toMatchObject({ id: 's1', kind: 'harbour', lon: 10.519, lat: 54.856, antennaHeightM: 22 });
    expect(project.sites[0]?.cells).toMatchObject([
      { id: 's1-1', azimuthDeg: null, downtiltDeg: 6, eirpDbmPer5MHz: 58, aas: false },
    ]);
    expect(project.sites[1]?.cells).toEqual([]);
    expect(project.areas[0]).toMatchObject({ kind: 'interest', geometry: { type: 'Polygon' } });
    expect(project.corridors[0]).toMatchObject({ widthM: 200, altitudeM: 80 });
    expect(project.corridors[0]?.coordinates).toHaveLength(2);
  });

  it('does not mutate the input document', () => {
    const raw = JSON.parse(v1Text);
    const copy = structuredClone(raw);
    migrateProject(raw);
    expect(raw).toEqual(copy);
  });

  it('reports problems in a migrated document at their new location', () => {
    const raw = JSON.parse(v1Text);
    raw.sites[0].position = [10.5, 95];
    const result = loadProject(JSON.stringify(raw));
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['sites[0].lat']);
  });
});

describe('v2 → v3', () => {
  const v2Text = readFileSync(join(__dirname, '../../../fixtures/projects/v2-langeland.frekvensplan'), 'utf8');

  it('keeps every v2 object and adds empty slices, custom profiles and a default request draft', () => {
    const result = loadProject(v2Text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { project, fromVersion, migrations } = result.value;
    const v2 = JSON.parse(v2Text);
    expect(fromVersion).toBe(2);
    expect(migrations).toHaveLength(CURRENT_SCHEMA_VERSION - 2);
    expect(project.sites).toMatchObject(v2.sites);
    expect(project.areas).toEqual(v2.areas);
    expect(project.slices).toEqual([]);
    expect(project.customTermsProfiles).toEqual([]);
    expect(project.request).toMatchObject({
      requestDate: null,
      frequency: null,
      tddPattern: 'DDDSU',
      synchronised: true,
    });
  });
});

describe('v3 → v4', () => {
  const v3Text = readFileSync(join(__dirname, '../../../fixtures/projects/v3-langeland.frekvensplan'), 'utf8');

  it('gives every cell the default radio parameters and keeps its power', () => {
    const result = loadProject(v3Text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const v3 = JSON.parse(v3Text);
    const cells = result.value.project.sites.flatMap((s) => s.cells);
    expect(cells.map((c) => c.eirpDbmPer5MHz)).toEqual(
      v3.sites.flatMap((s: { cells: { eirpDbmPer5MHz: number }[] }) => s.cells.map((c) => c.eirpDbmPer5MHz)),
    );
    for (const c of cells)
      expect(c).toMatchObject({
        aas: false,
        frequencyMHz: 3700,
        bandwidthMHz: 60,
        horizontalBeamwidthDeg: 65,
        maxGainDbi: 8,
        frontToBackDb: 30,
      });
    expect(result.value.project.slices).toEqual(v3.slices.map((s: object) => expect.objectContaining(s)));
  });
});

describe('v4 → v5', () => {
  const v4Text = readFileSync(join(__dirname, '../../../fixtures/projects/v4-langeland.frekvensplan'), 'utf8');

  it('keeps every site, area, corridor and slice of a v4 document unchanged', () => {
    const result = loadProject(v4Text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const v4 = JSON.parse(v4Text);
    expect(result.value.project.schemaVersion).toBe(5);
    expect(result.value.project.sites).toMatchObject(v4.sites);
    expect(result.value.project.areas).toMatchObject(v4.areas);
    expect(result.value.project.corridors).toMatchObject(v4.corridors);
    expect(result.value.project.slices).toMatchObject(v4.slices);
  });
});
