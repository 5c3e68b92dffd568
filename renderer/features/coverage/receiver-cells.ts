import { indoorLossDb, radioCellsOf, type RadioCell, type TargetLocation } from '../../../core/coverage';
import type { Project } from '../../../core/project/schema';

/**
 * Every cell as a RadioCell for receivers at `target`: indoors, each cell's power is lowered by the
 * TR 38.901 §7.4.3 building-entry loss in dB at that cell's own carrier frequency (indoorLossDb).
 */
export function receiverCellsOf(
  project: Pick<Project, 'sites'> & Partial<Pick<Project, 'calibration'>>,
  target: TargetLocation,
): RadioCell[] {
  if (target === 'outdoor') return radioCellsOf(project);
  return project.sites.flatMap((site) =>
    site.cells.flatMap((cell) =>
      radioCellsOf(
        { sites: [{ ...site, cells: [cell] }], calibration: project.calibration },
        { extraLossDb: indoorLossDb(target, cell.frequencyMHz / 1000) },
      ),
    ),
  );
}
