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
  radioCellsOf,
  indoorLossDb,
  type TargetLocation,
  rasterToGeoTiff,
  runCoverageJob,
  siteCoverage,
  stableHash,
  type LosMode,
} from '../../core/coverage';
import { gridForBounds, utmBoundsOf } from '../../core/geo/grid';
import { areaKm2Utm32 } from '../../core/geo/measure';
import { formatNumber } from '../../core/geo/format';
import { cellLabel, objectName } from '../../core/project/labels';
import { choiceOption, numberOption, type Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { UsageError } from '../io';
import { writeOutputFile } from '../output-file';
import { readProjectOrReport } from '../project-input';



/** `frekvensplan coverage`: best-server RSRP/SINR over the area of interest, statistics, contours or a GeoTIFF. */
export const coverageCommand: Command = {
  summary: 'predict coverage (TR 38.901 best server): statistics, contour/gap GeoJSON or RSRP GeoTIFF',
  help: `frekvensplan coverage <project-file> [--resolution <m>] [--height <m>] [--load <0..1>] [--los <mode>]
                     [--area <area-id>] [--out <file.geojson|file.tif>] [--json] [--lang da|en]

Predicts SS-RSRP (dBm per 30 kHz resource element) and DL SINR of the best server over the area of
interest (default: the first area of interest, else the lease area, else the sites' bounding box + 5 km).
  --resolution  pixel size in m (default 50)
  --height      receiver height in m (default 1.5; RMa/UMa switch to the TR 36.777 aerial model above 10/22.5 m)
  --load        interfering cells' load 0..1 (default 1)
  --los         ${LOS_MODES.join('|')} (default blend-mean-db)
  --indoor      low|high: receivers indoors behind a TR 38.901 low- or high-loss wall (default outdoor)
  --out         .geojson: coverage contours at -100/-110 dBm and the gaps in the area (WGS84);
                .tif: the RSRP raster as a Float32 GeoTIFF in EPSG:25832 (NoData -9999)
Corridors are evaluated along their centre line at their altitude.`,
  options: {
    resolution: { type: 'string' },
    height: { type: 'string' },
    load: { type: 'string' },
    los: { type: 'string' },
    indoor: { type: 'string' },
    area: { type: 'string' },
    out: { type: 'string' },
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
    const fcGHz = (project.sites.flatMap((s) => s.cells)[0]?.frequencyMHz ?? 3700) / 1000;
    const cells = radioCellsOf(project, { extraLossDb: indoorLossDb(target, fcGHz) });
    const grid = gridForBounds(utmBoundsOf(aoi.geometry), resolutionM);
    const options = { rxHeightM, load, losMode };
    const job = runCoverageJob({ cells, grid, options });
    if (!job.ok) return EXIT_INVALID;
    const { raster } = job;
    const thresholds = DEFAULT_THRESHOLDS;
    const edge = Math.min(...thresholds.rsrpDbm);
    const stats = coverageStats(raster, polygonMask(aoi.geometry, grid), thresholds);
    const farM = 100_000;
    const sites = siteCoverage(project.sites, preparePointModels(cells, options, farM), edge);
    const corridors = project.corridors.map((c) =>
      corridorCoverage(c, preparePointModels(cells, { ...options, rxHeightM: c.altitudeM }, farM), edge),
    );
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
      options: { ...raster.options, frequencyMHz: 3700, noiseDbm: raster.noiseDbm },
      hash: stableHash({ cells, grid, options: raster.options }),
      cells: cells.length,
      coverage: { rsrp: stats.rsrp, sinr: stats.sinr, areaKm2: stats.areaKm2 },
      servedByCell: stats.servedByCell,
      sitesNotCovered: sites.filter((s) => !s.covered),
      sites,
      corridors,
      warnings: raster.warnings.map((w) => w[io.lang]),
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
    ];
    if (written) lines.push(`${da ? 'Skrevet' : 'Wrote'} ${written}`);
    io.stdout(lines.join('\n'));
    return EXIT_OK;
  },
};
