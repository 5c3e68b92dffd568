import type { NeighbourLand } from '../coverage/border-field';
import { allRings } from '../coverage/boundary-field';
import { wgs84ToUtm32 } from '../geo/projection';
import type { AreaGeometry } from '../project/schema';
import type { DocLang } from '../terms/schema';
import type { RequestFields } from './build-fields';
import { pick } from './doc-format';
import { landInBox } from './land';
import { MAP_ASPECT, type RequestCell, type RequestDocument } from './model';

const L = (da: string, en: string, de: string, sv: string) => ({ da, en, de, sv });

/** The map's extent (area, cells and contour, padded, at MAP_ASPECT), the land inside it and the legend texts. */
export function requestMapData(input: {
  area: AreaGeometry | null;
  cells: readonly RequestCell[];
  contour: AreaGeometry | null;
  land: readonly NeighbourLand[];
  home: string;
  fields: RequestFields;
  lang: DocLang;
}): RequestDocument['map'] {
  const pts: [number, number][] = [];
  if (input.area) for (const ring of allRings(input.area)) for (const p of ring) pts.push(wgs84ToUtm32(p));
  if (input.contour) for (const ring of allRings(input.contour)) for (const p of ring) pts.push(wgs84ToUtm32(p));
  for (const c of input.cells) pts.push([c.easting, c.northing]);
  const t = (x: ReturnType<typeof L>) => pick(x, input.lang);
  const labels = {
    leaseArea: t(L('Område', 'Area', 'Gebiet', 'Område')),
    cells: t(L('Celler', 'Cells', 'Zellen', 'Celler')),
    coverage: t(L('Dækning ≥ −100 dBm', 'Coverage ≥ −100 dBm', 'Versorgung ≥ −100 dBm', 'Täckning ≥ −100 dBm')),
    field: t(
      L('Højeste felt på kanten', 'Highest field on the edge', 'Höchste Feldstärke am Rand', 'Högsta fält vid gränsen'),
    ),
    gridNote: t(
      L('EPSG:25832, gitternord', 'EPSG:25832, grid north', 'EPSG:25832, Gitternord', 'EPSG:25832, gridnorr'),
    ),
    noLand: t(
      L(
        'Uden for det offline grundkort',
        'Outside the offline basemap',
        'Außerhalb der Offline-Grundkarte',
        'Utanför offlinekartan',
      ),
    ),
  };
  const borderMaxima = input.fields.borders
    .filter((b) => b.field)
    .map((b) => ({
      country: b.country,
      lon: b.field!.at[0],
      lat: b.field!.at[1],
      valueDbuvPerMPer5MHz: b.field!.maxDbuvPerMPer5MHz,
    }));
  if (pts.length === 0) return { extent: null, land: [], boundaryField: input.fields.boundary, borderMaxima, labels };
  let [minE, minN, maxE, maxN] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [e, n] of pts)
    [minE, minN, maxE, maxN] = [Math.min(minE, e), Math.min(minN, n), Math.max(maxE, e), Math.max(maxN, n)];
  const pad = Math.max(maxE - minE, maxN - minN, 200) * 0.08;
  [minE, minN, maxE, maxN] = [minE - pad, minN - pad, maxE + pad, maxN + pad];
  const [w, h] = [maxE - minE, maxN - minN];
  if (w / h < MAP_ASPECT) {
    const grow = (h * MAP_ASPECT - w) / 2;
    [minE, maxE] = [minE - grow, maxE + grow];
  } else {
    const grow = (w / MAP_ASPECT - h) / 2;
    [minN, maxN] = [minN - grow, maxN + grow];
  }
  const extent: [number, number, number, number] = [minE, minN, maxE, maxN];
  return {
    extent,
    land: landInBox(input.land, input.home, extent),
    boundaryField: input.fields.boundary,
    borderMaxima,
    labels,
  };
}
