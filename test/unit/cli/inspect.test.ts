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
  });
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
