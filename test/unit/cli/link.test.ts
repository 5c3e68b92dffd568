import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeGeoTiff } from '../core/terrain/make-geotiff';
import { runCli } from '../../helpers/cli';

const uma500 = ['link', '--model', 'UMa-NLOS', '--fc', '3.7', '--d2d', '500', '--hbs', '25', '--hut', '1.5'];

describe('frekvensplan link', () => {
  it('UMa-NLOS, 3.7 GHz, 500 m, 25 m / 1.5 m → 130.40 dB (reference-radio §2.8 row 11, ±0.05)', async () => {
    const { code, out } = await runCli([...uma500, '--json']);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(Math.abs(r.pathLossDb - 130.4)).toBeLessThanOrEqual(0.05);
    expect(r.d3dM).toBeCloseTo(500.55, 2);
    expect(r.shadowFadingStdDb).toBe(6);
    expect(r.warnings).toEqual([]);
  });

  it('prints pathLossDb as text', async () => {
    const { code, out } = await runCli(uma500);
    expect(code).toBe(0);
    expect(out).toContain('pathLossDb: 130.40');
  });

  it.each([
    ['RMa-LOS', '1000', '35', 105.94],
    ['UMi-NLOS', '200', '10', 115.74],
    ['UMa-LOS', '1000', '25', 109.46],
  ])('%s at %s m matches reference-radio §2.8', async (model, d2d, hbs, expected) => {
    const { out } = await runCli([
      'link',
      '--model',
      model,
      '--fc',
      '3.7',
      '--d2d',
      d2d,
      '--hbs',
      hbs,
      '--hut',
      '1.5',
      '--json',
    ]);
    expect(Math.abs(JSON.parse(out).pathLossDb - expected)).toBeLessThanOrEqual(0.05);
  });

  it.each([
    // TR 36.777 Annex B reference values (hand computations in test/unit/core/radio/aerial-umi-av.test.ts).
    ['UMi-AV-LOS', '500', '10', '100', 99.76],
    ['UMi-AV-NLOS', '500', '10', '100', 119.53],
    ['UMa-AV-NLOS', '1500', '25', '60', 132.88],
    ['RMa-AV-LOS', '3000', '35', '30', 117.66],
  ])('aerial model %s at d2D %s m, hBS %s m, hUT %s m → %s dB', async (model, d2d, hbs, hut, expected) => {
    const args = ['link', '--model', model, '--fc', '3.7', '--d2d', d2d, '--hbs', hbs, '--hut', hut, '--json'];
    const { code, out } = await runCli(args);
    expect(code).toBe(0);
    expect(Math.abs(JSON.parse(out).pathLossDb - expected)).toBeLessThanOrEqual(0.01);
  });

  it('warns when an aerial NLOS formula is used above its stated height', async () => {
    const args = ['link', '--model', 'UMa-AV-NLOS', '--fc', '3.7', '--d2d', '800', '--hbs', '25', '--hut', '150'];
    const { code, out } = await runCli([...args, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).warnings.join(' ')).toMatch(/above the 100 m the NLOS model is stated for/);
  });

  it('prints validity warnings in the CLI language and still exits 0', async () => {
    const args = ['link', '--model', 'umi-los', '--fc', '3.7', '--d2d', '100', '--hbs', '6', '--hut', '1.5'];
    const da = await runCli(args, 'da');
    expect(da.code).toBe(0);
    expect(da.out).toMatch(/advarsel: UMi.*modellen er udledt for/);
    const en = await runCli([...args, '--json']);
    expect(JSON.parse(en.out).warnings[0]).toMatch(/the model was derived for/);
  });

  it.each([
    [['link', '--fc', '3.7', '--d2d', '500', '--hbs', '25', '--hut', '1.5']],
    [['link', '--model', 'Hata', '--fc', '3.7', '--d2d', '500', '--hbs', '25', '--hut', '1.5']],
    [['link', '--model', 'FSPL', '--fc', 'abc', '--d2d', '500', '--hbs', '25', '--hut', '1.5']],
    [['link', '--model', 'FSPL', '--fc', '3.7', '--d2d', '-5', '--hbs', '25', '--hut', '1.5']],
    [['link', '--model', 'FSPL', '--fc', '3.7', '--hbs', '25', '--hut', '1.5']],
    [['link', '--model', 'FSPL', '--fc', '3.7', '--d2d', '500', '--hbs', '25', '--hut', '1.5', '--bogus']],
    [['link', '--model', 'FSPL', '--fc', '3.7', '--hbs', '25', '--hut', '1.5', '--terrain', 'x.tif', '--from', '1,2']],
    [
      [
        'link',
        '--model',
        'FSPL',
        '--fc',
        '3.7',
        '--hbs',
        '25',
        '--hut',
        '1.5',
        '--terrain',
        'x.tif',
        '--from',
        '1',
        '--to',
        '3,4',
      ],
    ],
  ])('exits 2 on a usage error: %j', async (args) => {
    const { code, err } = await runCli(args);
    expect(code).toBe(2);
    expect(err).toContain('frekvensplan link --model');
  });

  describe('with --terrain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frekvensplan-link-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    // 2 km × 1 km at 5 m, flat 10 m with a 40 m high wall at 1000 ≤ E − 600 000 < 1015.
    const width = 400;
    const height = 200;
    const values = Array.from({ length: width * height }, (_, i) => {
      const e = ((i % width) + 0.5) * 5;
      return e >= 1000 && e < 1015 ? 50 : 10;
    });
    const dem = join(dir, 'DTM_wall.tif');
    writeFileSync(dem, makeGeoTiff({ width, height, values, origin: [600_000, 6_201_000], pixelSize: 5 }));
    const base = ['link', '--model', 'UMa-NLOS', '--fc', '3.7', '--hbs', '25', '--hut', '1.5', '--terrain', dem];

    it('a clear path gets the LOS formula', async () => {
      const { code, out } = await runCli([...base, '--from', '600100,6200500', '--to', '600600,6200500', '--json']);
      expect(code).toBe(0);
      const r = JSON.parse(out);
      expect(r.d2dM).toBe(500);
      expect(r.terrain.lineOfSight).toBe(true);
      expect(r.terrain.diffractionLossDb).toBe(0);
      expect(r.pathLossDb).toBeCloseTo(98.75, 2);
      expect(r.modelPathLossDb).toBeCloseTo(130.4, 2);
    });

    it('behind the wall adds diffraction loss, capped at the NLOS median', async () => {
      const { code, out } = await runCli([
        ...base,
        '--from',
        '600600,6200500',
        '--to',
        '601100,6200500',
        '--method',
        'deygout',
        '--json',
      ]);
      expect(code).toBe(0);
      const r = JSON.parse(out);
      expect(r.terrain.lineOfSight).toBe(false);
      expect(r.terrain.edges.length).toBeGreaterThan(0);
      expect(r.terrain.diffractionLossDb).toBeGreaterThan(10);
      expect(r.pathLossDb).toBeCloseTo(
        Math.min(r.terrain.losPathLossDb + r.terrain.diffractionLossDb, r.terrain.nlosPathLossDb),
        1,
      );
    });

    it('prints the terrain summary as text in Danish', async () => {
      const { code, out } = await runCli([...base, '--from', '600600,6200500', '--to', '601100,6200500'], 'da');
      expect(code).toBe(0);
      expect(out).toContain('sigtelinje nej');
      expect(out).toContain('diffractionLossDb:');
    });

    it('exits 1 with a located problem when a point is outside the DEM or the file is no GeoTIFF', async () => {
      const outside = await runCli([...base, '--from', '600600,6200500', '--to', '603000,6200500']);
      expect(outside.code).toBe(1);
      expect(outside.err).toContain('DTM_wall.tif: to:');
      const bad = join(dir, 'bad.tif');
      writeFileSync(bad, 'not a tiff');
      const notTiff = await runCli([
        'link',
        '--model',
        'FSPL',
        '--fc',
        '3.7',
        '--hbs',
        '25',
        '--hut',
        '1.5',
        '--terrain',
        bad,
        '--from',
        '1,2',
        '--to',
        '3,4',
        '--json',
      ]);
      expect(notTiff.code).toBe(1);
      expect(JSON.parse(notTiff.out).problems[0].file).toBe('bad.tif');
    });
  });
});
