import { mainBeamEirpDbmPer5MHz, DEFAULT_FREQUENCY_MHZ, DEFAULT_BANDWIDTH_MHZ } from '../coverage/cells';
import { wgs84ToUtm32 } from '../geo/projection';
import type { Project } from '../project/schema';
import type { DocLang } from '../terms/schema';
import { cellLabel, siteKindLabel } from './labels';
import type { RequestCell } from './model';

/** Every planned cell of the project as the request lists it (labels in the document language). */
export function requestCellsOf(project: Pick<Project, 'sites'>, lang: DocLang): RequestCell[] {
  return project.sites.flatMap((s) =>
    s.cells.map((c, i) => {
      const [easting, northing] = wgs84ToUtm32([s.lon, s.lat]);
      return {
        id: c.id,
        label: cellLabel(s.name, c.azimuthDeg, i, s.cells.length),
        siteName: s.name,
        siteKindLabel: siteKindLabel(s.kind, lang),
        lon: s.lon,
        lat: s.lat,
        easting,
        northing,
        antennaHeightM: s.antennaHeightM,
        azimuthDeg: c.azimuthDeg,
        downtiltDeg: c.downtiltDeg,
        eirpDbmPer5MHz: mainBeamEirpDbmPer5MHz(c),
        aas: c.aas,
        trpDbmPer5MHz: c.aas ? c.trpDbmPer5MHz : null,
        frequencyMHz: c.frequencyMHz ?? DEFAULT_FREQUENCY_MHZ,
        bandwidthMHz: c.bandwidthMHz ?? DEFAULT_BANDWIDTH_MHZ,
        antenna: {
          horizontalBeamwidthDeg: c.horizontalBeamwidthDeg,
          verticalBeamwidthDeg: c.verticalBeamwidthDeg,
          maxGainDbi: c.maxGainDbi,
          frontToBackDb: c.frontToBackDb,
        },
      };
    }),
  );
}
