import { constants as fsConstants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { describeFsError } from '../node/fs-messages';
import type { Problem } from '../core/project/problem';
import {
  loadElevationModels,
  type ByteSource,
  type ElevationModels,
  type LoadProgress,
  type ModelSummary,
} from '../core/terrain';
import type { ParsedValues } from './command';
import { UsageError, type CliIo } from './io';

/** Help text of the options every command with terrain shares. */
export const TERRAIN_HELP = `  --terrain     elevation model: a GeoTIFF, a folder of GeoTIFF tiles (e.g. Danmarks Højdemodel DTM_1km_*.tif)
                or a GDAL VRT listing them; give it twice for a DTM + DSM pair
  --terrain-kind dtm|dsm: what the heights are (default: from the file or folder names, else dtm); once per --terrain`;

/** Parser options for --terrain / --terrain-kind (both repeatable). */
export const TERRAIN_OPTIONS = {
  terrain: { type: 'string', multiple: true },
  'terrain-kind': { type: 'string', multiple: true },
} as const;

/** The --terrain paths and their kinds (null: from the names); UsageErrors for impossible combinations. */
export function terrainArgs(values: ParsedValues): { path: string; kind: 'DTM' | 'DSM' | null }[] {
  const raw = values as Record<string, unknown>;
  const paths = (raw.terrain as string[] | undefined) ?? [];
  const kinds = ((raw['terrain-kind'] as string[] | undefined) ?? []).map((k) => {
    const lower = k.toLowerCase();
    if (lower !== 'dtm' && lower !== 'dsm') throw new UsageError(`--terrain-kind must be dtm or dsm, not '${k}'`);
    return lower.toUpperCase() as 'DTM' | 'DSM';
  });
  if (paths.length > 2) throw new UsageError('--terrain takes at most two models (a DTM and a DSM)');
  if (kinds.length > 0 && kinds.length !== paths.length)
    throw new UsageError('give --terrain-kind once for each --terrain, in the same order');
  if (kinds.length === 2 && kinds[0] === kinds[1])
    throw new UsageError('two --terrain models must be one dtm and one dsm');
  return paths.map((p, i) => ({ path: p, kind: kinds[i] ?? null }));
}

const EXTENSIONS = /\.(tiff?|vrt)$/i;
const MAX_DEPTH = 4;

/** Files under `dir` with elevation extensions, as '/'-separated paths relative to it (sorted). */
async function walk(dir: string, prefix = '', depth = 0): Promise<string[]> {
  const out: string[] = [];
  const entries = await fsp.readdir(path.join(dir, prefix), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && depth < MAX_DEPTH) out.push(...(await walk(dir, rel, depth + 1)));
    else if (entry.isFile() && EXTENSIONS.test(entry.name)) out.push(rel);
  }
  return out;
}

/** A source that is not a regular file: empty, so the GeoTIFF reader reports it as too short, never reading it. */
function notRegular(rel: string): ByteSource {
  return { size: 0, read: () => Promise.reject(new Error(`${rel} is not a regular file`)) };
}

export interface CliTerrain {
  models: ElevationModels;
  summaries: ModelSummary[];
  /** Files given (tiles and VRTs) over all --terrain paths. */
  files: number;
  warnings: Problem[];
}

/**
 * Loads the --terrain models for an area (EPSG:25832 [minE, minN, maxE, maxN]; tiles outside are skipped) at a
 * working resolution, reading files through byte-range reads. Progress goes to stderr unless --json.
 */
export async function loadCliTerrain(
  args: { path: string; kind: 'DTM' | 'DSM' | null }[],
  options: { roi: readonly [number, number, number, number]; resolutionM?: number; json: boolean; io: CliIo },
): Promise<{ ok: true; value: CliTerrain } | { ok: false; problems: Problem[] }> {
  const models: ElevationModels = { dtm: null, dsm: null };
  const summaries: ModelSummary[] = [];
  const warnings: Problem[] = [];
  let files = 0;
  for (const arg of args) {
    let root: string;
    let paths: string[];
    try {
      const stat = await fsp.stat(arg.path);
      if (stat.isDirectory()) [root, paths] = [arg.path, await walk(arg.path)];
      else if (stat.isFile()) [root, paths] = [path.dirname(arg.path), [path.basename(arg.path)]];
      else {
        // A FIFO, socket or device would block the read for ever (H5): refused before it is opened.
        const message = describeFsError({ code: 'NOT_A_FILE' }, arg.path, 'read');
        return { ok: false, problems: [{ severity: 'error', path: '', file: arg.path, message }] };
      }
    } catch (error) {
      const code = (error as { code?: string }).code;
      const message =
        code === 'ENOENT' ? `${arg.path} does not exist` : `${arg.path} cannot be read (${code ?? String(error)})`;
      const da =
        code === 'ENOENT' ? `${arg.path} findes ikke` : `${arg.path} kan ikke læses (${code ?? String(error)})`;
      return { ok: false, problems: [{ severity: 'error', path: '', file: arg.path, message: { da, en: message } }] };
    }
    files += paths.length;
    const handles: fsp.FileHandle[] = [];
    const open = async (rel: string): Promise<ByteSource | null> => {
      try {
        // O_NONBLOCK and a check on the open handle: a VRT may name a FIFO or a device, which must not hang.
        const handle = await fsp.open(path.resolve(root, rel), fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
        handles.push(handle);
        const stat = await handle.stat();
        if (!stat.isFile()) return notRegular(rel);
        const { size } = stat;
        return {
          size,
          read: async (offset, length) => {
            const n = Math.max(0, Math.min(length, size - offset));
            const buffer = new Uint8Array(n);
            if (n > 0) await handle.read(buffer, 0, n, offset);
            return buffer;
          },
        };
      } catch {
        return null;
      }
    };
    let lastShown = -1;
    const progress = (p: LoadProgress) => {
      if (options.json || p.phase !== 'reading' || p.total === 0) return;
      const percent = Math.floor((100 * p.done) / p.total);
      if (percent < lastShown + 5 && p.done < p.total) return;
      lastShown = percent;
      const da = options.io.lang === 'da';
      options.io.stderr(
        `${da ? 'Læser højdemodel' : 'Reading elevation model'}: ${Math.floor(p.done)}/${p.total} ${da ? 'fliser' : 'tiles'} (${percent} %)`,
      );
    };
    try {
      const loaded = await loadElevationModels(
        { paths, open },
        {
          ...(arg.kind ? { kind: arg.kind } : {}),
          roi: options.roi,
          ...(options.resolutionM === undefined ? {} : { resolutionM: options.resolutionM }),
          onProgress: progress,
        },
      );
      if (!loaded.ok) return { ok: false, problems: loaded.problems };
      for (const s of loaded.value.summaries) {
        const slot = s.kind === 'DSM' ? 'dsm' : 'dtm';
        if (models[slot])
          return {
            ok: false,
            problems: [
              {
                severity: 'error',
                path: '',
                file: arg.path,
                message: {
                  da: `Der er to ${s.kind}-modeller; giv én DTM og én DSM (--terrain-kind).`,
                  en: `There are two ${s.kind} models; give one DTM and one DSM (--terrain-kind).`,
                },
              },
            ],
          };
        models[slot] = loaded.value.models[slot];
        summaries.push(s);
      }
      warnings.push(...loaded.warnings);
    } finally {
      await Promise.all(handles.map((h) => h.close().catch(() => undefined)));
    }
  }
  return { ok: true, value: { models, summaries, files, warnings } };
}
