import { formatProblem } from '../../core/project';
import { distance3dM, pathLoss, type PathLossModel } from '../../core/radio';
import { terrainLinkLoss, terrainPathLossDb, type DiffractionMethod, type UtmPoint } from '../../core/terrain';
import type { ParsedValues } from '../command';
import { EXIT_OK } from '../exit-codes';
import type { CliIo } from '../io';
import { loadCliTerrain, type terrainArgs } from '../terrain-input';
import { fail, print, round } from './link';

/** Margin around a link's two points within which tiles are read, m. */
const PATH_MARGIN_M = 50;

/**
 * `link --terrain`: the path over the elevation models (only tiles along it are read, at their own resolution
 * within the memory budget) under the rule of the model at the UT: DTM excess added to the chosen model, or the
 * DSM deciding LOS (core/terrain/terrain-loss.ts).
 */
export async function runTerrainLink(
  terrain: ReturnType<typeof terrainArgs>,
  link: {
    model: PathLossModel;
    fcGHz: number;
    hBsM: number;
    hUtM: number;
    method: DiffractionMethod;
    from: UtmPoint;
    to: UtmPoint;
  },
  values: ParsedValues,
  io: CliIo,
): Promise<number> {
  const { from, to, model, fcGHz, hBsM, hUtM } = link;
  const roi = [
    Math.min(from.e, to.e) - PATH_MARGIN_M,
    Math.min(from.n, to.n) - PATH_MARGIN_M,
    Math.max(from.e, to.e) + PATH_MARGIN_M,
    Math.max(from.n, to.n) + PATH_MARGIN_M,
  ] as const;
  const loaded = await loadCliTerrain(terrain, { roi, json: values.json === true, io });
  if (!loaded.ok) return fail(loaded.problems, values, io);
  const name = terrain.map((t) => t.path.split(/[\\/]/).pop() ?? t.path).join(' + ');
  const result = terrainLinkLoss(
    loaded.value.models,
    { ...from, antennaHeightM: hBsM },
    { ...to, antennaHeightM: hUtM },
    { fcGHz, method: link.method },
  );
  if (!result.ok)
    return fail(
      result.problems.map((p) => ({ ...p, file: name })),
      values,
      io,
    );
  const t = result.value;
  const d2dM = t.profile.totalDistanceM;
  const chosen = pathLoss({ model, fcGHz, d2dM, hBsM, hUtM });
  const scenario = model.replace(/-(N?LOS)$/, '');
  let losDb = chosen.pathLossDb;
  let nlosDb = chosen.pathLossDb;
  let totalDb = chosen.pathLossDb + t.diffractionLossDb;
  if (model !== 'FSPL') {
    losDb = pathLoss({ model: `${scenario}-LOS` as PathLossModel, fcGHz, d2dM, hBsM, hUtM }).pathLossDb;
    nlosDb = pathLoss({ model: `${scenario}-NLOS` as PathLossModel, fcGHz, d2dM, hBsM, hUtM }).pathLossDb;
    totalDb = terrainPathLossDb({
      rule: t.rule,
      statisticalPathLossDb: chosen.pathLossDb,
      losPathLossDb: losDb,
      nlosPathLossDb: nlosDb,
      terrainLossDb: t.terrainLossDb,
    });
  }
  const { clearance } = t;
  const warnings = [
    ...chosen.warnings.map((w) => w[io.lang]),
    ...[...loaded.value.warnings, ...result.warnings].map((p) => formatProblem(p, io.lang)),
  ];
  const kind = [loaded.value.models.dtm && 'DTM', loaded.value.models.dsm && 'DSM'].filter(Boolean).join('+');
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
      kind,
      files: loaded.value.summaries.reduce((sum, s) => sum + s.files, 0),
      resolutionM: round(t.profile.resolutionM, 3),
      rule: t.rule,
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
      diffractionLossDb: round(t.diffractionLossDb, 2),
      smoothEarthLossDb: t.smoothEarthLossDb === null ? null : round(t.smoothEarthLossDb, 2),
      terrainLossDb: round(t.terrainLossDb, 2),
      losPathLossDb: round(losDb, 2),
      nlosPathLossDb: round(nlosDb, 2),
      edges: t.edges.map((e) => ({
        distanceM: round(e.distanceM, 1),
        heightM: round(e.heightM, 2),
        v: round(e.v, 3),
        lossDb: round(e.lossDb, 2),
      })),
    },
    warnings,
  };
  const da = io.lang === 'da';
  const ruleText =
    t.rule === 'DTM'
      ? da
        ? `DTM: modellen + terrænets tab ud over en glat Jord (${output.terrain.terrainLossDb} dB)`
        : `DTM: the model + the terrain's loss beyond a smooth Earth (${output.terrain.terrainLossDb} dB)`
      : da
        ? 'DSM: overfladen afgør LOS'
        : 'DSM: the surface decides LOS';
  const lines = [
    `  ${da ? 'terræn' : 'terrain'}: ${name} (${kind}, ${output.terrain.files} ${da ? 'filer' : 'files'}, ${output.terrain.resolutionM} m), ${link.method}, ${da ? 'sigtelinje' : 'line of sight'} ${clearance.lineOfSight ? (da ? 'ja' : 'yes') : da ? 'nej' : 'no'}, ` +
      `${da ? 'mindste Fresnel-frihøjde' : 'min Fresnel clearance'} ${output.terrain.minFresnelClearanceRatio ?? '–'} r1`,
    `  ${ruleText}`,
    `  diffractionLossDb: ${output.terrain.diffractionLossDb} (${output.terrain.edges.length} ${da ? 'kant(er)' : 'edge(s)'})`,
    `  modelPathLossDb: ${output.modelPathLossDb} (LOS ${output.terrain.losPathLossDb}, NLOS ${output.terrain.nlosPathLossDb})`,
  ];
  print(output, lines, values, io);
  return EXIT_OK;
}
