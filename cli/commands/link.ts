import { distance3dM, PATH_LOSS_MODELS, pathLoss } from '../../core/radio';
import { formatProblem, type Problem } from '../../core/project';
import { choiceOption, numberOption, type Command, type ParsedValues } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { UsageError, type CliIo } from '../io';
import { TERRAIN_HELP, TERRAIN_OPTIONS, terrainArgs } from '../terrain-input';
import { runTerrainLink } from './link-terrain';

/** `frekvensplan link`: median path loss of one link (TR 38.901 or free space), optionally over a DEM. */
export const linkCommand: Command = {
  summary: 'median path loss of one link (3GPP TR 38.901 / free space), optionally with terrain diffraction',
  help: `frekvensplan link --model <${PATH_LOSS_MODELS.join('|')}>
                 --fc <GHz> --hbs <m> --hut <m> (--d2d <m> | --terrain <path> --from <E,N> --to <E,N>)
                 [--terrain-kind dtm|dsm] [--method bullington|deygout] [--json]

Prints pathLossDb: the model's median path loss (no shadow fading) with the TR 38.901 defaults
h = 5 m, W = 20 m (RMa) and h_E = 1 m (UMa/UMi), its shadow-fading σ, and any validity warnings.
The -AV models are the TR 36.777 Annex B aerial-UE (drone) models: above 10 m (RMa-AV) or 22.5 m
(UMa-AV, UMi-AV) the aerial formulas, below that the TR 38.901 ones; NLOS above its stated height
(RMa-AV 40 m, UMa-AV 100 m) is computed with a warning.

With --terrain and --from/--to (EPSG:25832 metres, the BS and the UT), d2D is the distance between the
points and the terrain profile (every model pixel the line crosses, Earth curvature k = 4/3) is used by the
rule of the model at the UT (docs/terrain.md):
  DTM  pathLossDb = the chosen model + the terrain's ITU-R P.526 Bullington loss beyond a smooth Earth
       (P.1812 delta-Bullington); a flat DTM adds nothing, so UMa-NLOS stays NLOS.
  DSM  the surface decides LOS: pathLossDb = min(LOS + diffraction, max(LOS, NLOS)) of the scenario.
  FSPL free space + the full diffraction loss.
${TERRAIN_HELP}
Only the tiles along the path are read.
Exit code 0 on success (warnings included), 1 when the DEM cannot be used, 2 on usage errors.`,
  options: {
    model: { type: 'string' },
    fc: { type: 'string' },
    d2d: { type: 'string' },
    hbs: { type: 'string' },
    hut: { type: 'string' },
    ...TERRAIN_OPTIONS,
    from: { type: 'string' },
    to: { type: 'string' },
    method: { type: 'string', default: 'bullington' },
  },
  run: async (_positionals, values, io) => {
    const model = choiceOption(values, 'model', PATH_LOSS_MODELS);
    const fcGHz = positive(values, 'fc');
    const hBsM = positive(values, 'hbs');
    const hUtM = positive(values, 'hut');
    const method = choiceOption(values, 'method', ['bullington', 'deygout'] as const);
    const terrain = terrainArgs(values);
    if (terrain.length === 0) {
      if (values.from !== undefined || values.to !== undefined)
        throw new UsageError('--from/--to need --terrain <dem.tif|folder|file.vrt>');
      const d2dM = positive(values, 'd2d');
      const result = pathLoss({ model, fcGHz, d2dM, hBsM, hUtM });
      const output = {
        model,
        fcGHz,
        d2dM,
        d3dM: round(distance3dM(d2dM, hBsM, hUtM), 2),
        hBsM,
        hUtM,
        pathLossDb: round(result.pathLossDb, 2),
        shadowFadingStdDb: result.shadowFadingStdDb,
        warnings: result.warnings.map((w) => w[io.lang]),
      };
      print(output, [], values, io);
      return EXIT_OK;
    }
    if (values.d2d !== undefined) throw new UsageError('give either --d2d or --terrain with --from/--to, not both');
    return runTerrainLink(
      terrain,
      { model, fcGHz, hBsM, hUtM, method, from: point(values, 'from'), to: point(values, 'to') },
      values,
      io,
    );
  },
};

/** The link's JSON (terrain adds fields). */
export type LinkOutput = {
  model: string;
  fcGHz: number;
  d2dM: number;
  hBsM: number;
  hUtM: number;
  pathLossDb: number;
  shadowFadingStdDb: number;
  warnings: string[];
};

/** Prints the link as JSON or text lines (with `extra` lines after σSF). */
export function print(output: LinkOutput, extra: string[], values: ParsedValues, io: CliIo): void {
  if (values.json) {
    io.stdout(JSON.stringify(output, null, 2));
    return;
  }
  const da = io.lang === 'da';
  io.stdout(
    [
      `${output.model}, ${output.fcGHz} GHz, d2D ${output.d2dM} m, hBS ${output.hBsM} m, hUT ${output.hUtM} m`,
      `  pathLossDb: ${output.pathLossDb.toFixed(2)}`,
      `  σSF: ${output.shadowFadingStdDb} dB`,
      ...extra,
      ...output.warnings.map((w) => `  ${da ? 'advarsel' : 'warning'}: ${w}`),
    ].join('\n'),
  );
}

/** Prints the problems (JSON or stderr) and returns exit code 1. */
export function fail(problems: Problem[], values: ParsedValues, io: CliIo): number {
  if (values.json) io.stdout(JSON.stringify({ ok: false, problems }, null, 2));
  else io.stderr(problems.map((p) => `frekvensplan link: ${formatProblem(p, io.lang)}`).join('\n'));
  return EXIT_INVALID;
}

function positive(values: ParsedValues, name: string): number {
  const value = numberOption(values, name);
  if (!(value > 0)) throw new UsageError(`--${name} must be greater than 0, not ${value}`);
  return value;
}

function point(values: ParsedValues, name: string): { e: number; n: number } {
  const raw = values[name];
  if (typeof raw !== 'string') throw new UsageError(`--${name} <E,N> is required with --terrain (EPSG:25832 metres)`);
  const parts = raw.split(',').map((s) => s.trim());
  const [e, n] = parts.map(Number);
  if (parts.length !== 2 || parts.some((s) => s === '') || !Number.isFinite(e) || !Number.isFinite(n))
    throw new UsageError(`--${name} must be E,N in EPSG:25832 metres, e.g. 590000,6130000, not '${raw}'`);
  return { e: e as number, n: n as number };
}

/** v rounded to `digits` decimals. */
export const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
