import { distance3dM, PATH_LOSS_MODELS, pathLoss, type PathLossModel } from '../../core/radio';
import { formatProblem, type Problem } from '../../core/project';
import { combineTerrainPathLossDb, terrainLinkLoss, type DiffractionMethod } from '../../core/terrain';
import { readDemBounded } from '../bounded-input';
import { choiceOption, numberOption, type Command, type ParsedValues } from '../command';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes';
import { UsageError, type CliIo } from '../io';

/** `frekvensplan link`: median path loss of one link (TR 38.901 or free space), optionally over a DEM. */
export const linkCommand: Command = {
  summary: 'median path loss of one link (3GPP TR 38.901 / free space), optionally with terrain diffraction',
  help: `frekvensplan link --model <${PATH_LOSS_MODELS.join('|')}>
                 --fc <GHz> --hbs <m> --hut <m> (--d2d <m> | --terrain <dem.tif> --from <E,N> --to <E,N>)
                 [--method bullington|deygout] [--json]

Prints pathLossDb: the model's median path loss (no shadow fading) with the TR 38.901 defaults
h = 5 m, W = 20 m (RMa) and h_E = 1 m (UMa/UMi), its shadow-fading σ, and any validity warnings.
The -AV models are the TR 36.777 Annex B aerial-UE (drone) models: above 10 m (RMa-AV) or 22.5 m
(UMa-AV, UMi-AV) the aerial formulas, below that the TR 38.901 ones; NLOS above its stated height
(RMa-AV 40 m, UMa-AV 100 m) is computed with a warning.

With --terrain (a GeoTIFF DEM in EPSG:25832 or WGS84) and --from/--to (EPSG:25832 metres, the
BS and the UT), d2D is the distance between the points and the terrain profile adds knife-edge
diffraction (ITU-R P.526, Earth curvature k = 4/3): pathLossDb = min(LOS + diffraction,
max(LOS, NLOS)) of the chosen scenario; for FSPL, FSPL + diffraction.
Exit code 0 on success (warnings included), 1 when the DEM cannot be used, 2 on usage errors.`,
  options: {
    model: { type: 'string' },
    fc: { type: 'string' },
    d2d: { type: 'string' },
    hbs: { type: 'string' },
    hut: { type: 'string' },
    terrain: { type: 'string' },
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
    if (values.terrain === undefined) {
      if (values.from !== undefined || values.to !== undefined)
        throw new UsageError('--from/--to need --terrain <dem.tif>');
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
    return runTerrain(String(values.terrain), { model, fcGHz, hBsM, hUtM, method }, values, io);
  },
};

async function runTerrain(
  file: string,
  link: { model: PathLossModel; fcGHz: number; hBsM: number; hUtM: number; method: DiffractionMethod },
  values: ParsedValues,
  io: CliIo,
): Promise<number> {
  const from = point(values, 'from');
  const to = point(values, 'to');
  const name = file.split(/[\\/]/).pop() ?? file;
  // Read and decoded in a bounded child process (issue 11): a hostile GeoTIFF cannot take this process down.
  const dem = await readDemBounded(file, io.lang);
  if (!dem.ok) return fail(dem.problems, values, io);
  const terrain = terrainLinkLoss(
    dem.value,
    { ...from, antennaHeightM: link.hBsM },
    { ...to, antennaHeightM: link.hUtM },
    {
      fcGHz: link.fcGHz,
      method: link.method,
    },
  );
  if (!terrain.ok)
    return fail(
      terrain.problems.map((p) => ({ ...p, file: name })),
      values,
      io,
    );
  const { fcGHz, hBsM, hUtM, model } = link;
  const d2dM = terrain.value.profile.totalDistanceM;
  const chosen = pathLoss({ model, fcGHz, d2dM, hBsM, hUtM });
  const scenario = model.replace(/-(N?LOS)$/, '');
  const diffractionLossDb = terrain.value.diffractionLossDb;
  let losDb = chosen.pathLossDb;
  let nlosDb = chosen.pathLossDb;
  let totalDb = chosen.pathLossDb + diffractionLossDb;
  if (model !== 'FSPL') {
    losDb = pathLoss({ model: `${scenario}-LOS` as PathLossModel, fcGHz, d2dM, hBsM, hUtM }).pathLossDb;
    nlosDb = pathLoss({ model: `${scenario}-NLOS` as PathLossModel, fcGHz, d2dM, hBsM, hUtM }).pathLossDb;
    totalDb = combineTerrainPathLossDb({
      losPathLossDb: losDb,
      nlosPathLossDb: nlosDb,
      terrainLossDb: diffractionLossDb,
    });
  }
  const { clearance } = terrain.value;
  const warnings = [
    ...chosen.warnings.map((w) => w[io.lang]),
    ...[...dem.warnings, ...terrain.warnings].map((p) => formatProblem(p, io.lang)),
  ];
  const output = {
    model,
    fcGHz,
    d2dM: round(d2dM, 2),
    d3dM: round(distance3dM(d2dM, hBsM, hUtM), 2),
    hBsM,
    hUtM,
    pathLossDb: round(totalDb, 2),
    modelPathLossDb: round(chosen.pathLossDb, 2),
    shadowFadingStdDb: chosen.shadowFadingStdDb,
    terrain: {
      file: name,
      from: [from.e, from.n],
      to: [to.e, to.n],
      method: link.method,
      txGroundM: round(clearance.txHeightAslM - hBsM, 2),
      rxGroundM: round(clearance.rxHeightAslM - hUtM, 2),
      lineOfSight: clearance.lineOfSight,
      minFresnelClearanceRatio: Number.isFinite(clearance.minClearanceRatio)
        ? round(clearance.minClearanceRatio, 3)
        : null,
      fresnelClear: clearance.fresnelClear,
      diffractionLossDb: round(diffractionLossDb, 2),
      losPathLossDb: round(losDb, 2),
      nlosPathLossDb: round(nlosDb, 2),
      edges: terrain.value.edges.map((e) => ({
        distanceM: round(e.distanceM, 1),
        heightM: round(e.heightM, 2),
        v: round(e.v, 3),
        lossDb: round(e.lossDb, 2),
      })),
    },
    warnings,
  };
  const da = io.lang === 'da';
  const lines = [
    `  ${da ? 'terræn' : 'terrain'}: ${name}, ${link.method}, ${da ? 'sigtelinje' : 'line of sight'} ${clearance.lineOfSight ? (da ? 'ja' : 'yes') : da ? 'nej' : 'no'}, ` +
      `${da ? 'mindste Fresnel-frihøjde' : 'min Fresnel clearance'} ${output.terrain.minFresnelClearanceRatio ?? '–'} r1`,
    `  diffractionLossDb: ${output.terrain.diffractionLossDb} (${output.terrain.edges.length} ${da ? 'kant(er)' : 'edge(s)'})`,
    `  modelPathLossDb: ${output.modelPathLossDb} (LOS ${output.terrain.losPathLossDb}, NLOS ${output.terrain.nlosPathLossDb})`,
  ];
  print(output, lines, values, io);
  return EXIT_OK;
}

type LinkOutput = {
  model: string;
  fcGHz: number;
  d2dM: number;
  hBsM: number;
  hUtM: number;
  pathLossDb: number;
  shadowFadingStdDb: number;
  warnings: string[];
};

function print(output: LinkOutput, extra: string[], values: ParsedValues, io: CliIo): void {
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

function fail(problems: Problem[], values: ParsedValues, io: CliIo): number {
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

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
