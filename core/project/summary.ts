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
  const positions: [number, number][] = [];
  for (const site of project.sites) positions.push([site.lon, site.lat]);
  for (const corridor of project.corridors) positions.push(...corridor.coordinates);
  for (const area of project.areas) {
    const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) positions.push(...ring);
  }
  let bbox: ProjectSummary['bboxWgs84'] = null;
  if (positions.length > 0) {
    bbox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of positions) {
      bbox = [Math.min(bbox[0], lon), Math.min(bbox[1], lat), Math.max(bbox[2], lon), Math.max(bbox[3], lat)];
    }
  }
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
    bboxWgs84: bbox,
  };
}
