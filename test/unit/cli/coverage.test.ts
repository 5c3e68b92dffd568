import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasOgrinfo, ogrFeatureCount } from '../../helpers/ogr';
import { runCli } from '../../helpers/cli';
import { makeGeoTiff } from '../core/terrain/make-geotiff';

const root = join(__dirname, '../../..');
const sample = join(root, 'data/samples/langeland.frekvensplan');
const dir = mkdtempSync(join(tmpdir(), 'frekvensplan-coverage-'));

function hasGdalinfo(): boolean {
  try {
    execFileSync('gdalinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('frekvensplan coverage', () => {
  it('prints statistics as JSON for the sample', async () => {
    const r = await runCli(['coverage', sample, '--resolution', '100', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ ok: true, area: { id: 'aoi-sydlangeland', source: 'interest' }, cells: 6 });
    expect(j.coverage.rsrp.map((s: { threshold: number }) => s.threshold)).toEqual([-100, -110]);
    expect(j.coverage.rsrp[1].share).toBeGreaterThan(0);
    expect(j.servedByCell).toHaveLength(6);
    expect(j.sitesNotCovered.map((s: { siteId: string }) => s.siteId)).toContain('havn-lohals');
    expect(j.corridors[0]).toMatchObject({ corridorId: 'drone-rudkobing-bagenkop', altitudeM: 100 });
    expect(j.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('prints a readable summary in Danish', async () => {
    const r = await runCli(['coverage', sample, '--resolution', '200', '--load', '0.5'], 'da');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Sites uden dækning');
  });

  it.runIf(hasOgrinfo())('writes contour and gap polygons that GDAL reads', async () => {
    const out = join(dir, 'cov.geojson');
    const r = await runCli(['coverage', sample, '--resolution', '100', '--out', out]);
    expect(r.code).toBe(0);
    expect(ogrFeatureCount('cov.geojson', readFileSync(out, 'utf8'))).toBe(3);
  });

  it.runIf(hasGdalinfo())('writes an RSRP GeoTIFF whose CRS and geotransform GDAL reads back', async () => {
    const out = join(dir, 'rsrp.tif');
    const r = await runCli(['coverage', sample, '--resolution', '100', '--out', out, '--json']);
    expect(r.code).toBe(0);
    const grid = JSON.parse(r.out).grid;
    const info = JSON.parse(execFileSync('gdalinfo', ['-json', out], { encoding: 'utf8' }));
    expect(info.size).toEqual([grid.width, grid.height]);
    expect(info.geoTransform).toEqual([grid.originE, 100, 0, grid.originN, 0, -100]);
    expect(JSON.stringify(info.coordinateSystem)).toMatch(/25832|UTM zone 32N/);
    expect(info.bands[0]).toMatchObject({ type: 'Float32', noDataValue: -9999 });
  });

  it('exits 2 on bad options and 1 for an unknown area', async () => {
    expect((await runCli(['coverage', sample, '--load', '2'])).code).toBe(2);
    expect((await runCli(['coverage', sample, '--out', join(dir, 'x.png')])).code).toBe(2);
    expect((await runCli(['coverage', sample, '--area', 'nope'])).code).toBe(1);
  });
});

describe('frekvensplan coverage --indoor', () => {
  it('covers less of the area for receivers behind a low-loss wall', async () => {
    const outdoor = JSON.parse((await runCli(['coverage', sample, '--resolution', '100', '--json'])).out);
    const indoor = JSON.parse(
      (await runCli(['coverage', sample, '--resolution', '100', '--indoor', 'low', '--json'])).out,
    );
    expect(indoor.coverage.rsrp[0].share).toBeLessThan(outdoor.coverage.rsrp[0].share);
    expect((await runCli(['coverage', sample, '--indoor', 'basement'])).code).toBe(2);
  });

  it('refuses the high-loss wall for the RMa sites of the sample (TR 38.901: low-loss only for RMa), exit 1', async () => {
    const r = await runCli(['coverage', sample, '--resolution', '100', '--indoor', 'high', '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.ok).toBe(false);
    expect(j.problems.map((p: { path: string }) => p.path)).toContain('sites[6].environment');
    expect(j.problems[0].message.en).toMatch(/only the low-loss model for RMa/);
    const da = await runCli(['coverage', sample, '--indoor', 'high'], 'da');
    expect(da.err).toMatch(/kun lavtabsmodellen/);
  });
});

describe('frekvensplan coverage: carriers and noise figure', () => {
  it("reports the cells' real carriers and the noise figure with its source", async () => {
    const j = JSON.parse((await runCli(['coverage', sample, '--resolution', '200', '--json'])).out);
    expect(j.carriers).toEqual([
      {
        frequencyMHz: 3700,
        bandwidthMHz: 60,
        cellIds: expect.arrayContaining(['brand-rudkobing-a', 'skole-humble-a']) as unknown,
      },
    ]);
    expect(j.options.frequencyMHz).toBe(3700);
    expect(j.noiseFigure).toMatchObject({ valueDb: 7, isDefault: true });
    expect(j.noiseFigure.source).toMatch(/not verified/);
  });

  it('reports a cell moved to 3450 MHz, and no single frequency when carriers differ', async () => {
    const project = JSON.parse(readFileSync(sample, 'utf8'));
    project.sites[0].cells[0].frequencyMHz = 3450;
    const file = join(dir, 'two-carriers.frekvensplan');
    writeFileSync(file, JSON.stringify(project));
    const j = JSON.parse((await runCli(['coverage', file, '--resolution', '200', '--json'])).out);
    expect(j.options.frequencyMHz).toBeNull();
    expect(j.carriers.map((c: { frequencyMHz: number }) => c.frequencyMHz)).toEqual([3450, 3700]);
  });

  it('uses --noise-figure for the noise per RE: 2 dB more noise lowers the SNR-limited SINR share', async () => {
    const base = JSON.parse((await runCli(['coverage', sample, '--resolution', '200', '--json'])).out);
    const noisy = JSON.parse(
      (await runCli(['coverage', sample, '--resolution', '200', '--noise-figure', '9', '--json'])).out,
    );
    // Noise per 30 kHz RE: −174 + 10·log10(30 000) + NF = −129.23 + NF dBm.
    expect(base.options.noiseDbm).toBeCloseTo(-122.23, 2);
    expect(noisy.options.noiseDbm).toBeCloseTo(-120.23, 2);
    expect(noisy.noiseFigure).toMatchObject({ valueDb: 9, isDefault: false });
    expect(noisy.coverage.sinr[0].share).toBeLessThanOrEqual(base.coverage.sinr[0].share);
    expect((await runCli(['coverage', sample, '--noise-figure', '40'])).code).toBe(2);
  });
});

describe('frekvensplan coverage --terrain', () => {
  // DHM-like tiles: 5 km × 5 km at 50 m, over the sample (E 595–625 km, N 6 060–6 115 km), named DTM_*.
  const tiles = join(dir, 'DHM_Terraen');
  mkdirSync(tiles, { recursive: true });
  for (let e0 = 595_000; e0 < 625_000; e0 += 5000)
    for (let n0 = 6_065_000; n0 <= 6_115_000; n0 += 5000)
      writeFileSync(
        join(tiles, `DTM_5km_${n0 / 1000}_${e0 / 1000}.tif`),
        makeGeoTiff({
          width: 100,
          height: 100,
          values: new Array<number>(10_000).fill(3),
          origin: [e0, n0],
          pixelSize: 50,
        }),
      );
  const far = join(dir, 'DTM_far');
  mkdirSync(far, { recursive: true });
  writeFileSync(
    join(far, 'DTM_far.tif'),
    makeGeoTiff({
      width: 50,
      height: 50,
      values: new Array<number>(2500).fill(90),
      origin: [700_000, 6_200_000],
      pixelSize: 20,
    }),
  );

  it('a flat DTM folder: the same covered share as without, the JSON says DTM, files and the covered share', async () => {
    const plain = JSON.parse((await runCli(['coverage', sample, '--resolution', '100', '--json'])).out);
    const r = await runCli(['coverage', sample, '--resolution', '100', '--terrain', tiles, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(''); // no progress lines with --json
    const j = JSON.parse(r.out);
    // Tiles outside the area and the cells are skipped after their header: 18 of the 66 are read.
    expect(j.terrain).toMatchObject({ kind: 'DTM', files: 18, skippedFiles: 48, coveredShare: 1, resolutionM: 100 });
    expect(Math.abs(j.coverage.rsrp[1].share - plain.coverage.rsrp[1].share)).toBeLessThan(0.01);
    expect(j.coverage.rsrp[1].share).toBe(plain.coverage.rsrp[1].share);
    expect(j.sites).toEqual(plain.sites);
  });

  it('a tile far away changes nothing and the area counts as without elevation data', async () => {
    const plain = JSON.parse((await runCli(['coverage', sample, '--resolution', '100', '--json'])).out);
    const j = JSON.parse((await runCli(['coverage', sample, '--resolution', '100', '--terrain', far, '--json'])).out);
    expect(j.terrain).toMatchObject({ kind: null, coveredShare: 0, files: 0, skippedFiles: 0 });
    expect(j.terrain.warnings.join(' ')).toMatch(/None of the 1 DTM tiles lies in the area/);
    expect(j.coverage).toEqual(plain.coverage);
  });

  it('prints progress on stderr and the terrain line in Danish', async () => {
    const r = await runCli(['coverage', sample, '--resolution', '200', '--terrain', tiles], 'da');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Læser højdemodel: \d+\/\d+ fliser \(\d+ %\)/);
    expect(r.err).toContain('(100 %)');
    expect(r.out).toContain('Terrænmodel: DTM, 18 filer (48 uden for området), 200 m, 100,0 % af området dækket');
  });

  it('exits 1 with the located problem when a tile is damaged, and 2 on a bad --terrain-kind', async () => {
    const bad = join(dir, 'DTM_bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'DTM_1.tif'), 'not a tiff at all');
    const r = await runCli(['coverage', sample, '--terrain', bad, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).problems[0].file).toBe('DTM_1.tif');
    expect((await runCli(['coverage', sample, '--terrain', tiles, '--terrain-kind', 'lidar'])).code).toBe(2);
  });
});
