import { basename } from 'node:path';
import {
  calibrationRecord,
  calibrationStats,
  compareMeasurements,
  fitCalibration,
  nativeDecoder,
  parseMeasurementsCsv,
  sha256Hex,
} from '../../core/calibration';
import { LOS_MODES, radioCellsOf, type LosMode } from '../../core/coverage';
import { serializeProject } from '../../core/project';
import { readFileLimited, saveProjectFile } from '../../node/project-files';
import { choiceOption, numberOption, type Command } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { UsageError } from '../io';
import { printProblems, readProjectOrReport } from '../project-input';
import { calibrationReport } from './calibrate-report';

/** Largest measurement file read, bytes (a million rows of a wide drive-test export). */
export const MAX_MEASUREMENT_BYTES = 256 * 1024 * 1024;

/** `frekvensplan calibrate`: compares measured RSRP with the prediction; fits and saves per-model offsets. */
export const calibrateCommand: Command = {
  summary: 'compare measured RSRP (drive test, drone flight) with the prediction; fit and save offsets',
  help: `frekvensplan calibrate <project-file> <measurements.csv> [--fit] [--slope] [--save] [--skip-bad-rows]
                      [--los <mode>] [--height <m>] [--json] [--lang da|en]

Predicts RSRP at each measurement (the measured cell when the row names one, else the best server, at the
row's height above ground) and prints n, mean error (measured − predicted), σ and RMSE in dB, per model,
per cell and per distance bin. Measurements outside the models' validity are counted, not compared.
CSV columns (Danish or English headers, ; or , separated, decimal comma or point): lat/lon (WGS84) or
easting/northing (EPSG:25832), rsrp (dBm), optional height (m above ground), cell (project cell id), time.
  --fit            least-squares offset per model (TR 38.901 scenario, -AV above the aerial threshold)
  --slope          with --fit: also a slope over log10(distance) (needs many measurements over a wide range)
  --save           with --fit: store the offsets in the project file (atomic write, previous kept as .bak)
  --skip-bad-rows  use the good rows of a file with bad rows (they are listed); default: exit 1
  --los            ${LOS_MODES.join('|')} (default blend-mean-db, as coverage)
  --height         receiver height for rows without one, m (default 1.5)
JSON: {n, meanErrorDb, stdDb, rmseDb, offsetDb, byModel, byCell, byDistance, excluded, fit, saved}; offsetDb
is the one offset that best fits all compared rows (= meanErrorDb) with --fit, else null.
Exit codes: 0 ok, 1 unreadable or bad input (the line is named) or nothing to fit, 2 usage error.`,
  options: {
    fit: { type: 'boolean', default: false },
    slope: { type: 'boolean', default: false },
    save: { type: 'boolean', default: false },
    'skip-bad-rows': { type: 'boolean', default: false },
    los: { type: 'string' },
    height: { type: 'string' },
  },
  run: async (positionals, values, io) => {
    if (positionals.length !== 2) throw new UsageError('calibrate takes a project file and a measurement CSV file');
    const [projectPath, csvPath] = positionals as [string, string];
    const json = values.json === true;
    const fit = values.fit === true;
    if (values.save === true && !fit) throw new UsageError('--save stores fitted offsets: add --fit');
    if (values.slope === true && !fit) throw new UsageError('--slope is part of the fit: add --fit');
    const losMode = choiceOption<LosMode>(values, 'los', LOS_MODES, 'blend-mean-db');
    const defaultHeightM = numberOption(values, 'height', 1.5);
    if (!(defaultHeightM > 0 && defaultHeightM <= 500)) throw new UsageError('--height must be 0…500 m');
    const da = io.lang === 'da';
    const project = await readProjectOrReport(projectPath, json, io);
    if (!project) return EXIT_INVALID;
    const read = await readFileLimited(csvPath, { maxBytes: MAX_MEASUREMENT_BYTES, lang: io.lang });
    if (!read.ok) {
      const message = { da: read.message, en: read.message };
      printProblems([{ severity: 'error', path: '', file: csvPath, message }], json, io, `${csvPath}:`);
      return EXIT_INVALID;
    }
    const name = basename(csvPath);
    const parsed = parseMeasurementsCsv(read.bytes, { file: name, decode: nativeDecoder(TextDecoder) });
    if (!parsed.ok) {
      printProblems(
        parsed.problems,
        json,
        io,
        da ? `${csvPath}: kan ikke læses som målinger` : `${csvPath}: cannot be read as measurements`,
      );
      return EXIT_INVALID;
    }
    const measurements = parsed.value;
    if (measurements.badRowCount > 0 && values['skip-bad-rows'] !== true) {
      const header = da
        ? `${csvPath}: ${measurements.badRowCount} ugyldige rækker (${measurements.set.count} gyldige). Ret dem, eller brug --skip-bad-rows for at bruge de gyldige:`
        : `${csvPath}: ${measurements.badRowCount} bad rows (${measurements.set.count} good). Fix them, or use --skip-bad-rows to use the good rows:`;
      printProblems(measurements.badRows, json, io, header);
      return EXIT_INVALID;
    }
    const options = { losMode, defaultHeightM };
    // Compare against the uncalibrated model: a fit replaces any stored calibration, it does not add to it.
    const comparison = compareMeasurements(measurements.set, radioCellsOf({ sites: project.sites }), options);
    const stats = calibrationStats(measurements.set, comparison);
    const fitted = fit ? fitCalibration(measurements.set, comparison, { slope: values.slope === true }) : null;
    if (fitted && fitted.models.length === 0) {
      const message = {
        da: 'Ingen model har mindst 10 sammenlignelige målinger; intet at tilpasse.',
        en: 'No model has at least 10 comparable measurements; nothing to fit.',
      };
      printProblems([{ severity: 'error', path: '', file: name, message }], json, io, `${csvPath}:`);
      return EXIT_INVALID;
    }
    let saved: string | null = null;
    if (fitted && values.save === true) {
      const now = new Date();
      const record = calibrationRecord({
        fit: fitted,
        stats,
        file: {
          name,
          sha256: sha256Hex(read.bytes),
          rows: measurements.set.count,
          skippedRows: measurements.badRowCount,
        },
        fittedAt: now,
        config: { ...options, terrain: 'none' },
      });
      const next = { ...project, calibration: record, meta: { ...project.meta, modifiedAt: now.toISOString() } };
      const result = await saveProjectFile(projectPath, serializeProject(next), io.lang);
      if (!result.ok) {
        const message = result.canceled ? 'canceled' : result.message;
        printProblems(
          [{ severity: 'error', path: '', file: projectPath, message: { da: message, en: message } }],
          json,
          io,
          `${projectPath}:`,
        );
        return EXIT_INVALID;
      }
      saved = projectPath;
    }
    if (json) {
      io.stdout(
        JSON.stringify(
          {
            ok: true,
            file: name,
            rows: measurements.layout.dataRows,
            crs: measurements.layout.crs,
            skippedRows: measurements.badRowCount,
            skipped: measurements.badRows,
            n: stats.overall.n,
            meanErrorDb: stats.overall.meanErrorDb,
            stdDb: stats.overall.stdDb,
            rmseDb: stats.overall.rmseDb,
            offsetDb: fitted ? stats.overall.meanErrorDb : null,
            excluded: stats.excluded,
            unknownCellIds: comparison.unknownCellIds,
            byModel: stats.byModel,
            byCell: stats.byCell,
            byDistance: stats.byDistance,
            histogram: stats.histogram,
            config: { ...options, terrain: 'none' },
            fit: fitted,
            saved,
          },
          null,
          2,
        ),
      );
      return EXIT_OK;
    }
    const report = calibrationReport({
      file: name,
      parsed: measurements,
      stats,
      unknownCellIds: comparison.unknownCellIds,
      fit: fitted,
      lang: io.lang,
    });
    io.stdout(saved ? `${report}\n\n${da ? 'Kalibreringen er gemt i' : 'Calibration saved in'} ${saved}` : report);
    return EXIT_OK;
  },
};
