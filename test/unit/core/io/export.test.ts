import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsvSites } from '../../../../core/io/csv-sites';
import { projectToGeoJson } from '../../../../core/io/export-geojson';
import { projectToKml } from '../../../../core/io/export-kml';
import { sitesToCsv } from '../../../../core/io/export-csv';
import { importGeoJson } from '../../../../core/io/geojson-import';
import { loadProject, type Project } from '../../../../core/project';
import { hasOgrinfo, ogrFeatureCount } from '../../../helpers/ogr';

const loaded = loadProject(readFileSync(join(__dirname, '../../../../data/samples/langeland.frekvensplan'), 'utf8'));
if (!loaded.ok) throw new Error('sample must load');
const project: Project = loaded.value.project;
const total = project.sites.length + project.areas.length + project.corridors.length;

describe('exporters', () => {
  it('GeoJSON round-trips through the importer with names, kinds and positions', () => {
    const text = JSON.stringify(projectToGeoJson(project));
    const result = importGeoJson(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.value.data.sites.map((s) => [s.name, s.lon, s.lat])).toEqual(
      project.sites.map((s) => [s.name, s.lon, s.lat]),
    );
    expect(result.value.data.areas.map((a) => a.kind)).toEqual(project.areas.map((a) => a.kind));
    expect(result.value.data.corridors[0]?.altitudeM).toBe(project.corridors[0]?.altitudeM);
  });

  it.each(['da', 'en'] as const)('CSV (%s) round-trips through the CSV importer', (lang) => {
    const csv = sitesToCsv(project, lang);
    const result = importCsvSites(new TextEncoder().encode(csv));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sites = result.value.data.sites;
    expect(sites.map((s) => s.name)).toEqual(project.sites.map((s) => s.name));
    sites.forEach((s, i) => {
      expect(s.lat).toBeCloseTo(project.sites[i]?.lat as number, 6);
      expect(s.kind).toBe(project.sites[i]?.kind);
    });
  });

  it('KML is well-formed and names every object once', () => {
    const kml = projectToKml(project);
    expect(kml.match(/<Placemark /g)).toHaveLength(total);
    expect(kml).toContain('<name>Langeland Brandvæsen, Rudkøbing</name>');
    expect(kml).toContain('<altitudeMode>relativeToGround</altitudeMode>');
  });

  it.runIf(hasOgrinfo())('GDAL reads the exported GeoJSON and KML with the same feature counts', () => {
    expect(ogrFeatureCount('plan.geojson', JSON.stringify(projectToGeoJson(project)))).toBe(total);
    expect(ogrFeatureCount('plan.kml', projectToKml(project))).toBe(total);
  });

  it('CSV neutralises formula triggers the OWASP way and the importer reads them back (E2)', () => {
    const names = ['=HYPERLINK("http://x","klik")', '+SUM(A1)', '-2+3', '@cmd', '\tTab', '\rCR', '−minus', 'Rudkøbing'];
    const hostile: Project = {
      ...project,
      sites: project.sites.slice(0, names.length).map((s, i) => ({ ...s, name: names[i] as string, notes: '=1+1' })),
    };
    for (const lang of ['da', 'en'] as const) {
      const csv = sitesToCsv(hostile, lang);
      const cells = csv
        .split('\r\n')
        .slice(1, -1)
        .map((l) => l.replace(/^"|"$/g, ''));
      for (const cell of cells) expect(cell).toMatch(/^'|^Rudkøbing/);
      expect(csv).not.toMatch(/(^|[;,\n])=/);
      // Numbers keep their sign and are not prefixed: −0,5 stays a number.
      expect(csv).toContain(lang === 'da' ? ';54,' : ',54.');
      const back = importCsvSites(new TextEncoder().encode(csv));
      expect(back.ok && back.value.data.sites.map((s) => s.name)).toEqual(names.map((n) => n.trim()));
      expect(back.ok && back.value.data.sites[0]?.notes).toBe('=1+1');
    }
  });

  it('KML drops characters XML 1.0 forbids, so GDAL and XML parsers read it (E4)', () => {
    const hostile: Project = {
      ...project,
      meta: { ...project.meta, name: 'Plan\u0000\u0007' },
      sites: project.sites.map((s, i) => (i === 0 ? { ...s, name: 'Mast\u0001\u000b\uFFFF\uD800 1 & <2>' } : s)),
    };
    const kml = projectToKml(hostile);
    expect(kml).toContain('<name>Mast 1 &amp; &lt;2&gt;</name>');
    // eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
    expect(kml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/);
    if (hasOgrinfo()) expect(ogrFeatureCount('hostile.kml', kml)).toBe(total);
  });
});
