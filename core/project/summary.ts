import { bboxOf, collectPositions } from '../io/imported';
import type { Project } from './schema';

/** Counts of what a project holds, as reported by `frekvensplan inspect` and the UI. */
export interface ProjectSummary {
  name: string;
  municipality: string;
  isSample: boolean;
  schemaVersion: number;
  sites: number;
  cells: number;
  areas: Record<'interest' | 'lease' | 'incident' | 'settlement', number>;
  corridors: number;
  termsProfileId: string | null;
  /** WGS84 bounding box [west, south, east, north] of all objects, or null when empty. */
  bboxWgs84: [number, number, number, number] | null;
}

/** Returns the summary of a validated project. */
export function summarizeProject(project: Project): ProjectSummary {
  const areas = { interest: 0, lease: 0, incident: 0, settlement: 0 };
  for (const area of project.areas) areas[area.kind]++;
  return {
    name: project.meta.name,
    municipality: project.meta.municipality,
    isSample: project.meta.isSample,
    schemaVersion: project.schemaVersion,
    sites: project.sites.length,
    cells: project.sites.reduce((n, s) => n + s.cells.length, 0),
    areas,
    corridors: project.corridors.length,
    termsProfileId: project.termsProfileId,
    bboxWgs84: bboxOf(collectPositions(project)),
  };
}
