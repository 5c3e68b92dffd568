import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const link = (terrain: string) => [
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
  terrain,
  '--from',
  '600600,6200500',
  '--to',
  '601500,6200500',
  '--json',
];

// Opening a FIFO without a writer blocks for ever; before the fix `link --terrain <fifo>` never returned (H5).
describe.skipIf(process.platform === 'win32')('--terrain refuses what is not a regular file', () => {
  it('a named pipe given as --terrain: exit 1 naming the path, without opening it', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'DTM.tif');
    execFileSync('mkfifo', [fifo]);
    const { code, out } = await runCli(link(fifo));
    expect(code).toBe(1);
    const problem = JSON.parse(out).problems[0];
    expect(problem.file).toBe(fifo);
    expect(problem.message.en).toContain('is not a regular file');
  });

  it('a named pipe a VRT lists as a tile: a located problem, no hang', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'DTM_1km_6201_600.tif')]);
    const vrt = join(dir, 'DTM.vrt');
    await writeFile(
      vrt,
      `<VRTDataset rasterXSize="200" rasterYSize="200"><SRS>EPSG:25832</SRS><GeoTransform>600000, 5, 0, 6201000, 0, -5</GeoTransform><VRTRasterBand dataType="Float32" band="1">
<SimpleSource><SourceFilename relativeToVRT="1">DTM_1km_6201_600.tif</SourceFilename><SrcRect xOff="0" yOff="0" xSize="200" ySize="200"/><DstRect xOff="0" yOff="0" xSize="200" ySize="200"/></SimpleSource>
</VRTRasterBand></VRTDataset>`,
    );
    const { code, out } = await runCli(link(vrt));
    expect(code).toBe(1);
    const problem = JSON.parse(out).problems[0];
    expect(problem.file).toBe('DTM_1km_6201_600.tif');
    expect(problem.message.en).toContain('too short to be a GeoTIFF');
  });
});
