import type { z } from 'zod';
import { lt, type Lang, type LocalizedText } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';
import { formatPath, problemFromIssue } from '../project/zod-problems';
import { fiveQiCharacteristics } from './five-qi';
import {
  slicePresetLibrarySchema,
  type AreaOfService,
  type Slice,
  type SlicePreset,
  type SlicePresetLibrary,
  type SourcedNumber,
} from './schema';

const CUSTOM_MESSAGES: Record<string, LocalizedText> = {
  'unverified-needs-note': lt(
    'En uverificeret værdi skal have en note, der siger hvorfor.',
    'An unverified value needs a note saying why.',
  ),
};

function problem(
  path: string,
  message: LocalizedText,
  file?: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return file === undefined ? { severity, path, message } : { severity, path, message, file };
}

function issueProblem(issue: z.core.$ZodIssue, file?: string): Problem {
  const custom = issue.code === 'custom' ? CUSTOM_MESSAGES[issue.message] : undefined;
  return custom ? problem(formatPath(issue.path), custom, file) : problemFromIssue(issue, file);
}

/** The sourced numbers of a preset with their field names. */
export function presetNumbers(preset: SlicePreset): [string, SourcedNumber][] {
  return Object.entries(preset).filter((entry): entry is [string, SourcedNumber] => {
    const v: unknown = entry[1];
    return typeof v === 'object' && v !== null && 'value' in v && 'source' in v && 'verified' in v;
  });
}

function crossCheck(lib: SlicePresetLibrary, file?: string): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const seen = new Set<string>();
  lib.presets.forEach((preset, i) => {
    const at = `presets[${i}]`;
    if (seen.has(preset.id)) {
      errors.push(
        problem(`${at}.id`, lt(`Id'et '${preset.id}' findes to gange.`, `The id '${preset.id}' occurs twice.`), file),
      );
    }
    seen.add(preset.id);
    for (const [key, n] of presetNumbers(preset)) {
      if (!(n.source in lib.sources)) {
        errors.push(
          problem(
            `${at}.${key}.source`,
            lt(
              `Kilden '${n.source}' er ikke defineret under sources.`,
              `The source '${n.source}' is not defined in sources.`,
            ),
            file,
          ),
        );
      }
    }
    if ((preset.deviceCount === undefined) === (preset.densityPerKm2 === undefined)) {
      errors.push(
        problem(
          `${at}.deviceCount`,
          lt(
            'Angiv enten deviceCount eller densityPerKm2 (ikke begge).',
            'Give either deviceCount or densityPerKm2 (not both).',
          ),
          file,
        ),
      );
    }
    for (const dir of ['dl', 'ul'] as const) {
      if (preset[`${dir}PeakMbps`].value < preset[`${dir}GuaranteedMbps`].value) {
        errors.push(
          problem(
            `${at}.${dir}PeakMbps.value`,
            lt(
              'Spidsrate må ikke være lavere end garanteret rate.',
              'Peak rate must not be below the guaranteed rate.',
            ),
            file,
          ),
        );
      }
    }
    const qos = fiveQiCharacteristics(preset.fiveQi.value);
    if (!qos) {
      warnings.push(
        problem(
          `${at}.fiveQi.value`,
          lt(
            `5QI ${preset.fiveQi.value} er ikke en standardiseret værdi i TS 23.501 tabel 5.7.4-1.`,
            `5QI ${preset.fiveQi.value} is not a standardised value in TS 23.501 Table 5.7.4-1.`,
          ),
          file,
          'warning',
        ),
      );
    } else if (qos.packetDelayBudgetMs > preset.latencyBudgetMs.value) {
      warnings.push(
        problem(
          `${at}.latencyBudgetMs.value`,
          lt(
            `Latensbudgettet er strammere end 5QI ${qos.fiveQi}'s pakkeforsinkelsesbudget (${qos.packetDelayBudgetMs} ms).`,
            `The latency budget is tighter than the packet delay budget of 5QI ${qos.fiveQi} (${qos.packetDelayBudgetMs} ms).`,
          ),
          file,
          'warning',
        ),
      );
    }
  });
  const presetIds = new Set(lib.presets.map((p) => p.id));
  lib.bundles.forEach((bundle, i) => {
    bundle.presetIds.forEach((pid, j) => {
      if (!presetIds.has(pid)) {
        errors.push(
          problem(`bundles[${i}].presetIds[${j}]`, lt(`Ukendt preset '${pid}'.`, `Unknown preset '${pid}'.`), file),
        );
      }
    });
  });
  return { errors, warnings };
}

/** Validates a parsed slice-preset library (data/slices/presets.json); the library or located problems. */
export function parseSlicePresets(json: unknown, file?: string): Result<SlicePresetLibrary> {
  const parsed = slicePresetLibrarySchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => issueProblem(issue, file)) };
  const { errors, warnings } = crossCheck(parsed.data, file);
  if (errors.length > 0) return { ok: false, problems: [...errors, ...warnings] };
  return { ok: true, value: parsed.data, warnings };
}

/** Lists a preset's numbers that are not verified, with the note saying why. */
export function unverifiedPresetNumbers(preset: SlicePreset): { key: string; note: string }[] {
  return presetNumbers(preset)
    .filter(([, n]) => !n.verified)
    .map(([key, n]) => ({ key, note: n.note ?? '' }));
}

export interface SliceFromPresetOptions {
  id: string;
  lang: Lang;
  areaOfService?: AreaOfService;
}

/** Makes a project slice from a preset (values only, sources dropped), named in the UI language. */
export function sliceFromPreset(preset: SlicePreset, { id, lang, areaOfService }: SliceFromPresetOptions): Slice {
  const population =
    preset.deviceCount !== undefined
      ? { deviceCount: preset.deviceCount.value }
      : { densityPerKm2: preset.densityPerKm2?.value ?? 0 };
  return {
    id,
    name: preset.name[lang],
    presetId: preset.id,
    serviceType: preset.serviceType,
    sst: preset.sst.value,
    fiveQi: preset.fiveQi.value,
    ...population,
    activityFactorPercent: preset.activityFactorPercent.value,
    dlPerDevice: { guaranteedMbps: preset.dlGuaranteedMbps.value, peakMbps: preset.dlPeakMbps.value },
    ulPerDevice: { guaranteedMbps: preset.ulGuaranteedMbps.value, peakMbps: preset.ulPeakMbps.value },
    latencyBudgetMs: preset.latencyBudgetMs.value,
    reliabilityPercent: preset.reliabilityPercent.value,
    availabilityPercent: preset.availabilityPercent.value,
    mobility: preset.mobility,
    maxSpeedKmh: preset.maxSpeedKmh.value,
    areaOfService: areaOfService ?? {
      areaIds: [],
      corridorIds: [],
      siteIds: [],
      altitudeM: preset.altitudeM?.value ?? null,
    },
    isolation: preset.isolation,
    priorityLevel: preset.priorityLevel.value,
    missionCritical: [...preset.missionCritical],
  };
}

/** The presets of a bundle in bundle order (ids are checked by parseSlicePresets). */
export function bundlePresets(lib: SlicePresetLibrary, bundleId: string): SlicePreset[] {
  const bundle = lib.bundles.find((b) => b.id === bundleId);
  if (!bundle) return [];
  return bundle.presetIds.flatMap((pid) => lib.presets.filter((p) => p.id === pid));
}
