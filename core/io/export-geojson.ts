import type { Project } from '../project/schema';
import { rewindPolygon } from './geometry-repair';

type Feature = { type: 'Feature'; id: string; properties: Record<string, unknown>; geometry: Record<string, unknown> };

/** Returns the project's sites, areas and corridors as an RFC 7946 FeatureCollection (WGS84, right-hand rule). */
export function projectToGeoJson(project: Project): { type: 'FeatureCollection'; features: Feature[] } {
  const features: Feature[] = [];
  for (const site of project.sites) {
    features.push({
      type: 'Feature',
      id: site.id,
      properties: {
        layer: 'site',
        name: site.name,
        kind: site.kind,
        antennaHeightM: site.antennaHeightM,
        environment: site.environment,
        cells: site.cells.length,
      },
      geometry: { type: 'Point', coordinates: [site.lon, site.lat] },
    });
  }
  for (const area of project.areas) {
    const geometry =
      area.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: rewindPolygon(area.geometry.coordinates) }
        : { type: 'MultiPolygon', coordinates: area.geometry.coordinates.map((p) => rewindPolygon(p)) };
    features.push({
      type: 'Feature',
      id: area.id,
      properties: { layer: 'area', name: area.name, kind: area.kind },
      geometry,
    });
  }
  for (const corridor of project.corridors) {
    features.push({
      type: 'Feature',
      id: corridor.id,
      properties: { layer: 'corridor', name: corridor.name, widthM: corridor.widthM, altitudeM: corridor.altitudeM },
      geometry: { type: 'LineString', coordinates: corridor.coordinates },
    });
  }
  return { type: 'FeatureCollection', features };
}
