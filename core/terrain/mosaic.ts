import { lt } from '../i18n/localized';
import { decodeText } from '../io/text-decode';
import type { Problem, Result } from '../project/problem';
import type { ByteSource } from './byte-source';
import type { DemKind } from './dem';
import { DEFAULT_MAX_DEM_PIXELS, fileProblem, openElevationFile, type ElevationFile } from './geotiff-read';
import { kindFromPath } from './kind';
import { buildLattice, planWindow, readPlans, type TilePlan } from './mosaic-read';
import type { ElevationModels } from './models';
import { readDegreeFile } from './mosaic-degrees';
import { parseVrt, type VrtIndex, type VrtSource } from './vrt';

/** The files the user chose: paths relative to the chosen folder ('/'-separated) and a way to open them. */
export interface ElevationFileSet {
  paths: readonly string[];
  /** A file's bytes by path; null when it does not exist (e.g. a tile a VRT lists but the folder lacks). */
  open(path: string): Promise<ByteSource | null>;
}

export interface LoadProgress {
  phase: 'headers' | 'reading';
  /** Files (headers) or tiles (reading) done, fractional within a tile. */
  done: number;
  total: number;
  file: string;
}

export interface LoadElevationOptions {
  /** DTM or DSM for every file, overriding what the names say. */
  kind?: 'DTM' | 'DSM';
  /** EPSG:25832 [minE, minN, maxE, maxN]: tiles outside are skipped after reading their header only. */
  roi?: readonly [number, number, number, number];
  /** Working resolution in m (never finer than the files'); default: the files' own, within maxPixels. */
  resolutionM?: number;
  /** Memory budget in pixels per model (4 bytes each); default DEFAULT_MAX_DEM_PIXELS. */
  maxPixels?: number;
  /** Over the budget: 'downsample' (default) coarsens by an integer factor and says so; 'refuse' is a problem. */
  onTooLarge?: 'downsample' | 'refuse';
  onProgress?: (progress: LoadProgress) => void;
  /** Checked between reads; true stops the load (the result is then { ok: false, cancelled: true }). */
  shouldCancel?: () => boolean;
}

/** What was built, per model. */
export interface ModelSummary {
  kind: 'DTM' | 'DSM';
  /** As detected or set ('unknown' is used as a DTM). */
  detectedKind: DemKind;
  files: number;
  /** Files outside the area of interest (header read, pixels not). */
  skipped: number;
  resolutionM: number;
  downsampleFactor: number;
  coveredKm2: number;
}

export interface LoadedElevation {
  models: ElevationModels;
  summaries: ModelSummary[];
}

export type LoadElevationResult =
  (Result<LoadedElevation> & { cancelled?: undefined }) | { ok: false; problems: Problem[]; cancelled: true };

const MAX_VRT_BYTES = 64 * 1024 * 1024;

/**
 * Builds elevation models from files: a folder of GeoTIFF tiles, a GDAL VRT with its tiles, or one GeoTIFF.
 * Tiles of one kind become one model on one lattice (a mosaic without seams: a lattice pixel on a tile border
 * takes the pixels of both tiles); DTM and DSM tiles (by name, or `kind`) become a pair. Headers are checked
 * first (nothing is decoded if any file is unusable: all problems come back located by file and field); pixels
 * are read in windows and chunks, each tile reduced to the working resolution as it is read (mean of DTM
 * heights, maximum of DSM heights), so hundreds of 0.4 m DHM tiles fit in the memory budget.
 */
