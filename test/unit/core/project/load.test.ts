import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  createEmptyProject,
  formatProblem,
  loadProject,
  serializeProject,
  summarizeProject,
} from '../../../../core/project';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../fixtures/projects', name), 'utf8');
const sample = readFileSync(join(__dirname, '../../../../data/samples/langeland.frekvensplan'), 'utf8');

describe('loadProject', () => {
  it('loads the bundled sample project as current, sample-marked data', () => {
    const result = loadProject(sample, { file: 'langeland.frekvensplan' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { project, fromVersion, migrations } = result.value;
    expect(fromVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(migrations).toEqual([]);
    expect(project.meta.isSample).toBe(true);
    const summary = summarizeProject(project);
    expect(summary.sites).toBeGreaterThanOrEqual(8);
    expect(summary.areas.interest).toBe(1);
    expect(summary.areas.lease).toBe(1);
    expect(summary.corridors).toBe(1);
    // Every site lies on Langeland (roughly 10.6–11.0 E, 54.72–55.16 N).
    for (const site of project.sites) {
      expect(site.lon).toBeGreaterThan(10.6);
      expect(site.lon).toBeLessThan(11.0);
      expect(site.lat).toBeGreaterThan(54.72);
      expect(site.lat).toBeLessThan(55.16);
    }
  });

  it('round-trips through serializeProject unchanged', () => {
    const first = loadProject(sample);
    if (!first.ok) throw new Error('sample must load');
    const text = serializeProject(first.value.project);
    const second = loadProject(text);
    expect(second.ok && second.value.project).toEqual(first.value.project);
    expect(serializeProject(second.ok ? second.value.project : first.value.project)).toBe(text);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(loadProject(`\uFEFF${sample}`).ok).toBe(true);
  });

  it('reports truncated JSON with file and line, in Danish and English', () => {
    const result = loadProject(fixture('truncated.frekvensplan'), { file: 'truncated.frekvensplan' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem?.file).toBe('truncated.frekvensplan');
    expect(problem?.line).toBeGreaterThanOrEqual(4);
    expect(problem?.message.da).toContain('ikke gyldig JSON');
    expect(problem?.message.en).toContain('not valid JSON');
  });

  it('says an empty file is empty', () => {
    const result = loadProject('   ');
    expect(!result.ok && result.problems[0]?.message.en).toBe('The file is empty.');
  });

  it('refuses a newer schema version clearly and does not try to read it', () => {
    const result = loadProject(fixture('newer-version.frekvensplan'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe('schemaVersion');
    expect(result.problems[0]?.message.da).toContain('nyere Frekvensplan');
    expect(result.problems[0]?.hint?.en).toContain('Update Frekvensplan');
  });

  it('refuses a JSON document that is not a project', () => {
    for (const text of ['[]', '42', '"x"', 'null', '{}', '{"schemaVersion":"2"}', '{"schemaVersion":0}']) {
      const result = loadProject(text);
      expect(result.ok, text).toBe(false);
    }
  });

  it('locates every invalid field instead of stopping at the first', () => {
    const result = loadProject(fixture('bad-site.frekvensplan'), { file: 'bad-site.frekvensplan' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('sites[1].lat');
    expect(paths).toContain('sites[2].name');
    expect(paths).toContain('sites[2].lon');
    expect(paths.some((p) => p.startsWith('areas[0].geometry.coordinates[0]'))).toBe(true);
    const lat = result.problems.find((p) => p.path === 'sites[1].lat');
    expect(lat?.message.en).toBe('Must be at most 90.');
    expect(lat?.message.da).toBe('Må højst være 90.');
    const ring = result.problems.find((p) => p.path.startsWith('areas[0]'));
    expect(ring?.message.en).toContain('not closed');
    expect(formatProblem(lat!, 'en')).toBe('bad-site.frekvensplan: sites[1].lat: Must be at most 90.');
  });

  it('rejects duplicate ids across collections', () => {
    const project = createEmptyProject({ name: 'Dubletter', now: new Date('2026-01-01T00:00:00Z') });
    const site = {
      id: 'x',
      name: 'A',
      kind: 'other' as const,
      lon: 10,
      lat: 55,
      antennaHeightM: 20,
      environment: 'RMa' as const,
      cells: [],
      notes: '',
    };
    const text = serializeProject({ ...project, sites: [site, { ...site, name: 'B' }] });
    const result = loadProject(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('sites[1].id');
  });
});

describe('createEmptyProject', () => {
  it('returns a valid current project stamped with the given time', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const project = createEmptyProject({ name: 'Nyt projekt', now });
    expect(project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(project.meta.createdAt).toBe(now.toISOString());
    expect(project.sites).toEqual([]);
    expect(loadProject(serializeProject(project)).ok).toBe(true);
  });
});
