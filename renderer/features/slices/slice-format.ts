import { formatNumber } from '../../i18n/format-number';
import type { Lang } from '../../../core/i18n/localized';
import type { Project } from '../../../core/project/schema';
import { sliceFromPreset, type AreaOfService, type Slice, type SlicePreset } from '../../../core/slices';
import type { Translate } from '../../i18n';

/** One-line summary of a slice: 5QI, population, per-device rates and latency budget. */
export function sliceSummary(slice: Slice, t: Translate, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, v < 10 && !Number.isInteger(v) ? 2 : 0);
  const population =
    slice.deviceCount !== undefined
      ? t('slices.devices', { count: slice.deviceCount })
      : t('slices.density', { density: n(slice.densityPerKm2 ?? 0) });
  return `${population} · ${t('slices.summary', {
    fiveQi: slice.fiveQi,
    dl: n(slice.dlPerDevice.guaranteedMbps),
    ul: n(slice.ulPerDevice.guaranteedMbps),
    latency: n(slice.latencyBudgetMs),
  })}`;
}

/**
 * Where a new slice from a preset is offered: drone presets (with a service altitude) on the
 * project's corridors, everything else on its incident areas; nothing (= area of interest) otherwise.
 */
export function defaultAreaOfService(project: Project, preset: SlicePreset): AreaOfService {
  const altitudeM = preset.altitudeM?.value ?? null;
  if (altitudeM !== null)
    return { areaIds: [], corridorIds: project.corridors.map((c) => c.id), siteIds: [], altitudeM };
  const incident = project.areas.filter((a) => a.kind === 'incident').map((a) => a.id);
  return { areaIds: incident, corridorIds: [], siteIds: [], altitudeM: null };
}

/** New project slices from presets, with fresh ids and default areas of service. */
export function slicesFromPresets(project: Project, presets: readonly SlicePreset[], lang: Lang): Slice[] {
  return presets.map((preset) =>
    sliceFromPreset(preset, {
      id: `slice-${crypto.randomUUID()}`,
      lang,
      areaOfService: defaultAreaOfService(project, preset),
    }),
  );
}
