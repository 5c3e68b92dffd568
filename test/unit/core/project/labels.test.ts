import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../../core/project/load';
import { cellLabel, cellShortLabel, LIMITING_FACTOR_NAMES, objectName } from '../../../../core/project/labels';

const loaded = loadProject(readFileSync('data/samples/langeland.frekvensplan', 'utf8'), { file: 'sample' });
if (!loaded.ok) throw new Error('sample does not load');
const project = loaded.value.project;

describe('labels for people', () => {
  it('names a sector cell by its site, sector number and azimuth, an omni cell by its site', () => {
    expect(cellLabel(project, 'brand-rudkobing-b', 'da')).toBe('Langeland Brandvæsen, Rudkøbing – sektor 2 (120°)');
    expect(cellLabel(project, 'brand-rudkobing-b', 'en')).toBe('Langeland Brandvæsen, Rudkøbing – sector 2 (120°)');
    expect(cellLabel(project, 'skole-humble-a', 'da')).toBe('Humble Skole (rundstrålende)');
    expect(cellLabel(project, 'skole-humble-a', 'en')).toBe('Humble Skole (omni)');
    expect(cellLabel(project, 'no-such-cell', 'da')).toBe('no-such-cell');
  });

  it('shortens for charts and keeps the sector number', () => {
    expect(cellShortLabel(project, 'brand-rudkobing-c')).toBe('Langeland Brand… 3');
    expect(cellShortLabel(project, 'skole-humble-a')).toBe('Humble Skole');
  });

  it('names objects and limiting factors', () => {
    expect(objectName(project, 'aoi-sydlangeland')).toBe('Sydlangeland – dækningshuller');
    expect(LIMITING_FACTOR_NAMES['ul-capacity']?.da).toBe('uplink-kapacitet');
  });
});
