import { wgs84ToUtm32 } from '../geo/projection';
import type { AreaGeometry } from '../project/schema';
import type { DocFormat } from './doc-format';
import { ringsOf, type DocAnnex } from './model';

const L = (da: string, en: string, de: string, sv: string) => ({ da, en, de, sv });

/** Annex A: every ring of the lease area (each part's outer ring and its holes) in EPSG:25832 and WGS84. */
export function coordinateAnnex(name: string, geometry: AreaGeometry, f: DocFormat): DocAnnex {
  const t = (text: ReturnType<typeof L>) => text[f.lang];
  const parts = ringsOf(geometry);
  const rows: string[][] = [];
  parts.forEach((polygon, p) =>
    polygon.forEach((ring, r) => {
      const label =
        r === 0
          ? t(
              L(
                `Del ${p + 1}, ydre ring`,
                `Part ${p + 1}, outer ring`,
                `Teil ${p + 1}, Außenring`,
                `Del ${p + 1}, yttre ring`,
              ),
            )
          : t(
              L(
                `Del ${p + 1}, hul ${r}`,
                `Part ${p + 1}, hole ${r}`,
                `Teil ${p + 1}, Aussparung ${r}`,
                `Del ${p + 1}, hål ${r}`,
              ),
            );
      ring.forEach(([lon, lat], i) => {
        const [e, n] = wgs84ToUtm32([lon, lat]);
        rows.push([i === 0 ? label : '', String(i + 1), f.num(e, 2), f.num(n, 2), f.num(lat, 6), f.num(lon, 6)]);
      });
    }),
  );
  const ringCount = parts.reduce((k, p) => k + p.length, 0);
  return {
    id: 'annex-a',
    heading: t(
      L(
        'Bilag A: Koordinatliste for området',
        'Annex A: Coordinate list of the area',
        'Anlage A: Koordinatenliste des Gebiets',
        'Bilaga A: Koordinatlista för området',
      ),
    ),
    paragraphs: [
      t(
        L(
          `${name}: ${parts.length} del(e), ${ringCount} ring(e). Hver ring er lukket (første punkt = sidste). EPSG:25832 (ETRS89 / UTM 32N) i meter og WGS84 i grader.`,
          `${name}: ${parts.length} part(s), ${ringCount} ring(s). Each ring is closed (first point = last). EPSG:25832 (ETRS89 / UTM 32N) in metres and WGS84 in degrees.`,
          `${name}: ${parts.length} Teil(e), ${ringCount} Ring(e). Jeder Ring ist geschlossen (erster Punkt = letzter). EPSG:25832 (ETRS89 / UTM 32N) in Metern und WGS84 in Grad.`,
          `${name}: ${parts.length} del(ar), ${ringCount} ring(ar). Varje ring är sluten (första punkten = sista). EPSG:25832 (ETRS89 / UTM 32N) i meter och WGS84 i grader.`,
        ),
      ),
    ],
    table: {
      columns: [
        t(L('Ring', 'Ring', 'Ring', 'Ring')),
        '#',
        t(L('Øst (E)', 'Easting (E)', 'Ostwert (E)', 'Östlig (E)')),
        t(L('Nord (N)', 'Northing (N)', 'Nordwert (N)', 'Nordlig (N)')),
        t(L('Bredde', 'Latitude', 'Breite', 'Latitud')),
        t(L('Længde', 'Longitude', 'Länge', 'Longitud')),
      ],
      weights: [1.8, 0.5, 1.5, 1.6, 1.2, 1.2],
      rows,
    },
  };
}