export async function loadElevationModels(
  set: ElevationFileSet,
  options: LoadElevationOptions = {},
): Promise<LoadElevationResult> {
  const cancelled = (): LoadElevationResult => ({
    ok: false,
    cancelled: true,
    problems: [{ severity: 'error', path: '', message: lt('Indlæsningen blev annulleret.', 'Loading was cancelled.') }],
  });
  const fail = (problems: Problem[]): LoadElevationResult => ({ ok: false, problems });
  const tifs = set.paths.filter((p) => /\.tiff?$/i.test(p));
  const vrts = set.paths.filter((p) => /\.vrt$/i.test(p));
  const warnings: Problem[] = [];
  if (vrts.length > 1)
    return fail([
      {
        severity: 'error',
        path: '',
        file: vrts.join(', '),
        message: lt(`Der er ${vrts.length} VRT-filer; vælg én.`, `There are ${vrts.length} VRT files; choose one.`),
      },
    ]);
  if (tifs.length + vrts.length === 0)
    return fail([
      {
        severity: 'error',
        path: '',
        message: lt(
          `Ingen .tif/.tiff/.vrt blandt ${set.paths.length} filer.`,
          `No .tif/.tiff/.vrt among ${set.paths.length} files.`,
        ),
        hint: lt(
          'Vælg mappen med DHM-fliserne (GeoTIFF) eller en GDAL VRT.',
          'Choose the folder holding the DHM tiles (GeoTIFF) or a GDAL VRT.',
        ),
      },
    ]);

  // Entries: one per tile (a folder's files, or a VRT's sources).
  let vrt: { path: string; index: VrtIndex } | null = null;
  if (vrts.length === 1) {
    const path = vrts[0] as string;
    const source = await set.open(path);
    if (!source) return fail([fileProblem(path, lt('Filen kan ikke åbnes.', 'The file cannot be opened.'))]);
    if (source.size > MAX_VRT_BYTES)
      return fail([fileProblem(path, lt('VRT-filen er over 64 MB.', 'The VRT file is over 64 MB.'))]);
    const parsed = parseVrt(decodeText(await source.read(0, source.size)).text, path);
    if (!parsed.ok) return fail(parsed.problems);
    vrt = { path, index: parsed.value };
    const listed = new Set(parsed.value.sources.map((s) => s.path));
    const unlisted = tifs.filter((t) => !listed.has(t)).length;
    if (unlisted > 0)
      warnings.push({
        severity: 'warning',
        path: '',
        file: path,
        message: lt(
          `${unlisted} GeoTIFF-filer står ikke i VRT’en og bruges ikke.`,
          `${unlisted} GeoTIFF files are not in the VRT and are not used.`,
        ),
      });
  }
  const entries: { path: string; source: VrtSource | null }[] = vrt
    ? vrt.index.sources.map((s) => ({ path: s.path, source: s }))
    : tifs.map((path) => ({ path, source: null }));

  // Headers, each file once.
  const files = new Map<string, ElevationFile>();
  const problems: Problem[] = [];
  const distinct = [...new Set(entries.map((e) => e.path))];
  for (const [i, path] of distinct.entries()) {
    if (options.shouldCancel?.()) return cancelled();
    options.onProgress?.({ phase: 'headers', done: i, total: distinct.length, file: path });
    const source = await set.open(path);
    if (!source) {
      const line = entries.find((e) => e.path === path)?.source?.line;
      problems.push({
        severity: 'error',
        path: vrt ? 'SourceFilename' : '',
        file: vrt ? vrt.path : path,
        ...(line ? { line } : {}),
        message: lt(`Flisen ${path} findes ikke.`, `The tile ${path} does not exist.`),
        hint: lt('Vælg mappen med både VRT’en og fliserne.', 'Choose the folder holding both the VRT and the tiles.'),
      });
      continue;
    }
    const opened = await openElevationFile(source, path, { requireGeoreference: !vrt });
    if (opened.ok) files.set(path, opened.value);
    else problems.push(...opened.problems);
  }
  if (problems.length > 0) return fail(problems);
  options.onProgress?.({ phase: 'headers', done: distinct.length, total: distinct.length, file: '' });

  const degrees = [...files.values()].filter((f) => f.crs === 'EPSG:4326');
  if (degrees.length > 0 && (entries.length > 1 || vrt))
    return fail(
      degrees.map((f) =>
        fileProblem(
          f.file,
          lt(
            'WGS84-filer kan kun bruges én ad gangen, ikke i en mosaik.',
            'WGS84 files can only be used one at a time, not in a mosaic.',
          ),
          lt('Omprojicér fliserne: gdalwarp -t_srs EPSG:25832', 'Reproject the tiles: gdalwarp -t_srs EPSG:25832'),
          'GeoKeyDirectory',
        ),
      ),
    );

  // Kinds: the override, else the names (a VRT's own name first); unknown is used as a DTM.
  const kindOf = (path: string): DemKind => {
    if (options.kind) return options.kind;
    const own = vrt ? kindFromPath(vrt.path) : 'unknown';
    return own !== 'unknown' ? own : kindFromPath(path);
  };
  const groups = new Map<'DTM' | 'DSM', { detected: DemKind; plans: TilePlan[]; skipped: number }>();
  for (const entry of entries) {
    const detected = kindOf(entry.path);
    const kind = detected === 'DSM' ? 'DSM' : 'DTM';
    let group = groups.get(kind);
    if (!group) groups.set(kind, (group = { detected, plans: [], skipped: 0 }));
    if (detected === 'unknown') group.detected = 'unknown';
    const plan = planWindow(
      files.get(entry.path) as ElevationFile,
      entry.source,
      vrt?.index ?? null,
      options.roi ?? null,
    );
    if (plan) group.plans.push(plan);
    else group.skipped++;
  }
  if ([...groups.values()].some((g) => g.detected === 'unknown'))
    warnings.push({
      severity: 'warning',
      path: '',
      message: lt(
        'Navnene siger ikke om højderne er terræn (DTM) eller overflade (DSM); de bruges som terræn (DTM). Vælg typen hvis det er en overflademodel.',
        'The names do not say whether the heights are terrain (DTM) or surface (DSM); they are used as terrain (DTM). Choose the kind if it is a surface model.',
      ),
    });

  const models: ElevationModels = { dtm: null, dsm: null };
  const summaries: ModelSummary[] = [];
  const totalPlans = [...groups.values()].reduce((sum, g) => sum + g.plans.length, 0);
  let donePlans = 0;
  for (const [kind, group] of groups) {
    if (group.plans.length === 0) {
      warnings.push({
        severity: 'warning',
        path: '',
        message: lt(
          `Ingen af de ${group.skipped} ${kind}-fliser ligger i området; ${kind} bruges ikke.`,
          `None of the ${group.skipped} ${kind} tiles lies in the area; the ${kind} is not used.`,
        ),
      });
      continue;
    }
    const single = degrees.length === 1 ? degrees[0] : undefined;
    const built = single
      ? await readDegreeFile(single, group.detected === 'unknown' ? 'unknown' : kind, options)
      : await (async () => {
          const lattice = buildLattice(
            group.plans,
            kind,
            group.detected,
            options.maxPixels ?? DEFAULT_MAX_DEM_PIXELS,
            options,
          );
          if (!lattice.ok) return lattice;
          const read = await readPlans(lattice.value.dem, group.plans, kind === 'DSM' ? 'max' : 'mean', {
            shouldCancel: options.shouldCancel,
            onProgress: (done, file) =>
              options.onProgress?.({ phase: 'reading', done: donePlans + done, total: totalPlans, file }),
          });
          if (read === 'cancelled') return read;
          if (read) return { ok: false as const, problems: [read] };
          return { ok: true as const, value: lattice.value.dem, warnings: lattice.warnings };
        })();
    if (built === 'cancelled') return cancelled();
    if (!built.ok) return fail(built.problems);
    donePlans += group.plans.length;
    warnings.push(...built.warnings);
    const dem = built.value;
    if (kind === 'DSM') models.dsm = dem;
    else models.dtm = dem;
    summaries.push({
      kind,
      detectedKind: group.detected,
      files: group.plans.length,
      skipped: group.skipped,
      resolutionM: dem.grid.pixelSizeX,
      downsampleFactor: dem.downsampleFactor,
      coveredKm2: (dem.validPixels * dem.grid.pixelSizeX ** 2) / 1e6,
    });
  }
  return { ok: true, value: { models, summaries }, warnings };
}
