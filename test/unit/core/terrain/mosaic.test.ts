import { describe, expect, it } from 'vitest';
import {
  bytesSource,
  demHeightAt,
  demValue,
  kindFromPath,
  loadElevationModels,
  type ByteSource,
  type Dem,
  type ElevationFileSet,
  type LoadProgress,
} from '../../../../core/terrain';
import { makeGeoTiff } from './make-geotiff';

// A plane over EPSG:25832: z = 10 + 0.01·(e − 600 000) + 0.02·(n − 6 100 000).
const plane = (e: number, n: number) => 10 + 0.01 * (e - 600_000) + 0.02 * (n - 6_100_000);

/** A 500 m tile of 50 × 50 px at 10 m whose north-west corner is (e0, n0), heights from `height`. */
function tile(e0: number, n0: number, height: (e: number, n: number) => number = plane): Uint8Array {
  const values: number[] = [];
  for (let r = 0; r < 50; r++)
    for (let c = 0; c < 50; c++) values.push(height(e0 + (c + 0.5) * 10, n0 - (r + 0.5) * 10));
  return makeGeoTiff({ width: 50, height: 50, values, origin: [e0, n0], pixelSize: 10 });
}

/** An in-memory file set that counts the bytes read per file. */
function files(entries: Record<string, Uint8Array | string>): ElevationFileSet & { bytesRead: Map<string, number> } {
  const bytesRead = new Map<string, number>();
  return {
    paths: Object.keys(entries),
    bytesRead,
    open: (path) => {
      const content = entries[path];
      if (content === undefined) return Promise.resolve(null);
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      const inner = bytesSource(bytes);
      const source: ByteSource = {
        size: inner.size,
        read: async (offset, length) => {
          const out = await inner.read(offset, length);
          bytesRead.set(path, (bytesRead.get(path) ?? 0) + out.length);
          return out;
        },
      };
      return Promise.resolve(source);
    },
  };
}

// Four tiles in a 2 × 2 block from (600 000, 6 101 000) to (601 000, 6 100 000).
const four = {
  'DTM_1km/DTM_a.tif': tile(600_000, 6_101_000),
  'DTM_1km/DTM_b.tif': tile(600_500, 6_101_000),
  'DTM_1km/DTM_c.tif': tile(600_000, 6_100_500),
  'DTM_1km/DTM_d.tif': tile(600_500, 6_100_500),
};

function everyPixel(dem: Dem, check: (value: number, e: number, n: number) => void): void {
  const { originX, originY, pixelSizeX: res, width, height } = dem.grid;
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) check(demValue(dem, c, r), originX + (c + 0.5) * res, originY - (r + 0.5) * res);
}

