import type { DocSection } from '../model';
import type { TemplateContext } from './context';

const L = (da: string, en: string, de: string, sv: string) => ({ da, en, de, sv });

/** The area section's fields: name, areas, parts and holes, perimeter, where the coordinates are. */
export function areaFields(ctx: TemplateContext): [string, string][] {
  const { f, area } = ctx;
  if (!area) return [];
  const g = area.geometry;
  const parts = g.type === 'Polygon' ? 1 : g.coordinates.length;
  const holes = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).reduce((n, p) => n + p.length - 1, 0);
  return [
    [ctx.t(L('Område', 'Area', 'Gebiet', 'Område')), area.name],
    [
      ctx.t(L('Areal (EPSG:25832)', 'Area (EPSG:25832)', 'Fläche (EPSG:25832)', 'Areal (EPSG:25832)')),
      `${f.num(ctx.areaKm2 ?? 0, 3)} km²`,
    ],
    [
      ctx.t(
        L(
          'Areal (ellipsoide, GRS80)',
          'Area (ellipsoidal, GRS80)',
          'Fläche (Ellipsoid, GRS80)',
          'Areal (ellipsoid, GRS80)',
        ),
      ),
      `${f.num(ctx.areaEllipsoidalKm2 ?? 0, 3)} km²`,
    ],
    [
      ctx.t(L('Dele og huller', 'Parts and holes', 'Teilflächen und Aussparungen', 'Delar och hål')),
      `${f.num(parts)} / ${f.num(holes)}`,
    ],
    [
      ctx.t(L('Omkreds (alle ringe)', 'Perimeter (every ring)', 'Umfang (alle Ringe)', 'Omkrets (alla ringar)')),
      `${f.num(ctx.perimeterKm ?? 0, 2)} km`,
    ],
    [
      ctx.t(L('Koordinater', 'Coordinates', 'Koordinaten', 'Koordinater')),
      ctx.t(L('Bilag A (hver ring)', 'Annex A (every ring)', 'Anlage A (jeder Ring)', 'Bilaga A (varje ring)')),
    ],
  ];
}

/** The cells section: the table, then the positive power statement. */
export function cellsSection(
  ctx: TemplateContext,
  heading: string,
  intro: string[],
  power: string,
  table: DocSection['table'],
): DocSection {
  return {
    id: 'cells',
    heading,
    paragraphs:
      ctx.cells.length === 0
        ? [
            ctx.t(
              L(
                'Ingen celler er planlagt.',
                'No cells are planned.',
                'Es sind keine Zellen geplant.',
                'Inga celler är planerade.',
              ),
            ),
          ]
        : intro,
    ...(ctx.cells.length > 0 && table ? { table } : {}),
    after: power ? [power] : [],
  };
}
