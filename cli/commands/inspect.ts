import { utm32ToWgs84 } from '../../core/geo/projection';
import { demHeightRange } from '../../core/terrain';
import { formatProblem, summarizeProject, type Problem } from '../../core/project';
import { readDemBounded, readGisBounded, readProjectBounded, readTextHead } from '../bounded-input';
import type { Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { UsageError, type CliIo } from '../io';

/** `frekvensplan inspect`: reports what a project or GIS file holds, or its located problems. */
export const inspectCommand: Command = {
  summary: 'validate a project or GIS file (GeoJSON, KML/KMZ, CSV, GeoTIFF) and report its contents or problems',
  help: `frekvensplan inspect <file> [--json] [--lang da|en]

For a project file (.frekvensplan): validates it and reports what it holds.
For a GIS file (.geojson, .json, .kml, .kmz, .csv): reports the type, feature counts by
geometry, CRS, bounding box in WGS84, and any problems with their location.
For a GeoTIFF elevation model (.tif, .tiff): CRS, size, resolution, height range, NoData.
Exit code 0 when the file can be opened or imported, 1 when it cannot.`,
  options: {},
  run: async (positionals, values, io) => {
    if (positionals.length !== 1) throw new UsageError('inspect takes exactly one file');
    return runInspect(positionals[0] as string, values.json === true, io);
  },
};

function isProjectText(name: string, text: string): boolean {
  if (name.toLowerCase().endsWith('.frekvensplan')) return true;
  if (!name.toLowerCase().endsWith('.json')) return false;
  return (
    /^\s*\{[\s\S]{0,200}"schemaVersion"/.test(text) &&
    !/"type"\s*:\s*"(FeatureCollection|Feature)"/.test(text.slice(0, 2000))
  );
}

/** Every file is read size-limited and parsed in a bounded child process (cli/bounded-input.ts). */
async function runInspect(file: string, json: boolean, io: CliIo): Promise<number> {
  const name = file.split(/[\\/]/).pop() ?? file;
  if (/\.tiff?$/i.test(name)) return inspectGeoTiff(file, json, io);
  return isProjectText(name, await readTextHead(file)) ? inspectProject(file, json, io) : inspectGis(file, json, io);
}

async function inspectProject(file: string, json: boolean, io: CliIo): Promise<number> {
  const loaded = await readProjectBounded(file, io.lang);
  if (!loaded.ok) return report(file, loaded.problems, json, io);
  const { project, fromVersion, migrations } = loaded.value;
  const summary = summarizeProject(project);
  if (json) {
    io.stdout(
      JSON.stringify(
        { file, valid: true, kind: 'project', fromSchemaVersion: fromVersion, migrations, summary, problems: [] },
        null,
        2,
      ),
    );
    return EXIT_OK;
  }
  const da = io.lang === 'da';
  const migrated =
    fromVersion !== summary.schemaVersion ? `, ${da ? 'migreret fra' : 'migrated from'} ${fromVersion}` : '';
  const lines = [
    `${file}: ${da ? 'gyldigt Frekvensplan-projekt' : 'valid Frekvensplan project'} (schemaVersion ${summary.schemaVersion}${migrated})`,
    `  ${da ? 'Navn' : 'Name'}: ${summary.name}${summary.isSample ? (da ? ' [eksempeldata]' : ' [sample data]') : ''}`,
    `  ${da ? 'Kommune' : 'Municipality'}: ${summary.municipality || '—'}`,
    `  Sites: ${summary.sites} (${summary.cells} ${da ? 'celler' : 'cells'})`,
    `  ${da ? 'Områder' : 'Areas'}: ${da ? 'interesse' : 'interest'} ${summary.areas.interest}, ${da ? 'leje' : 'lease'} ${summary.areas.lease}, ${da ? 'hændelse' : 'incident'} ${summary.areas.incident}, ${da ? 'byzone' : 'settlement'} ${summary.areas.settlement}`,
    `  ${da ? 'Dronekorridorer' : 'Drone corridors'}: ${summary.corridors}`,
    `  Slices: ${project.slices.length}`,
    `  ${da ? 'Vilkårsprofil' : 'Terms profile'}: ${summary.termsProfileId ?? '—'}`,
  ];
  if (summary.bboxWgs84) lines.push(`  BBox WGS84: ${summary.bboxWgs84.map((v) => v.toFixed(5)).join(', ')}`);
  io.stdout(lines.join('\n'));
  return EXIT_OK;
}

async function inspectGis(file: string, json: boolean, io: CliIo): Promise<number> {
  const result = await readGisBounded(file, io.lang);
  if (!result.ok) return report(file, result.problems, json, io);
  const { data, summary, csvLayout, skipped } = result.value;
  const skippedProblems = skipped.flatMap((row) => row.problems);
  const counts = { sites: data.sites.length, areas: data.areas.length, corridors: data.corridors.length };
  if (json) {
    io.stdout(
      JSON.stringify(
        {
          file,
          // A file with rows that would be skipped on import is not valid as a whole.
          valid: skipped.length === 0,
          kind: 'gis',
          ...summary,
          ...counts,
          ...(csvLayout ? { csv: csvLayout } : {}),
          skippedRows: skipped.map((row) => ({ line: row.line, cells: row.cells })),
          problems: [...skippedProblems, ...result.warnings],
        },
        null,
        2,
      ),
    );
    return skipped.length === 0 ? EXIT_OK : EXIT_INVALID;
  }
  const da = io.lang === 'da';
  const byGeometry = Object.entries(summary.byGeometry)
    .map(([g, n]) => `${g} ${n}`)
    .join(', ');
  const lines = [
    `${file}: ${summary.format.toUpperCase()}, ${summary.crs}, ${summary.featureCount} ${da ? 'objekter' : 'features'} (${byGeometry || '—'})`,
    `  ${da ? 'Importeres som' : 'Imports as'}: ${counts.sites} sites, ${counts.areas} ${da ? 'områder' : 'areas'}, ${counts.corridors} ${da ? 'korridorer' : 'corridors'}`,
  ];
  if (summary.bboxWgs84) lines.push(`  BBox WGS84: ${summary.bboxWgs84.map((v) => v.toFixed(5)).join(', ')}`);
  if (csvLayout)
    lines.push(
      `  CSV: ${csvLayout.encoding}, ${da ? 'skilletegn' : 'delimiter'} "${csvLayout.delimiter === '\t' ? '\\t' : csvLayout.delimiter}", ${csvLayout.decimalComma ? (da ? 'decimalkomma' : 'decimal comma') : da ? 'decimalpunktum' : 'decimal point'}`,
    );
  if (skipped.length > 0)
    lines.push(
      da
        ? `  ${skipped.length} række(r) springes over ved import:`
        : `  ${skipped.length} row(s) would be skipped on import:`,
      ...skippedProblems.map((p) => `    - ${formatProblem(p, io.lang)}`),
    );
  for (const w of result.warnings) lines.push(`  ${da ? 'advarsel' : 'warning'}: ${formatProblem(w, io.lang)}`);
  io.stdout(lines.join('\n'));
  return skipped.length === 0 ? EXIT_OK : EXIT_INVALID;
}

async function inspectGeoTiff(file: string, json: boolean, io: CliIo): Promise<number> {
  const result = await readDemBounded(file, io.lang);
  if (!result.ok) return report(file, result.problems, json, io);
  const dem = result.value;
  const { grid } = dem;
  const corners: [number, number][] = [
    [grid.originX, grid.originY],
    [grid.originX + grid.width * grid.pixelSizeX, grid.originY - grid.height * grid.pixelSizeY],
  ];
  const wgs = dem.crs === 'EPSG:25832' ? corners.map((c) => utm32ToWgs84(c)) : corners;
  const bboxWgs84 = [wgs[0]![0], wgs[1]![1], wgs[1]![0], wgs[0]![1]];
  const range = demHeightRange(dem);
  const [min, max] = range ? [range.minM, range.maxM] : [NaN, NaN];
  const summary = {
    format: 'geotiff',
    demKind: dem.kind,
    crs: dem.sourceCrs,
    width: grid.width,
    height: grid.height,
    pixelSize: grid.pixelSizeX,
    downsampleFactor: dem.downsampleFactor,
    bboxWgs84,
    minHeightM: min,
    maxHeightM: max,
    noDataShare: 1 - dem.validPixels / (grid.width * grid.height),
  };
  if (json) {
    io.stdout(JSON.stringify({ file, valid: true, kind: 'terrain', ...summary, problems: result.warnings }, null, 2));
    return EXIT_OK;
  }
  const da = io.lang === 'da';
  const unit = dem.crs === 'EPSG:25832' ? 'm' : '°';
  io.stdout(
    [
      `${file}: GeoTIFF ${da ? 'højdemodel' : 'elevation model'} (${dem.kind}), ${dem.sourceCrs}, ${grid.width} × ${grid.height} px @ ${grid.pixelSizeX} ${unit}${dem.downsampleFactor > 1 ? ` (${da ? 'nedskaleret' : 'downsampled'} ×${dem.downsampleFactor})` : ''}`,
      `  ${da ? 'Højder' : 'Heights'}: ${min.toFixed(1)} – ${max.toFixed(1)} m, NoData ${(summary.noDataShare * 100).toFixed(1)} %`,
      `  BBox WGS84: ${bboxWgs84.map((v) => (v as number).toFixed(5)).join(', ')}`,
      ...result.warnings.map((w) => `  ${da ? 'advarsel' : 'warning'}: ${formatProblem(w, io.lang)}`),
    ].join('\n'),
  );
  return EXIT_OK;
}

function report(file: string, problems: Problem[], json: boolean, io: CliIo): number {
  if (json) {
    io.stdout(JSON.stringify({ file, valid: false, problems }, null, 2));
  } else {
    const header =
      io.lang === 'da'
        ? `${file}: kan ikke åbnes eller importeres (${problems.length} problem(er))`
        : `${file}: cannot be opened or imported (${problems.length} problem(s))`;
    io.stderr([header, ...problems.map((p) => `  - ${formatProblem(p, io.lang)}`)].join('\n'));
  }
  return EXIT_INVALID;
}
