import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVrt } from '../../../../core/terrain';

const header = (gt = '600000, 0.4, 0, 6172000, 0, -0.4', srs = 'EPSG:25832') =>
  `<VRTDataset rasterXSize="5000" rasterYSize="2500">\n  <SRS>${srs}</SRS>\n  <GeoTransform>${gt}</GeoTransform>\n`;
const band = (inner: string) =>
  `  <VRTRasterBand dataType="Float32" band="1">\n${inner}  </VRTRasterBand>\n</VRTDataset>\n`;
const simple = (file: string, x: number) =>
  `    <SimpleSource>\n      <SourceFilename relativeToVRT="1">${file}</SourceFilename>\n      <SourceBand>1</SourceBand>\n      <SrcRect xOff="0" yOff="0" xSize="2500" ySize="2500" />\n      <DstRect xOff="${x}" yOff="0" xSize="2500" ySize="2500" />\n    </SimpleSource>\n`;

describe('parseVrt (gdalbuildvrt output)', () => {
  it('reads size, GeoTransform, SRS and the sources resolved against the VRT’s folder', () => {
    const r = parseVrt(
      header() + band(simple('DTM_1km_6171_600.tif', 0) + simple('../other/DTM_1km_6171_601.tif', 2500)),
      'dhm/DTM.vrt',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      width: 5000,
      height: 2500,
      crs: 'EPSG:25832',
      geoTransform: [600000, 0.4, 0, 6172000, 0, -0.4],
    });
    expect(r.value.sources.map((s) => s.path)).toEqual(['dhm/DTM_1km_6171_600.tif', 'other/DTM_1km_6171_601.tif']);
    expect(r.value.sources[1]).toMatchObject({
      srcRect: [0, 0, 2500, 2500],
      dstRect: [2500, 0, 2500, 2500],
      scale: 1,
      offset: 0,
      line: 11,
    });
  });

  it('accepts the WKT GDAL writes for ETRS89 / UTM zone 32N', () => {
    const wkt = 'PROJCS[&quot;ETRS89 / UTM zone 32N&quot;,GEOGCS[&quot;ETRS89&quot;],UNIT[&quot;metre&quot;,1]]';
    expect(parseVrt(header(undefined, wkt) + band(simple('a.tif', 0)), 'a.vrt').ok).toBe(true);
  });

  it.each([
    ['not XML', '<VRTDataset><oops></VRTDataset>', 'not valid XML', ''],
    ['no VRTDataset', '<Something/>', 'not a GDAL VRT', ''],
    [
      'a rotated raster',
      header('600000, 0.4, 0.1, 6172000, 0, -0.4') + band(simple('a.tif', 0)),
      'rotated',
      'VRTDataset/GeoTransform',
    ],
    ['another CRS', header(undefined, 'EPSG:3857') + band(simple('a.tif', 0)), 'not EPSG:25832', 'VRTDataset/SRS'],
    [
      'a resampling source',
      header() + band('    <KernelFilteredSource><SourceFilename>a.tif</SourceFilename></KernelFilteredSource>\n'),
      'not supported',
      'VRTRasterBand/KernelFilteredSource',
    ],
    ['no tiles', header() + band(''), 'lists no tiles', 'VRTRasterBand'],
    [
      'a source without file',
      header() + band('    <SimpleSource><SourceBand>1</SourceBand></SimpleSource>\n'),
      'SourceFilename',
      'VRTRasterBand/SimpleSource[1]',
    ],
  ])('refuses %s with a located, bilingual problem', (_name, text, message, path) => {
    const r = parseVrt(text, 'x.vrt');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.file).toBe('x.vrt');
    expect(r.problems[0]?.path).toBe(path);
    expect(r.problems[0]?.message.en).toContain(message);
    expect(r.problems[0]?.message.da.length).toBeGreaterThan(5);
  });

  it('never throws on random text (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(typeof parseVrt(text, 'r.vrt').ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const text = header(a) + band(simple(b, 0));
        expect(typeof parseVrt(text, 'r.vrt').ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
