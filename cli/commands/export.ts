import { sitesToCsv } from '../../core/io/export-csv';
import { projectToGeoJson } from '../../core/io/export-geojson';
import { projectToKml } from '../../core/io/export-kml';
import { choiceOption, type Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { UsageError } from '../io';
import { writeOutputFile } from '../output-file';
import { readProjectOrReport } from '../project-input';

const FORMATS = ['geojson', 'kml', 'csv'] as const;

/** `frekvensplan export`: writes a project's sites, areas and corridors as GeoJSON, KML or CSV. */
export const exportCommand: Command = {
  summary: 'export a project as GeoJSON, KML (Google Earth) or CSV (sites)',
  help: `frekvensplan export <project-file> --format geojson|kml|csv --out <file> [--json] [--lang da|en]

GeoJSON (RFC 7946, WGS84) and KML hold sites, areas and corridors; CSV holds the sites
with WGS84 and EPSG:25832 coordinates (Danish: semicolons and decimal commas).`,
  options: { format: { type: 'string' }, out: { type: 'string' } },
  run: async (positionals, values, io) => {
    if (positionals.length !== 1) throw new UsageError('export takes exactly one project file');
    const format = choiceOption(values, 'format', FORMATS);
    if (typeof values.out !== 'string' || values.out === '') throw new UsageError('--out <file> is required');
    const project = await readProjectOrReport(positionals[0] as string, values.json === true, io);
    if (!project) return EXIT_INVALID;
    const text =
      format === 'geojson'
        ? `${JSON.stringify(projectToGeoJson(project), null, 1)}\n`
        : format === 'kml'
          ? projectToKml(project)
          : sitesToCsv(project, io.lang);
    const error = await writeOutputFile(values.out, text, io);
    if (error) {
      io.stderr(`frekvensplan export: ${error}`);
      return EXIT_INVALID;
    }
    const counts = {
      sites: project.sites.length,
      areas: project.areas.length,
      corridors: format === 'csv' ? 0 : project.corridors.length,
    };
    if (values.json) io.stdout(JSON.stringify({ ok: true, format, out: values.out, ...counts }, null, 2));
    else
      io.stdout(
        `${values.out}: ${format}, ${counts.sites} sites${format === 'csv' ? '' : `, ${counts.areas} areas, ${counts.corridors} corridors`}`,
      );
    return EXIT_OK;
  },
};
