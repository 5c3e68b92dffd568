import type { Position, Project } from '../project/schema';
import { rewindPolygon } from './geometry-repair';

/** Characters XML 1.0 does not allow anywhere (§2.2 Char): C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F. */
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML element content and attributes, dropping characters XML cannot hold (E4). */
export function xmlEscape(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const coords = (ring: readonly Position[], altitudeM = 0) =>
  ring.map(([lon, lat]) => `${lon},${lat},${altitudeM}`).join(' ');

const STYLES: Record<string, string> = {
  site: '<Style id="site"><IconStyle><color>ff2d6cdf</color><scale>1.1</scale></IconStyle></Style>',
  interest:
    '<Style id="interest"><LineStyle><color>ffd07a1f</color><width>2</width></LineStyle><PolyStyle><color>33d07a1f</color></PolyStyle></Style>',
  lease:
    '<Style id="lease"><LineStyle><color>ff8e3c7a</color><width>2</width></LineStyle><PolyStyle><color>338e3c7a</color></PolyStyle></Style>',
  incident:
    '<Style id="incident"><LineStyle><color>ff2b2bd6</color><width>2</width></LineStyle><PolyStyle><color>332b2bd6</color></PolyStyle></Style>',
  settlement:
    '<Style id="settlement"><LineStyle><color>ff808080</color><width>1</width></LineStyle><PolyStyle><color>33808080</color></PolyStyle></Style>',
  corridor: '<Style id="corridor"><LineStyle><color>ff00a5ff</color><width>3</width></LineStyle></Style>',
};

function polygonKml(rings: Position[][]): string {
  const [outer, ...holes] = rewindPolygon(rings);
  const inner = holes
    .map((h) => `<innerBoundaryIs><LinearRing><coordinates>${coords(h)}</coordinates></LinearRing></innerBoundaryIs>`)
    .join('');
  return `<Polygon><outerBoundaryIs><LinearRing><coordinates>${coords(outer ?? [])}</coordinates></LinearRing></outerBoundaryIs>${inner}</Polygon>`;
}

/** Returns the project as a KML 2.2 document for Google Earth (folders for sites, areas, corridors). */
export function projectToKml(project: Project): string {
  const sites = project.sites
    .map(
      (s) =>
        `<Placemark id="${xmlEscape(s.id)}"><name>${xmlEscape(s.name)}</name><description>${xmlEscape(`${s.kind}, ${s.antennaHeightM} m`)}</description><styleUrl>#site</styleUrl><Point><coordinates>${s.lon},${s.lat},0</coordinates></Point></Placemark>`,
    )
    .join('\n');
  const areas = project.areas
    .map((a) => {
      const polys = a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates;
      const geometry =
        polys.length === 1
          ? polygonKml(polys[0] as Position[][])
          : `<MultiGeometry>${polys.map(polygonKml).join('')}</MultiGeometry>`;
      return `<Placemark id="${xmlEscape(a.id)}"><name>${xmlEscape(a.name)}</name><description>${xmlEscape(a.kind)}</description><styleUrl>#${a.kind}</styleUrl>${geometry}</Placemark>`;
    })
    .join('\n');
  const corridors = project.corridors
    .map(
      (c) =>
        `<Placemark id="${xmlEscape(c.id)}"><name>${xmlEscape(c.name)}</name><description>${xmlEscape(`${c.widthM} m, ${c.altitudeM} m AGL`)}</description><styleUrl>#corridor</styleUrl><LineString><altitudeMode>relativeToGround</altitudeMode><coordinates>${coords(c.coordinates, c.altitudeM)}</coordinates></LineString></Placemark>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
<Document><name>${xmlEscape(project.meta.name)}</name>
${Object.values(STYLES).join('\n')}
<Folder><name>Sites</name>
${sites}
</Folder>
<Folder><name>Areas</name>
${areas}
</Folder>
<Folder><name>Corridors</name>
${corridors}
</Folder>
</Document>
</kml>
`;
}
