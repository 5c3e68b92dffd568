import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

    it('a DTM never makes a path LOS: a clear path keeps the chosen model (UMa-NLOS 130.40 dB)', async () => {
      const { code, out } = await runCli([...base, '--from', '600100,6200500', '--to', '600600,6200500', '--json']);
      expect(code).toBe(0);
      const r = JSON.parse(out);
      expect(r.d2dM).toBe(500);
      expect(r.terrain).toMatchObject({ kind: 'DTM', rule: 'DTM', files: 1, lineOfSight: true, terrainLossDb: 0 });
      expect(r.pathLossDb).toBeCloseTo(130.4, 2);
      expect(r.modelPathLossDb).toBeCloseTo(130.4, 2);
    });

    it('a DSM decides LOS: the same clear path gets the LOS formula (98.75 dB)', async () => {
      const { code, out } = await runCli([
        ...base,
        '--terrain-kind',
        'dsm',
        '--from',
        '600100,6200500',
        '--to',
        '600600,6200500',
        '--json',
      ]);
      expect(code).toBe(0);
      const r = JSON.parse(out);
      expect(r.terrain).toMatchObject({ kind: 'DSM', rule: 'DSM' });
      expect(r.pathLossDb).toBeCloseTo(98.75, 2);
    });

    it('behind the wall: DTM adds the excess to the model; DSM adds diffraction to LOS up to the NLOS median', async () => {
      const behind = ['--from', '600600,6200500', '--to', '601100,6200500', '--json'];
      const dtm = JSON.parse((await runCli([...base, ...behind, '--method', 'deygout'])).out);
      expect(dtm.terrain.lineOfSight).toBe(false);
      expect(dtm.terrain.edges.length).toBeGreaterThan(0);
      expect(dtm.terrain.diffractionLossDb).toBeGreaterThan(10);
      expect(dtm.pathLossDb).toBeCloseTo(dtm.terrain.nlosPathLossDb + dtm.terrain.terrainLossDb, 1);
      const dsm = JSON.parse((await runCli([...base, '--terrain-kind', 'dsm', ...behind])).out);
      expect(dsm.pathLossDb).toBeCloseTo(
        Math.min(dsm.terrain.losPathLossDb + dsm.terrain.diffractionLossDb, dsm.terrain.nlosPathLossDb),
        1,
      );
    });

    it('UMa-NLOS over a flat DTM returns the model’s 169.5 dB at 5 km, not the LOS value', async () => {
      const flat = join(dir, 'DTM_flat.tif');
      writeFileSync(
        flat,
        makeGeoTiff({
          width: 1300,
          height: 20,
          values: new Array<number>(26_000).fill(3),
          origin: [600_000, 6_200_100],
          pixelSize: 5,
        }),
      );
      const { code, out } = await runCli([
        'link',
        '--model',
        'UMa-NLOS',
        '--fc',
        '3.7',
        '--hbs',
        '25',
        '--hut',
        '1.5',
        '--terrain',
        flat,
        '--from',
        '600100,6200050',
        '--to',
        '605100,6200050',
        '--json',
      ]);
      expect(code).toBe(0);
      const r = JSON.parse(out);
      // 13.54 + 39.08·log10(5000.06) + 20·log10(3.7) − 0.6·(1.5 − 1.5) = 169.46 dB (TR 38.901 Table 7.4.1-1).
      expect(r.pathLossDb).toBeCloseTo(169.46, 1);
      expect(r.terrain.terrainLossDb).toBe(0);
    });

    it('reads a folder of tiles and a VRT, only the tiles along the path', async () => {
      const tiles = join(dir, 'DHM_Terraen');
      mkdirSync(tiles);
      // Two 1 km tiles side by side, flat 10 m, the wall in the second.
      for (const [i, e0] of [
        [0, 600_000],
        [1, 601_000],
      ] as const) {
        const values = Array.from({ length: 200 * 200 }, (_, k) => {
          const e = e0 + ((k % 200) + 0.5) * 5;
          return e >= 601_000 && e < 601_015 ? 50 : 10;
        });
        writeFileSync(
          join(tiles, `DTM_1km_6201_60${i}.tif`),
          makeGeoTiff({ width: 200, height: 200, values, origin: [e0, 6_201_000], pixelSize: 5 }),
        );
      }
      const path = ['--from', '600600,6200500', '--to', '601500,6200500', '--json'];
      const folder = JSON.parse((await runCli([...base.slice(0, -2), '--terrain', tiles, ...path])).out);
      expect(folder.terrain).toMatchObject({ kind: 'DTM', files: 2, lineOfSight: false });
      writeFileSync(
        join(tiles, 'DTM.vrt'),
        `<VRTDataset rasterXSize="400" rasterYSize="200"><SRS>EPSG:25832</SRS><GeoTransform>600000, 5, 0, 6201000, 0, -5</GeoTransform><VRTRasterBand dataType="Float32" band="1">
<SimpleSource><SourceFilename relativeToVRT="1">DTM_1km_6201_600.tif</SourceFilename><SrcRect xOff="0" yOff="0" xSize="200" ySize="200"/><DstRect xOff="0" yOff="0" xSize="200" ySize="200"/></SimpleSource>
<SimpleSource><SourceFilename relativeToVRT="1">DTM_1km_6201_601.tif</SourceFilename><SrcRect xOff="0" yOff="0" xSize="200" ySize="200"/><DstRect xOff="200" yOff="0" xSize="200" ySize="200"/></SimpleSource>
</VRTRasterBand></VRTDataset>`,
      );
      const vrt = JSON.parse((await runCli([...base.slice(0, -2), '--terrain', join(tiles, 'DTM.vrt'), ...path])).out);
      expect(vrt.pathLossDb).toBeCloseTo(folder.pathLossDb, 6);
      expect(vrt.terrain.diffractionLossDb).toBeCloseTo(folder.terrain.diffractionLossDb, 6);
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
