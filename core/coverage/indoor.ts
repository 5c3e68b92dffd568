import { lt } from '../i18n/localized';
import type { Problem, Result } from '../project/problem';
import type { Environment, Project } from '../project/schema';
import { o2iLossFor } from '../radio';
import { radioCellsOf, type RadioCell, type RadioCellOptions } from './cells';

/** Where the receivers are: outdoors, or indoors behind a TR 38.901 low- or high-loss building wall. */
export type TargetLocation = 'outdoor' | 'indoor-low-loss' | 'indoor-high-loss';

export const TARGET_LOCATIONS: readonly TargetLocation[] = ['outdoor', 'indoor-low-loss', 'indoor-high-loss'];

/**
 * Median building-entry loss in dB for receivers at `target` served by a cell of `environment` at fcGHz: the
 * TR 38.901 §7.4.3.1 wall (Table 7.4.3-2) plus the in-building term 0.5·d2D-in at the median indoor distance (25 m
 * draws for UMa/UMi, 10 m for RMa). 0 outdoors and for InH cells (the base station is indoors already). Throws for
 * RMa with the high-loss wall, which 38.901 does not define: check with receiverCellsOf or o2iLossFor first.
 */
export function indoorLossDb(target: TargetLocation, fcGHz: number, environment: Environment = 'UMa'): number {
  if (target === 'outdoor' || environment === 'InH') return 0;
  const r = o2iLossFor(environment, target === 'indoor-low-loss' ? 'low-loss' : 'high-loss', fcGHz);
  if (!r.ok) throw new RangeError(r.message.en);
  return r.loss.totalDb;
}

/**
 * Every cell as a RadioCell for receivers at `target`: indoors each cell's power is lowered by indoorLossDb at its
 * own frequency and scenario. Refuses (a located problem per site) the high-loss wall for RMa sites.
 */
export function receiverCellsOf(
  project: Pick<Project, 'sites'> & Partial<Pick<Project, 'calibration'>>,
  target: TargetLocation,
  options: Omit<RadioCellOptions, 'extraLossDb'> = {},
): Result<RadioCell[]> {
  if (target === 'outdoor') return { ok: true, value: radioCellsOf(project, options), warnings: [] };
  const problems: Problem[] = [];
  const cells = project.sites.flatMap((site, i) => {
    if (site.cells.length === 0) return [];
    if (site.environment === 'RMa' && target === 'indoor-high-loss') {
      const refusal = o2iLossFor('RMa', 'high-loss', 3.7);
      if (!refusal.ok)
        problems.push({
          severity: 'error',
          path: `sites[${i}].environment`,
          message: lt(`${site.name}: ${refusal.message.da}`, `${site.name}: ${refusal.message.en}`),
          hint: lt(
            'Vælg "Indendørs, let bygning" (--indoor low), eller sæt sitets miljø til UMa/UMi, hvis det står i by.',
            'Choose "Indoors, light building" (--indoor low), or set the site environment to UMa/UMi if it is in a town.',
          ),
        });
      return [];
    }
    return site.cells.flatMap((cell) =>
      radioCellsOf(
        { sites: [{ ...site, cells: [cell] }], calibration: project.calibration ?? null },
        {
          ...options,
          extraLossDb: indoorLossDb(target, (options.frequencyMHz ?? cell.frequencyMHz) / 1000, site.environment),
        },
      ),
    );
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: cells, warnings: [] };
}
