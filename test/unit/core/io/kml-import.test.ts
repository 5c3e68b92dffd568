import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectToKml } from '../../../../core/io/export-kml';
import { importFile } from '../../../../core/io/import-file';
import { importKml, importKmz } from '../../../../core/io/kml-import';
import { loadProject } from '../../../../core/project';

const loaded = loadProject(readFileSync(join(__dirname, '../../../../data/samples/langeland.frekvensplan'), 'utf8'));
if (!loaded.ok) throw new Error('sample must load');
const project = loaded.value.project;

const earthKml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document><name>Min plan</name>
  <Folder><name>Steder</name>
    <Folder><name>Havne</name>
      <Placemark><name>Ærøskøbing Havn</name><Point><coordinates>10.4190,54.8890,0</coordinates></Point></Placemark>
    </Folder>
    <Placemark><name>Område med hul</name><Polygon>
      <outerBoundaryIs><LinearRing><coordinates>
        10.2,54.8,0 10.6,54.8,0 10.6,54.98,0 10.2,54.98,0 10.2,54.8,0
      </coordinates></LinearRing></outerBoundaryIs>
      <innerBoundaryIs><LinearRing><coordinates>10.3,54.85 10.3,54.9 10.4,54.9 10.4,54.85 10.3,54.85</coordinates></LinearRing></innerBoundaryIs>
    </Polygon></Placemark>
    <Placemark><name>Multi</name><MultiGeometry>
      <Point><coordinates>10.5,54.9</coordinates></Point>
      <LineString><coordinates>10.5,54.9 10.55,54.95</coordinates></LineString>
    </MultiGeometry></Placemark>
  </Folder>
</Document></kml>`;

describe('importKml', () => {
  it('reads Google Earth nesting, holes and MultiGeometry', () => {
    const result = importKml(earthKml, { file: 'plan.kml' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { data, summary } = result.value;
    expect(summary.format).toBe('kml');
    // Placemarks directly in a folder come before those in its sub-folders.
    expect(data.sites.map((s) => s.name).sort()).toEqual(['Multi', 'Ærøskøbing Havn']);
    expect(data.areas[0]?.geometry.coordinates).toHaveLength(2);
    expect(data.corridors).toHaveLength(1);
  });

  it('round-trips the sample project through the KML exporter', () => {
    const result = importKml(projectToKml(project));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data.sites.map((s) => s.name)).toEqual(project.sites.map((s) => s.name));
    expect(result.value.data.areas).toHaveLength(project.areas.length);
    expect(result.value.data.corridors).toHaveLength(project.corridors.length);
  });

  it('reads KMZ archives', () => {
    const kmz = zipSync({ 'doc.kml': strToU8(earthKml), 'files/icon.png': new Uint8Array([1, 2, 3]) });
    const result = importKmz(kmz, { file: 'plan.kmz' });
    expect(result.ok && result.value.data.sites).toHaveLength(2);
    expect(importFile('plan.kmz', kmz).ok).toBe(true);
  });

  it('locates malformed XML by line', () => {
    const result = importKml('<kml>\n<Document>\n<Placemark><name>x</name>\n</Document></kml>', { file: 'bad.kml' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.message.en).toContain('not valid XML');
      expect(result.problems[0]?.line).toBeGreaterThanOrEqual(2);
    }
  });

  it('locates bad geometry as Placemark[i]', () => {
    const result = importKml(
      '<kml><Document><Placemark><name>A</name><Point><coordinates>x,y</coordinates></Point></Placemark></Document></kml>',
    );
    expect(!result.ok && result.problems[0]?.path).toMatch(/^Placemark\[0\]/);
  });

  it.each([
    ['', 'empty'],
    ['<html><body/></html>', 'not KML'],
  ])('explains %j', (text, message) => {
    const result = importKml(text);
    expect(!result.ok && result.problems[0]?.message.en).toContain(message);
  });

  it('refuses a corrupt KMZ and an unknown extension', () => {
    expect(!importKmz(new Uint8Array([80, 75, 3, 4, 9, 9])).ok).toBe(true);
    const r = importFile('plan.shp', new Uint8Array());
    expect(!r.ok && r.problems[0]?.hint?.en).toContain('.geojson');
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (t) => void importKml(t)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => void importKmz(b)),
      { numRuns: 200 },
    );
  });
});

describe('hostile KML and KMZ', () => {
  it('refuses a zip bomb KMZ by its declared size before unpacking it (H1)', () => {
    // 20 MB of zeros packs to about 20 KB: a ratio of about 1000 (a real bomb nests this to terabytes).
    const bomb = zipSync({ 'doc.kml': new Uint8Array(20 * 1024 * 1024) }, { level: 1 });
    const result = importKmz(bomb, { file: 'bomb.kmz' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.message.en).toMatch(/unpacks to more than the limit/);
      expect(result.problems[0]?.hint?.en).toContain('zip bomb');
      expect(result.problems[0]?.file).toBe('bomb.kmz');
    }
  });

  it('unpacks only .kml entries and never more than an entry declares', () => {
    const kml = strToU8(earthKml);
    const zipped = zipSync({ 'images/zeros.png': new Uint8Array(4 * 1024 * 1024), 'doc.kml': kml }, { level: 1 });
    // The PNG alone breaks the ratio limit: it is neither unpacked nor counted.
    expect(importKmz(zipped).ok).toBe(true);
  });

  it('locates MultiGeometry nested deeper than 32 levels and reads deep Folder nesting without recursion (C2)', () => {
    const deepGeometry = `<kml><Placemark>${'<MultiGeometry>'.repeat(40)}<Point><coordinates>10.5,54.9</coordinates></Point>${'</MultiGeometry>'.repeat(40)}</Placemark></kml>`;
    const geometry = importKml(deepGeometry);
    expect(!geometry.ok && geometry.problems[0]?.message.en).toContain('nested more than 32 levels');
    const folders = (n: number) =>
      `<kml>${'<Folder>'.repeat(n)}<Placemark><name>Dyb</name><Point><coordinates>10.5,54.9</coordinates></Point></Placemark>${'</Folder>'.repeat(n)}</kml>`;
    const deep = importKml(folders(90));
    expect(deep.ok && deep.value.data.sites[0]?.name).toBe('Dyb');
    const tooDeep = importKml(folders(50_000));
    expect(!tooDeep.ok && tooDeep.problems[0]?.message.da).toContain('indlejret mere end 100 niveauer');
  });

  it('does not expand DOCTYPE entities: a billion-laughs KML stays 2 KB of text', () => {
    let entities = '<!ENTITY a0 "ha">';
    for (let i = 1; i < 10; i++) entities += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    const kml = `<?xml version="1.0"?><!DOCTYPE kml [${entities}]><kml><Document><Placemark><name>&a9;</name><Point><coordinates>10,55</coordinates></Point></Placemark></Document></kml>`;
    const result = importKml(kml);
    // Expanded, the name would be 10⁹ × "ha"; unexpanded it is the reference as written.
    expect(result.ok && result.value.data.sites[0]?.name).toBe('&a9;');
  });
});
