import { rewindPolygon } from '../io/geometry-repair';
import type { AreaGeometry } from '../project/schema';
import type { RequestDocument } from './model';

function rewound(geometry: AreaGeometry): AreaGeometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => rewindPolygon(p)) };
}

/** Returns the request's lease area, cells and coverage contour as an RFC 7946 FeatureCollection. */
export function requestToGeoJson(doc: RequestDocument): { type: 'FeatureCollection'; features: object[] } {
  const features: object[] = [];
  if (doc.leaseArea) {
    features.push({
      type: 'Feature',
      properties: {
        role: 'lease-area',
        name: doc.leaseArea.name,
        areaKm2: doc.machine.areaKm2,
        frequencyFromMHz: doc.machine.frequencyMHz.from,
        frequencyToMHz: doc.machine.frequencyMHz.to,
        periodFrom: doc.machine.period.from,
        periodTo: doc.machine.period.to,
      },
      geometry: rewound(doc.leaseArea.geometry),
    });
  }
  for (const cell of doc.cells) {
    features.push({
      type: 'Feature',
      properties: {
        role: 'cell',
        id: cell.id,
        name: cell.siteName,
        antennaHeightM: cell.antennaHeightM,
        azimuthDeg: cell.azimuthDeg,
        eirpDbmPer5MHz: cell.eirpDbmPer5MHz,
      },
      geometry: { type: 'Point', coordinates: [cell.lon, cell.lat] },
    });
  }
  if (doc.coverageContour) {
    features.push({
      type: 'Feature',
      properties: { role: 'coverage-contour' },
      geometry: rewound(doc.coverageContour),
    });
  }
  return { type: 'FeatureCollection', features };
}
