import type { RequestDocument } from './model';
import { asMultiPolygon } from './write-json';

/**
 * Returns the request's area (a MultiPolygon with every part and hole), cells and coverage contour as an RFC 7946
 * FeatureCollection. The lease-area feature and the foreign member `request` carry the draft flag, request id,
 * profile id and dates.
 */
export function requestToGeoJson(doc: RequestDocument): {
  type: 'FeatureCollection';
  request: object;
  features: object[];
} {
  const meta = {
    requestId: doc.requestId,
    draft: doc.draft,
    sample: doc.sample,
    profileId: doc.profileId,
    template: doc.template,
    requestDate: doc.requestDate,
    periodFrom: doc.machine.period.from,
    periodTo: doc.machine.period.to,
    frequencyFromMHz: doc.machine.frequencyMHz.from,
    frequencyToMHz: doc.machine.frequencyMHz.to,
  };
  const features: object[] = [];
  if (doc.leaseArea)
    features.push({
      type: 'Feature',
      properties: {
        role: doc.circles.length > 0 ? 'licence-circles' : 'lease-area',
        name: doc.leaseArea.name,
        areaKm2: doc.machine.areaKm2,
        ...meta,
      },
      geometry: asMultiPolygon(doc.leaseArea.geometry),
    });
  for (const cell of doc.cells)
    features.push({
      type: 'Feature',
      properties: {
        role: 'cell',
        id: cell.id,
        name: cell.label,
        siteKind: cell.siteKindLabel,
        antennaHeightM: cell.antennaHeightM,
        azimuthDeg: cell.azimuthDeg,
        downtiltDeg: cell.downtiltDeg,
        eirpDbmPer5MHz: cell.eirpDbmPer5MHz,
        frequencyMHz: cell.frequencyMHz,
        bandwidthMHz: cell.bandwidthMHz,
        requestId: doc.requestId,
      },
      geometry: { type: 'Point', coordinates: [cell.lon, cell.lat] },
    });
  if (doc.coverageContour)
    features.push({
      type: 'Feature',
      properties: { role: 'coverage-contour', rsrpDbm: -100, requestId: doc.requestId },
      geometry: asMultiPolygon(doc.coverageContour),
    });
  return { type: 'FeatureCollection', request: meta, features };
}
