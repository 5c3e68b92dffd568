import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { CliIo } from '../../../cli/io';

const root = join(__dirname, '../../..');
const sample = join(root, 'data/samples/langeland.frekvensplan');
const fixtures = join(root, 'test/fixtures/projects');

function capture(lang: 'da' | 'en' = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), lang };
  return { io, out, err };
}

describe('frekvensplan inspect', () => {
  it('reports the sample project as valid, with JSON on stdout', async () => {
    const { io, out } = capture();
    const code = await main(['inspect', sample, '--json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report.valid).toBe(true);
    expect(report.summary.sites).toBe(9);
    expect(report.summary.isSample).toBe(true);
    expect(report.summary.bboxWgs84[0]).toBeGreaterThan(10.6);
  });

  it('prints a human summary in Danish', async () => {
    const { io, out } = capture('da');
    expect(await main(['inspect', sample], io)).toBe(0);
    expect(out.join('')).toContain('gyldigt Frekvensplan-projekt');
    expect(out.join('')).toContain('[eksempeldata]');
  });

  it('exits 1 with located problems for an invalid project', async () => {
    const { io, out } = capture();
    const code = await main(['inspect', join(fixtures, 'bad-site.frekvensplan'), '--json'], io);
    expect(code).toBe(1);
    const report = JSON.parse(out.join(''));
    expect(report.valid).toBe(false);
    expect(report.problems.map((p: { path: string }) => p.path)).toContain('sites[1].lat');
  });

  it('exits 1 with a clear message for a missing file', async () => {
    const { io, err } = capture();
    expect(await main(['inspect', join(fixtures, 'does-not-exist.frekvensplan')], io)).toBe(1);
    expect(err.join('')).toMatch(/does-not-exist/);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      [],
      ['inspect'],
      ['nonsense'],
      ['inspect', sample, '--bogus'],
      ['inspect', sample, '--lang', 'fr'],
    ]) {
      const { io } = capture();
      expect(await main(args, io), args.join(' ')).toBe(2);
    }
  });

  it('works as the installed bin (npx frekvensplan) with exit codes', () => {
    const bin = join(root, 'cli/bin/frekvensplan.mjs');
    const help = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help).toContain('inspect');
    const bad = spawnSync(
      process.execPath,
      [bin, 'inspect', join(fixtures, 'truncated.frekvensplan'), '--lang', 'en'],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('not valid JSON');
    const usage = spawnSync(process.execPath, [bin, 'frobnicate'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    // Three Node processes plus a parser child each: generous on a busy 2-core machine.
  }, 180_000);
});

describe('frekvensplan inspect on GIS files', () => {
  const io = join(root, 'test/fixtures/io');

  it('reports a GeoJSON file: format, CRS, counts by geometry, bbox', async () => {
    const { io: cio, out } = capture();
    expect(await main(['inspect', join(io, 'sites-aero.geojson'), '--json'], cio)).toBe(0);
    const r = JSON.parse(out.join(''));
    expect(r).toMatchObject({
      valid: true,
      kind: 'gis',
      format: 'geojson',
      crs: 'EPSG:4326',
      byGeometry: { Point: 2, LineString: 1, Polygon: 1 },
      sites: 2,
    });
    expect(r.bboxWgs84).toHaveLength(4);
  });

  it('reads the legacy EPSG:25832 crs', async () => {
    const { io: cio, out } = capture();
    await main(['inspect', join(io, 'utm32-area.geojson'), '--json'], cio);
    expect(JSON.parse(out.join('')).crs).toBe('EPSG:25832');
  });

  it('exits 1 with the located problem for a file that cannot be imported', async () => {
    const { io: cio, err } = capture();
    expect(await main(['inspect', join(io, 'bowtie.geojson')], cio)).toBe(1);
    expect(err.join('')).toContain('intersects itself');
  });

  it('summarises the sample exported as KML and CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frekvensplan-inspect-'));
    for (const format of ['kml', 'csv']) {
      const file = join(dir, `plan.${format}`);
      await main(['export', sample, '--format', format, '--out', file], capture().io);
      const { io: cio, out } = capture();
      expect(await main(['inspect', file], cio)).toBe(0);
      expect(out.join('')).toContain(format === 'kml' ? 'KML, EPSG:4326' : 'CSV, EPSG:4326, 9 features');
    }
  });
});

describe('frekvensplan inspect on GeoTIFF elevation models', () => {
  const tif = join(root, 'test/fixtures/terrain/DTM_gdal_lzw_tiled.tif');

  it('reports CRS, size, resolution and heights of a DHM-style tile', async () => {
    const { io: cio, out } = capture();
    expect(await main(['inspect', tif, '--json'], cio)).toBe(0);
    const r = JSON.parse(out.join(''));
    expect(r).toMatchObject({
      valid: true,
      kind: 'terrain',
      format: 'geotiff',
      crs: 'EPSG:25832',
      width: 64,
      height: 48,
      pixelSize: 0.4,
    });
    expect(r.minHeightM).toBeLessThan(r.maxHeightM);
  });

  it('exits 1 for a file that is not a GeoTIFF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frekvensplan-tif-'));
    const bad = join(dir, 'broken.tif');
    writeFileSync(bad, 'not a tiff');
    const { io: cio, err } = capture();
    expect(await main(['inspect', bad], cio)).toBe(1);
    expect(err.join('')).toContain('broken.tif');
  });
});

describe('frekvensplan inspect on hostile files (issue 11)', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'frekvensplan-hostile-'));

  it('reports the 1e300 EPSG:25832 file as invalid with the located problem, not valid with a null bbox (D1)', async () => {
    const file = join(dir(), 'huge.geojson');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'EPSG:25832' } },
        features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1e300, 1e300] } }],
      }),
    );
    const { io: cio, out } = capture();
    expect(await main(['inspect', file, '--json'], cio)).toBe(1);
    const r = JSON.parse(out.join(''));
    expect(r.valid).toBe(false);
    expect(r.problems[0]).toMatchObject({ path: 'features[0].geometry.coordinates', file: 'huge.geojson' });
  });

  it('lists the CSV rows an import would skip and exits 1', async () => {
    const file = join(dir(), 'sites.csv');
    writeFileSync(file, 'navn;lat;lon;højde\nGod;55,1;10,7;30\nHøj;55,1;10,7;1000000000\n');
    const { io: cio, out } = capture();
    expect(await main(['inspect', file, '--json'], cio)).toBe(1);
    const r = JSON.parse(out.join(''));
    expect(r).toMatchObject({
      valid: false,
      sites: 1,
      skippedRows: [{ line: 3, cells: ['Høj', '55,1', '10,7', '1000000000'] }],
    });
    expect(r.problems[0]).toMatchObject({ line: 3, path: 'højde' });
  });

  it('reads the corrupt LZW GeoTIFF that aborted the process (C1) as a problem', async () => {
    const { io: cio, err } = capture();
    expect(await main(['inspect', join(root, 'test/fuzz/fixtures/corrupt-lzw.tif')], cio)).toBe(1);
    expect(err.join('')).toContain('invalid LZW code');
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO at once instead of hanging (H5)', async () => {
    const fifo = join(dir(), 'pipe.geojson');
    execFileSync('mkfifo', [fifo]);
    const { io: cio, err } = capture();
    expect(await main(['inspect', fifo], cio)).toBe(1);
    expect(err.join('')).toContain('is not a regular file');
  });
});
