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
});
