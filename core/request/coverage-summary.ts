import {
  boundaryFieldStrength,
  coverageStats,
  isoMultiPolygon,
  polygonMask,
  radioCellsOf,
  runCoverageJob,
  type BoundaryField,
} from '../coverage';
import { calibrationSentence } from '../calibration/describe';
import { gridForBounds, utmBoundsOf } from '../geo/grid';
import { formatNumber } from '../geo/format';
import type { Lang } from '../i18n/localized';
import type { AreaGeometry, Project } from '../project/schema';

export interface RequestCoverage {
  summary: string;
  contour: AreaGeometry | null;
  boundaryField: BoundaryField | null;
}

/** RSRP line the request's coverage contour and summary use, dBm per RE ("good", reference-radio §4.4). */
export const REQUEST_CONTOUR_DBM = -100;

/**
 * Coverage of the lease area for the request document: a best-server job at `resolutionM` over the
 * area (ground level, 1.5 m), the share above −100 and −110 dBm, the −100 dBm contour, and the
 * highest field strength along the area boundary.
 */
export function requestCoverage(project: Project, lease: AreaGeometry, lang: Lang, resolutionM = 100): RequestCoverage {
  const cells = radioCellsOf(project);
  if (cells.length === 0)
    return {
      summary: lang === 'da' ? 'Ingen celler er planlagt.' : 'No cells are planned.',
      contour: null,
      boundaryField: null,
    };
  const grid = gridForBounds(utmBoundsOf(lease), resolutionM);
  const job = runCoverageJob({ cells, grid, options: { computeSinr: true } });
  if (!job.ok) return { summary: '', contour: null, boundaryField: null };
  const stats = coverageStats(job.raster, polygonMask(lease, grid), {
    rsrpDbm: [REQUEST_CONTOUR_DBM, -110],
    sinrDb: [0],
  });
  const pct = (i: number) => formatNumber((stats.rsrp[i]?.share ?? 0) * 100, lang, 1);
  const field = boundaryFieldStrength(cells, lease);
  const fieldText = field ? formatNumber(field.maxDbuvPerMPer5MHz, lang, 1) : '—';
  const res = formatNumber(resolutionM, lang);
  let summary =
    lang === 'da'
      ? `Beregnet med 3GPP TR 38.901 (medianværdier, ${res} m opløsning, modtager 1,5 m over terræn): ${pct(0)} % af lejeområdet har RSRP ≥ −100 dBm og ${pct(1)} % ≥ −110 dBm. Højeste beregnede feltstyrke på lejeområdets kant: ${fieldText} dBµV/m pr. 5 MHz.`
      : `Predicted with 3GPP TR 38.901 (median values, ${res} m resolution, receiver 1.5 m above ground): ${pct(0)} % of the lease area has RSRP ≥ −100 dBm and ${pct(1)} % ≥ −110 dBm. Highest predicted field strength on the lease-area boundary: ${fieldText} dBµV/m per 5 MHz.`;
  summary += calibrationSentence(project.calibration, lang);
  return { summary, contour: isoMultiPolygon(job.raster.rsrpDbm, grid, REQUEST_CONTOUR_DBM), boundaryField: field };
}
