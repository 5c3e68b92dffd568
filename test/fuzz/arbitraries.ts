import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';

/** Numbers an importer meets in the wild: plausible Danish values, edge values and absurd ones. */
export const wildNumber = fc.oneof(
  fc.double({ min: 8, max: 15, noNaN: true }),
  fc.double({ min: 54.5, max: 57.8, noNaN: true }),
  fc.constantFrom(0, -0, -1, 1e9, -1e9, 1e300, -1e300, 300, 300.0001, 500, 500.1, 10000, 10000.5, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A property value: numbers, strings (some very long), null, nested things. */
export const wildValue = fc.oneof(
  wildNumber,
  fc.string({ maxLength: 30 }),
  fc.constantFrom('x'.repeat(5001), '=HYPERLINK("http://x")', '', ' '),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
);

const position = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(fc.double({ min: 9, max: 12, noNaN: true }), fc.double({ min: 54.7, max: 56, noNaN: true })),
  },
  { weight: 1, arbitrary: fc.tuple(wildNumber, wildNumber) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], [1], ['a', 'b'], null, [10, 55, 0], 7) },
);

/** A closed ring around a random centre, sometimes with a crossing or too few corners. */
const ring = fc
  .tuple(
    fc.double({ min: 9, max: 12, noNaN: true }),
    fc.double({ min: 54.7, max: 56, noNaN: true }),
    fc.integer({ min: 1, max: 12 }),
    fc.boolean(),
  )
  .map(([x, y, n, cross]) => {
    const pts = Array.from({ length: n }, (_, i) => [
      x + 0.01 * Math.cos((2 * Math.PI * i) / n),
      y + 0.01 * Math.sin((2 * Math.PI * i) / n),
    ]);
    if (cross && pts.length > 3) [pts[1], pts[2]] = [pts[2] as number[], pts[1] as number[]];
    return [...pts, pts[0]];
  });

type Geometry = Record<string, unknown>;

/** A GeoJSON geometry of any type, nested GeometryCollections included. */
export const geometry: fc.Arbitrary<Geometry> = fc.letrec<{ g: Geometry }>((tie) => ({
  g: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('Point'), coordinates: position }),
    fc.record({ type: fc.constant('MultiPoint'), coordinates: fc.array(position, { maxLength: 4 }) }),
    fc.record({ type: fc.constant('LineString'), coordinates: fc.array(position, { maxLength: 6 }) }),
    fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(ring, { minLength: 0, maxLength: 2 }) }),
    fc.record({
      type: fc.constant('MultiPolygon'),
      coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 2 }),
    }),
    fc.record({ type: fc.constant('GeometryCollection'), geometries: fc.array(tie('g'), { maxLength: 3 }) }),
    fc.record({ type: fc.constantFrom('Curve', 'point', ''), coordinates: position }),
  ),
})).g;

const properties = fc.dictionary(
  fc.constantFrom('name', 'navn', 'antennaHeightM', 'widthM', 'altitudeM', 'kind', 'other'),
  wildValue,
  { maxKeys: 5 },
);

/** A GeoJSON FeatureCollection (sometimes with the legacy EPSG:25832 crs member). */
export const featureCollection = fc.record({
  type: fc.constant('FeatureCollection'),
  features: fc.array(
    fc.record({ type: fc.constant('Feature'), properties, geometry: fc.option(geometry, { nil: null }) }),
    { maxLength: 6 },
  ),
});

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const coords = (value: unknown): string =>
  Array.isArray(value) ? value.map((p) => (Array.isArray(p) ? p.join(',') : String(p))).join(' ') : String(value);

function kmlGeometry(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return `<Point><coordinates>${Array.isArray(g.coordinates) ? g.coordinates.join(',') : String(g.coordinates)}</coordinates></Point>`;
    case 'LineString':
      return `<LineString><coordinates>${coords(g.coordinates)}</coordinates></LineString>`;
    case 'Polygon': {
      const [outer, ...holes] = (g.coordinates as unknown[]) ?? [];
      const boundary = (r: unknown, tag: string) =>
        `<${tag}><LinearRing><coordinates>${coords(r)}</coordinates></LinearRing></${tag}>`;
      return `<Polygon>${outer ? boundary(outer, 'outerBoundaryIs') : ''}${holes.map((h) => boundary(h, 'innerBoundaryIs')).join('')}</Polygon>`;
    }
    case 'GeometryCollection':
      return `<MultiGeometry>${(g.geometries as Geometry[]).map(kmlGeometry).join('')}</MultiGeometry>`;
    default:
      return '';
  }
}

/** A KML document with the same kinds of content, nested in Folders. */
export const kmlText = fc
  .tuple(fc.array(fc.tuple(fc.string({ maxLength: 20 }), geometry), { maxLength: 5 }), fc.integer({ min: 0, max: 4 }))
  .map(([placemarks, folders]) => {
    const body = placemarks
      .map(([name, g]) => `<Placemark><name>${xml(name)}</name>${kmlGeometry(g)}</Placemark>`)
      .join('');
    return `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${'<Folder>'.repeat(folders)}${body}${'</Folder>'.repeat(folders)}</Document></kml>`;
  });

/** A KMZ archive of a KML document (and sometimes other entries). */
export const kmzBytes = fc
  .tuple(kmlText, fc.boolean())
  .map(([kml, extra]) => zipSync({ 'doc.kml': strToU8(kml), ...(extra ? { 'files/x.png': new Uint8Array(64) } : {}) }));

const csvCell = fc.oneof(
  fc.string({ maxLength: 12 }),
  wildNumber.map((n) => String(n)),
  wildNumber.map((n) => String(n).replace('.', ',')),
  fc.constantFrom('', '"quoted; cell"', '55,1', '10,7', '609408', '6089412', "'=1+1", 'mast', 'x'.repeat(5001)),
);

/** A CSV site list: a known or unknown header, random rows, one of the accepted delimiters. */
export const csvText = fc
  .tuple(
    fc.constantFrom(
      'navn;lat;lon;højde;type;noter',
      'name,lat,lon',
      'Navn;Øst;Nord',
      'a;b;c',
      'name\tlatitude\tlongitude',
    ),
    fc.array(fc.array(csvCell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
    fc.constantFrom(';', ',', '\t'),
  )
  .map(([header, rows, delimiter]) => [header, ...rows.map((r) => r.join(delimiter))].join('\r\n'));