describe('loadElevationModels: a folder of tiles is one mosaic', () => {
  it('joins four tiles without a gap at the seams (every pixel has the plane’s height)', async () => {
    const r = await loadElevationModels(files(four));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const dem = r.value.models.dtm as Dem;
    expect(r.value.models.dsm).toBeNull();
    expect(dem.grid).toMatchObject({ originX: 600_000, originY: 6_101_000, pixelSizeX: 10, width: 100, height: 100 });
    expect(dem.validPixels).toBe(100 * 100);
    expect(dem.files).toBe(4);
    everyPixel(dem, (v, e, n) => expect(v).toBeCloseTo(plane(e, n), 3));
    expect(r.value.summaries[0]).toMatchObject({ kind: 'DTM', detectedKind: 'DTM', files: 4, skipped: 0 });
  });

  it('leaves no gap at the seams when the working resolution does not divide the tiles (30 m over 500 m tiles)', async () => {
    const r = await loadElevationModels(files(four), { resolutionM: 30 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const dem = r.value.models.dtm as Dem;
    expect(dem.grid.pixelSizeX).toBe(30);
    expect(dem.downsampleFactor).toBe(3);
    // 1000 m / 30 m → 34 pixels per side; the last row and column are only partly covered, never empty.
    expect(dem.grid.width).toBe(34);
    let nan = 0;
    everyPixel(dem, (v, e, n) => {
      if (Number.isNaN(v)) nan++;
      // Pixels straddling a seam average source pixels of both tiles: on a plane, the plane at their centre.
      else if (e < 600_990 && n > 6_100_010) expect(v).toBeCloseTo(plane(e, n), 3);
    });
    expect(nan).toBe(0);
    // The seam at E 600 500 lies inside lattice column 16 (600 480–600 510); row 10 spans N 6 100 670–6 100 700.
    expect(demHeightAt(dem, 600_495, 6_100_690)).toBeCloseTo(plane(600_495, 6_100_685), 3);
  });

  it('reads a tile far from the area of interest only for its header and leaves the result unchanged', async () => {
    const big: number[] = new Array<number>(300 * 300).fill(999);
    const farTile = makeGeoTiff({ width: 300, height: 300, values: big, origin: [640_000, 6_150_000], pixelSize: 10 });
    const far = { ...four, 'DTM_1km/DTM_far.tif': farTile };
    const set = files(far);
    const roi = [600_000, 6_100_000, 601_000, 6_101_000] as const;
    const r = await loadElevationModels(set, { roi });
    const plain = await loadElevationModels(files(four), { roi });
    expect(r.ok && plain.ok).toBe(true);
    if (!r.ok || !plain.ok) return;
    expect(r.value.summaries[0]).toMatchObject({ files: 4, skipped: 1 });
    const a = r.value.models.dtm as Dem;
    const b = plain.value.models.dtm as Dem;
    expect(a.grid).toEqual(b.grid);
    everyPixel(a, (v, e, n) => expect(v).toBe(demHeightAt(b, e, n)));
    // The far tile's pixels were never read: far fewer bytes than the file holds.
    expect(set.bytesRead.get('DTM_1km/DTM_far.tif')).toBeLessThan(far['DTM_1km/DTM_far.tif'].length);
  });

  it('keeps tiles far apart in a sparse model: memory only where the tiles are', async () => {
    const r = await loadElevationModels(files({ ...four, 'DTM_far.tif': tile(640_000, 6_150_000, () => 999) }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const dem = r.value.models.dtm as Dem;
    // 40 × 50 km at 10 m would be 20 million pixels; the blocks holding data are a few.
    expect(dem.grid.width * dem.grid.height).toBeGreaterThan(19_000_000);
    expect(dem.blocks.filter((b) => b !== null).length).toBeLessThanOrEqual(8);
    expect(demHeightAt(dem, 640_100, 6_149_900)).toBe(999);
    expect(demHeightAt(dem, 620_000, 6_120_000)).toBeNaN();
  });

  it('reports progress up to the total and stops when cancelled', async () => {
    const seen: LoadProgress[] = [];
    const r = await loadElevationModels(files(four), { onProgress: (p) => seen.push(p) });
    expect(r.ok).toBe(true);
    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading.length).toBeGreaterThanOrEqual(4);
    expect(reading.at(-1)).toMatchObject({ done: 4, total: 4 });
    for (let i = 1; i < reading.length; i++) expect(reading[i]!.done).toBeGreaterThanOrEqual(reading[i - 1]!.done);
    let calls = 0;
    const cancelled = await loadElevationModels(files(four), { shouldCancel: () => ++calls > 3 });
    expect(cancelled.ok).toBe(false);
    expect(!cancelled.ok && cancelled.cancelled).toBe(true);
  });

  it('makes a DTM + DSM pair from one folder by the names, the DSM by the maximum of its pixels', async () => {
    // A DSM tile with a one-pixel 30 m mast at (600 255, 6 100 745) on a 10 m plateau.
    const dsm = tile(600_000, 6_101_000, (e, n) =>
      Math.abs(e - 600_255) < 5 && Math.abs(n - 6_100_745) < 5 ? 30 : 10,
    );
    const r = await loadElevationModels(files({ 'DTM_a.tif': tile(600_000, 6_101_000), 'DSM_a.tif': dsm }), {
      resolutionM: 50,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.models.dtm?.kind).toBe('DTM');
    expect(r.value.models.dsm?.kind).toBe('DSM');
    // At 50 m the mast's pixel keeps 30 m in the DSM (maximum), the DTM is the mean of the plane.
    expect(demHeightAt(r.value.models.dsm as Dem, 600_255, 6_100_745)).toBe(30);
    expect(demHeightAt(r.value.models.dtm as Dem, 600_225, 6_100_775)).toBeCloseTo(plane(600_225, 6_100_775), 3);
  });

  it('uses unnamed files as a DTM with a warning, and the user’s kind over the names', async () => {
    const r = await loadElevationModels(files({ 'a.tif': tile(600_000, 6_101_000) }));
    expect(r.ok && r.value.models.dtm?.kind).toBe('unknown');
    expect(r.ok && r.warnings.some((w) => w.message.en.includes('used as terrain (DTM)'))).toBe(true);
    const forced = await loadElevationModels(files({ 'DTM_a.tif': tile(600_000, 6_101_000) }), { kind: 'DSM' });
    expect(forced.ok && forced.value.models.dsm?.kind).toBe('DSM');
    expect(forced.ok && forced.value.models.dtm).toBeNull();
  });

  it('refuses the whole load, located per file, when any tile is unusable', async () => {
    const r = await loadElevationModels(
      files({ ...four, 'DTM_1km/broken.tif': new Uint8Array([73, 73, 42, 0, 8, 0, 0, 0, 1, 2, 3]) }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.file).toBe('DTM_1km/broken.tif');
    const none = await loadElevationModels(files({ 'notes.txt': 'x' }));
    expect(!none.ok && none.problems[0]?.message.en).toContain('No .tif/.tiff/.vrt');
  });
});

const vrt = (sources: string, extra = '') => `<VRTDataset rasterXSize="100" rasterYSize="100">
  <SRS dataAxisToSRSAxisMapping="1,2">PROJCS["ETRS89 / UTM zone 32N",AUTHORITY["EPSG","25832"]]</SRS>
  <GeoTransform>  6.0000000000000000e+05,  1.0000000000000000e+01,  0.0000000000000000e+00,  6.1010000000000000e+06,  0.0000000000000000e+00, -1.0000000000000000e+01</GeoTransform>
  <VRTRasterBand dataType="Float32" band="1">
    <NoDataValue>-9999</NoDataValue>${extra}
${sources}
  </VRTRasterBand>
</VRTDataset>`;
const source = (file: string, x: number, y: number, kind = 'ComplexSource') => `    <${kind}>
      <SourceFilename relativeToVRT="1">${file}</SourceFilename>
      <SourceBand>1</SourceBand>
      <SrcRect xOff="0" yOff="0" xSize="50" ySize="50" />
      <DstRect xOff="${x}" yOff="${y}" xSize="50" ySize="50" />
      <NODATA>-9999</NODATA>
    </${kind}>`;

describe('loadElevationModels: a GDAL VRT', () => {
  const sources = [
    source('tiles/DTM_a.tif', 0, 0),
    source('tiles/DTM_b.tif', 50, 0),
    source('tiles/DTM_c.tif', 0, 50),
    source('tiles/DTM_d.tif', 50, 50, 'SimpleSource'),
  ].join('\n');
  const tiles = {
    'dhm/tiles/DTM_a.tif': four['DTM_1km/DTM_a.tif'],
    'dhm/tiles/DTM_b.tif': four['DTM_1km/DTM_b.tif'],
    'dhm/tiles/DTM_c.tif': four['DTM_1km/DTM_c.tif'],
    'dhm/tiles/DTM_d.tif': four['DTM_1km/DTM_d.tif'],
  };

  it('places the tiles by the VRT and gives the same mosaic as the folder', async () => {
    const r = await loadElevationModels(files({ 'dhm/DTM.vrt': vrt(sources), ...tiles }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const dem = r.value.models.dtm as Dem;
    expect(dem.grid).toMatchObject({ originX: 600_000, originY: 6_101_000, width: 100, height: 100 });
    expect(dem.validPixels).toBe(10_000);
    everyPixel(dem, (v, e, n) => expect(v).toBeCloseTo(plane(e, n), 3));
  });

  it('follows DstRect over the tile’s own georeferencing (GDAL’s rule)', async () => {
    // Tile a's pixels placed where tile d belongs: its heights appear in the south-east quarter.
    const swapped = source('tiles/DTM_a.tif', 50, 50);
    const r = await loadElevationModels(files({ 'dhm/DTM.vrt': vrt(swapped), ...tiles }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const dem = r.value.models.dtm as Dem;
    expect(demHeightAt(dem, 600_505, 6_100_495)).toBeCloseTo(plane(600_005, 6_100_995), 3);
    expect(demHeightAt(dem, 600_005, 6_100_995)).toBeNaN();
  });

  it('names the VRT line of a tile the folder lacks', async () => {
    const r = await loadElevationModels(
      files({ 'dhm/DTM.vrt': vrt(sources), 'dhm/tiles/DTM_a.tif': tiles['dhm/tiles/DTM_a.tif'] }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(3);
    expect(r.problems[0]).toMatchObject({ file: 'dhm/DTM.vrt', path: 'SourceFilename' });
    // The source elements of tiles b, c and d start on lines 13, 20 and 27 of the VRT.
    expect(r.problems.map((p) => p.line)).toEqual([13, 20, 27]);
    expect(r.problems[0]?.message.en).toContain('dhm/tiles/DTM_b.tif does not exist');
  });
});

describe('kindFromPath', () => {
  it.each([
    ['DTM_1km_6171_612.tif', 'DTM'],
    ['DSM_1km_6171_612.tif', 'DSM'],
    ['dhm/DHM_Terræn/6171_612.tif', 'DTM'],
    ['DHM-Overflade/tiles/6171_612.tif', 'DSM'],
    ['DHM_Terraen\\x.tif', 'DTM'],
    ['surface/x.tif', 'DSM'],
    ['Overflade/DTM_1km_1.tif', 'DTM'],
    ['terrasse.tif', 'unknown'],
    ['elevation.tif', 'unknown'],
  ])('%s → %s', (path, kind) => expect(kindFromPath(path)).toBe(kind));
});

describe('corrupt georeferencing', () => {
  it.each([1e300, 1e-300])(
    'a pixel size of %s m is a located problem, never an endless search for a factor',
    async (pixelSize) => {
      const bytes = makeGeoTiff({
        width: 4,
        height: 4,
        values: Array.from({ length: 16 }, (_, i) => i),
        origin: [600_000, 6_100_000],
        pixelSize,
      });
      const loaded = await loadElevationModels(files({ 'DTM_1km_6100_600.tif': bytes }));
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.problems[0]?.message.en.length).toBeGreaterThan(10);
    },
  );
});
