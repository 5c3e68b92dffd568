import {
  corridorCoverage,
  coverageGaps,
  coverageStats,
  DEFAULT_THRESHOLDS,
  defaultAoi,
  isoMultiPolygon,
  LOS_MODES,
  polygonMask,
  preparePointModels,
  receiverCellsOf,
  type TargetLocation,
  ueNoiseFigureOf,
  rasterToGeoTiff,
  runCoverageJob,
  siteCoverage,
  stableHash,
  type LosMode,
  pointTableSpanM,
  pointTerrain,
  terrainCoverage,
  terrainCoveredShare,
} from '../../core/coverage';
import { calibrationLine } from '../../core/calibration/describe';
import { terrainModeOf } from '../../core/terrain';
import { gridForBounds, utmBoundsOf } from '../../core/geo/grid';
import { areaKm2Utm32 } from '../../core/geo/measure';
import { formatProblem } from '../../core/project';
import { formatNumber } from '../../core/geo/format';
import { cellLabel, objectName } from '../../core/project/labels';
import { choiceOption, numberOption, type Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { UsageError } from '../io';
import { writeOutputFile } from '../output-file';
import { readProjectOrReport } from '../project-input';
import { loadCliTerrain, TERRAIN_HELP, TERRAIN_OPTIONS, terrainArgs } from '../terrain-input';

interface Carrier {
  frequencyMHz: number;
  bandwidthMHz: number;
  cellIds: string[];
}

/** The distinct carriers the cells use (the cells' real frequencies and bandwidths), in order of appearance. */
function carriersOf(cells: readonly { id: string; fcGHz: number; bandwidthMHz?: number }[]): Carrier[] {
  const byKey = new Map<string, Carrier>();
  for (const c of cells) {
    const frequencyMHz = Math.round(c.fcGHz * 1e6) / 1e3;
    const bandwidthMHz = c.bandwidthMHz ?? 60;
    const key = `${frequencyMHz}|${bandwidthMHz}`;
    const carrier = byKey.get(key) ?? { frequencyMHz, bandwidthMHz, cellIds: [] };
    carrier.cellIds.push(c.id);
    byKey.set(key, carrier);
  }
  return [...byKey.values()];
}

/** `frekvensplan coverage`: best-server RSRP/SINR over the area of interest, statistics, contours or a GeoTIFF. */
export const coverageCommand: Command = {
  summary: 'predict coverage (TR 38.901 best server): statistics, contour/gap GeoJSON or RSRP GeoTIFF',
  help: `frekvensplan coverage <project-file> [--resolution <m>] [--height <m>] [--load <0..1>] [--los <mode>]
                     [--area <area-id>] [--out <file.geojson|file.tif>] [--terrain <path> [--terrain-kind dtm|dsm]]
                     [--terrain-resolution <m>] [--json] [--lang da|en]

Predicts SS-RSRP (dBm per 30 kHz resource element) and DL SINR of the best server over the area of
interest (default: the first area of interest, else the lease area, else the sites' bounding box + 5 km).
  --resolution  pixel size in m (default 50)
  --height      receiver height in m (default 1.5; RMa/UMa switch to the TR 36.777 aerial model above 10/22.5 m)
  --load        interfering cells' load 0..1 (default 1)
  --los         ${LOS_MODES.join('|')} (default blend-mean-db)
  --indoor      low|high: receivers indoors, TR 38.901 O2I: low- or high-loss wall plus the in-building loss at
                the median indoor distance (default outdoor); high-loss is refused for RMa sites
  --noise-figure  UE noise figure in dB (default: the project's radio setting, else 7 dB, not verified)
  --out         .geojson: coverage contours at -100/-110 dBm and the gaps in the area (WGS84);
                .tif: the RSRP raster as a Float32 GeoTIFF in EPSG:25832 (NoData -9999)
${TERRAIN_HELP}
  --terrain-resolution  working resolution of the elevation model in m (default: --resolution); tiles
                are read at it (mean of DTM heights, maximum of DSM heights), tiles outside the area are skipped
With a DTM the statistical model stays the base and the terrain adds its diffraction beyond a smooth Earth;
with a DSM the surface decides LOS per pixel (docs/terrain.md). Pixels without elevation data keep the
statistical model; the JSON's terrain.coveredShare says how much of the area had data.
Corridors are evaluated along their centre line at their altitude.`,
  options: {
    resolution: { type: 'string' },
    height: { type: 'string' },
    load: { type: 'string' },
    los: { type: 'string' },
    indoor: { type: 'string' },
    'noise-figure': { type: 'string' },
    area: { type: 'string' },
    out: { type: 'string' },
    ...TERRAIN_OPTIONS,
    'terrain-resolution': { type: 'string' },
  },
  run: async (positionals, values, io) => {
    if (positionals.length !== 1) throw new UsageError('coverage takes exactly one project file');
    const resolutionM = numberOption(values, 'resolution', 50);
    const rxHeightM = numberOption(values, 'height', 1.5);
    const load = numberOption(values, 'load', 1);
    const losMode = choiceOption<LosMode>(values, 'los', LOS_MODES, 'blend-mean-db');
    const indoor = choiceOption(values, 'indoor', ['outdoor', 'low', 'high'] as const, 'outdoor');
    const target: TargetLocation =
      indoor === 'outdoor' ? 'outdoor' : indoor === 'low' ? 'indoor-low-loss' : 'indoor-high-loss';
    if (!(resolutionM >= 1 && resolutionM <= 1000)) throw new UsageError('--resolution must be 1…1000 m');
    if (!(rxHeightM > 0 && rxHeightM <= 500)) throw new UsageError('--height must be 0…500 m');
    if (!(load >= 0 && load <= 1)) throw new UsageError('--load must be between 0 and 1');
    const out = typeof values.out === 'string' ? values.out : undefined;
    if (out !== undefined && !/\.(geojson|json|tif|tiff)$/i.test(out))
      throw new UsageError('--out must end in .geojson or .tif');
    const json = values.json === true;
    const terrainPaths = terrainArgs(values);
    const terrainResolutionM = numberOption(values, 'terrain-resolution', resolutionM);
    if (!(terrainResolutionM > 0 && terrainResolutionM <= 1000))
      throw new UsageError('--terrain-resolution must be 0…1000 m');
    const project = await readProjectOrReport(positionals[0] as string, json, io);
    if (!project) return EXIT_INVALID;
    const areaId = typeof values.area === 'string' ? values.area : undefined;
    const aoi = defaultAoi(project, areaId);
    if (!aoi) {
      const message =
        areaId !== undefined
          ? { da: `Området '${areaId}' findes ikke i projektet.`, en: `The area '${areaId}' is not in the project.` }
          : { da: 'Projektet har hverken områder eller sites.', en: 'The project has no areas and no sites.' };
      if (json) io.stdout(JSON.stringify({ ok: false, problems: [{ severity: 'error', path: 'areas', message }] }));
      else io.stderr(`frekvensplan coverage: ${message[io.lang]}`);
      return EXIT_INVALID;
    }
    const receivers = receiverCellsOf(project, target);
    if (!receivers.ok) {
      if (json) io.stdout(JSON.stringify({ ok: false, problems: receivers.problems }));
      else io.stderr(receivers.problems.map((p) => `frekvensplan coverage: ${formatProblem(p, io.lang)}`).join('\n'));
      return EXIT_INVALID;
    }
    const cells = receivers.value;
    const noiseFigure =
      values['noise-figure'] === undefined
        ? ueNoiseFigureOf(project)
        : {
            valueDb: numberOption(values, 'noise-figure'),
            source: { da: '--noise-figure', en: '--noise-figure' },
            isDefault: false,
          };
    if (!(noiseFigure.valueDb >= 0 && noiseFigure.valueDb <= 20))
      throw new UsageError('--noise-figure must be 0…20 dB');
    const grid = gridForBounds(utmBoundsOf(aoi.geometry), resolutionM);
    const options = { rxHeightM, load, losMode, noiseFigureDb: noiseFigure.valueDb };
    const mask = polygonMask(aoi.geometry, grid);
    let terrain: Awaited<ReturnType<typeof loadCliTerrain>> | null = null;
    if (terrainPaths.length > 0) {
      // Tiles are needed where the paths run: between the cells and the grid.
      const es = [grid.originE, grid.originE + grid.width * resolutionM, ...cells.map((c) => c.e)];
      const ns = [grid.originN - grid.height * resolutionM, grid.originN, ...cells.map((c) => c.n)];
      const roi = [Math.min(...es), Math.min(...ns), Math.max(...es), Math.max(...ns)] as const;
      terrain = await loadCliTerrain(terrainPaths, { roi, resolutionM: terrainResolutionM, json, io });
      if (!terrain.ok) {
        if (json) io.stdout(JSON.stringify({ ok: false, problems: terrain.problems }, null, 2));
        else io.stderr(terrain.problems.map((p) => `frekvensplan coverage: ${formatProblem(p, io.lang)}`).join('\n'));
        return EXIT_INVALID;
      }
    }
    const models = terrain?.ok ? terrain.value.models : null;
    // One span for the raster's and the points' tables (as the app): sites and corridors outside the grid included.
    const farM = pointTableSpanM(grid, cells, project.sites, project.corridors);
    const withTerrain = models ? terrainCoverage(models, cells, grid, options, undefined, farM) : null;
    const kernelOptions = { ...options, losMode: withTerrain?.losMode ?? losMode };
    const job = runCoverageJob({
      cells,
      grid,
      tableSpanM: farM,
      options: kernelOptions,
      ...(withTerrain ? { extraLossDb: withTerrain.extraLossDb } : {}),
    });
    if (!job.ok) return EXIT_INVALID;
    const { raster } = job;
    const thresholds = DEFAULT_THRESHOLDS;
    const carriers = carriersOf(cells);
    const edge = Math.min(...thresholds.rsrpDbm);
    const stats = coverageStats(raster, mask, thresholds);
    const points = (heightM: number) => {
      const t = models
        ? pointTerrain(models, cells, { rxHeightM: heightM, losMode, gridResolutionM: resolutionM })
        : null;
      return {
        t,
        prepared: preparePointModels(cells, { ...options, rxHeightM: heightM, losMode: t?.losMode ?? losMode }, farM),
      };
    };
    const atGround = points(rxHeightM);
    const sites = siteCoverage(project.sites, atGround.prepared, edge, atGround.t);
    const corridors = project.corridors.map((c) => {
      const at = points(c.altitudeM);
      return corridorCoverage(c, at.prepared, edge, 25, at.t);
    });
    const terrainSummary =
      terrain?.ok && models
        ? {
            kind: terrainModeOf(models),
            coveredShare: terrainCoveredShare(models, grid, mask),
            files: terrain.value.summaries.reduce((sum, s) => sum + s.files, 0),
            skippedFiles: terrain.value.summaries.reduce((sum, s) => sum + s.skipped, 0),
            resolutionM: Math.max(...terrain.value.summaries.map((s) => s.resolutionM), 0),
            warnings: terrain.value.warnings.map((w) => formatProblem(w, io.lang)),
          }
        : null;
    let written: string | null = null;
    if (out !== undefined) {
      let data: string | Uint8Array;
      if (/\.tiff?$/i.test(out)) data = rasterToGeoTiff(raster.rsrpDbm, grid);
      else {
        const features = thresholds.rsrpDbm.map((t) => {
          const geometry = isoMultiPolygon(raster.rsrpDbm, grid, t);
          return {
            type: 'Feature',
            properties: { kind: 'coverage', thresholdDbm: t, areaKm2: geometry ? areaKm2Utm32(geometry) : 0 },
            geometry,
          };
        });
        const gaps = coverageGaps(aoi.geometry, isoMultiPolygon(raster.rsrpDbm, grid, edge));
        features.push({
          type: 'Feature',
          properties: {
            kind: 'gap',
            thresholdDbm: edge,
            areaKm2: gaps ? areaKm2Utm32(gaps) : 0,
            areaId: aoi.id,
          } as never,
          geometry: gaps as never,
        });
        data = `${JSON.stringify({ type: 'FeatureCollection', features: features.filter((f) => f.geometry) })}\n`;
      }
      const error = await writeOutputFile(out, data, io);
      if (error) {
        io.stderr(`frekvensplan coverage: ${error}`);
        return EXIT_INVALID;
      }
      written = out;
    }
    const summary = {
      ok: true,
      area: { id: aoi.id, source: aoi.source, areaKm2: areaKm2Utm32(aoi.geometry) },
      grid: { ...grid, crs: 'EPSG:25832' },
      options: {
        ...raster.options,
        frequencyMHz: carriers.length === 1 ? (carriers[0] as Carrier).frequencyMHz : null,
        noiseDbm: raster.noiseDbm,
      },
      carriers,
      noiseFigure: {
        valueDb: noiseFigure.valueDb,
        source: noiseFigure.source[io.lang],
        isDefault: noiseFigure.isDefault,
      },
      hash: stableHash({
        cells,
        grid,
        options: raster.options,
        terrain: terrainSummary && { ...terrainSummary, warnings: [] },
      }),
      cells: cells.length,
      coverage: { rsrp: stats.rsrp, sinr: stats.sinr, areaKm2: stats.areaKm2 },
      terrain: terrainSummary,
      servedByCell: stats.servedByCell,
      sitesNotCovered: sites.filter((s) => !s.covered),
      sites,
      corridors,
      warnings: raster.warnings.map((w) => w[io.lang]),
      calibration: project.calibration ? calibrationLine(project.calibration, io.lang) : null,
      out: written,
    };
    if (json) {
      io.stdout(JSON.stringify(summary, null, 2));
      return EXIT_OK;
    }
    const da = io.lang === 'da';
    // Text output speaks to people: names instead of ids, numbers in the language's format.
    const n = (v: number, digits: number) => formatNumber(v, io.lang, digits);
    const pct = (x: number) => `${n(x * 100, 1)} %`;
    const dbm = (v: number) => `${n(v, 1)} dBm`;
    const areaName = aoi.source === 'sites-bbox' ? 'sites + 5 km' : objectName(project, aoi.id);
    const lines = [
      `${da ? 'Område' : 'Area'} ${areaName} (${n(stats.areaKm2, 1)} km², ${grid.width}×${grid.height} px à ${resolutionM} m, ${cells.length} ${da ? 'celler' : 'cells'})`,
      `${da ? 'Bærebølger' : 'Carriers'}: ${carriers.map((c) => `${c.frequencyMHz} MHz / ${c.bandwidthMHz} MHz (${c.cellIds.length})`).join(', ')}; ${da ? 'støjtal' : 'noise figure'} ${noiseFigure.valueDb} dB (${noiseFigure.source[io.lang]})`,
      ...(terrainSummary
        ? [
            da
              ? `Terrænmodel: ${terrainSummary.kind}, ${terrainSummary.files} filer (${terrainSummary.skippedFiles} uden for området), ${terrainSummary.resolutionM} m, ${pct(terrainSummary.coveredShare)} af området dækket`
              : `Terrain model: ${terrainSummary.kind}, ${terrainSummary.files} files (${terrainSummary.skippedFiles} outside the area), ${terrainSummary.resolutionM} m, ${pct(terrainSummary.coveredShare)} of the area covered`,
            ...terrainSummary.warnings.map((w) => `! ${w}`),
          ]
        : []),
      ...stats.rsrp.map((s) => `  RSRP ≥ ${n(s.threshold, 0)} dBm: ${pct(s.share)} (${n(s.areaKm2, 2)} km²)`),
      ...stats.sinr.map((s) => `  SINR ≥ ${n(s.threshold, 0)} dB: ${pct(s.share)}`),
      da ? 'Betjent areal pr. celle (≥ kant):' : 'Served area per cell (≥ edge):',
      ...stats.servedByCell.map(
        (c) =>
          `  ${cellLabel(project, c.cellId, io.lang)}: ${n(c.servedKm2, 2)} km² (${n(c.servedInAreaKm2, 2)} km² ${da ? 'i området' : 'in area'})`,
      ),
      `${da ? 'Sites uden dækning' : 'Sites not covered'}: ${
        sites
          .filter((s) => !s.covered)
          .map((s) => `${s.name} (${s.rsrpDbm === null ? '–' : dbm(s.rsrpDbm)})`)
          .join(', ') || (da ? 'ingen' : 'none')
      }`,
      ...corridors.map(
        (c) =>
          `${da ? 'Korridor' : 'Corridor'} ${objectName(project, c.corridorId)} @ ${n(c.altitudeM, 0)} m: ${pct(c.shareCovered)} ${da ? 'dækket' : 'covered'}, ${da ? 'værste' : 'worst'} ${c.worstRsrpDbm === null ? '–' : dbm(c.worstRsrpDbm)}, ${c.gaps.length} ${da ? (c.gaps.length === 1 ? 'hul' : 'huller') : c.gaps.length === 1 ? 'gap' : 'gaps'}`,
      ),
      ...raster.warnings.map((w) => `! ${w[io.lang]}`),
      ...(summary.calibration ? [`${da ? 'Kalibreret' : 'Calibrated'}: ${summary.calibration}`] : []),
    ];
    if (written) lines.push(`${da ? 'Skrevet' : 'Wrote'} ${written}`);
    io.stdout(lines.join('\n'));
    return EXIT_OK;
  },
};
