import type { Project } from '../../../core/project/schema';
import { parseCoordinate } from '../../geo/parse-coordinate';
import type { Place } from './gazetteer';

/** One search hit: a typed coordinate, a project object (site, area, corridor) or a gazetteer place. */
export type SearchResult =
  | { kind: 'coordinate'; key: string; label: string; lat: number; lon: number }
  | { kind: 'site' | 'area' | 'corridor'; key: string; label: string; objectId: string }
  | { kind: 'place'; key: string; label: string; lat: number; lon: number; place: Place; matched: string };

/** Most results shown at once. */
export const MAX_RESULTS = 8;

/**
 * Folds a name for matching: lower case, no accents, Danish letters spelled out (æ→ae, ø→oe, å→aa), so "Arhus",
 * "Aarhus" and "Århus" or "Rudkobing" and "Rudkøbing" meet.
 */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Match quality of `name` for a folded query (lower is better): 0 exact, 1 prefix, 2 word prefix, 3 inside; null none. */
export function matchRank(name: string, foldedQuery: string): number | null {
  if (foldedQuery === '') return null;
  const folded = foldName(name);
  const loose = folded.replace(/oe/g, 'o').replace(/ae/g, 'a').replace(/aa/g, 'a');
  const query = foldedQuery.replace(/oe/g, 'o').replace(/ae/g, 'a').replace(/aa/g, 'a');
  for (const [candidate, q] of [
    [folded, foldedQuery],
    [loose, query],
  ] as const) {
    if (candidate === q) return 0;
    if (candidate.startsWith(q)) return 1;
    if (candidate.split(' ').some((word) => word.startsWith(q))) return 2;
  }
  return folded.includes(foldedQuery) ? 3 : null;
}

function objectResults(project: Project, query: string): (SearchResult & { rank: number })[] {
  const hits: (SearchResult & { rank: number })[] = [];
  const add = (kind: 'site' | 'area' | 'corridor', id: string, name: string) => {
    const rank = matchRank(name, query);
    if (rank !== null) hits.push({ kind, key: `${kind}:${id}`, label: name, objectId: id, rank });
  };
  for (const s of project.sites) add('site', s.id, s.name);
  for (const a of project.areas) add('area', a.id, a.name);
  for (const c of project.corridors) add('corridor', c.id, c.name);
  return hits;
}

function placeResults(places: readonly Place[], query: string): (SearchResult & { rank: number })[] {
  const hits: (SearchResult & { rank: number; population: number })[] = [];
  for (const place of places) {
    let best: { rank: number; matched: string } | null = null;
    for (const name of [place.name, ...place.alternateNames]) {
      const rank = matchRank(name, query);
      if (rank !== null && (!best || rank < best.rank)) best = { rank, matched: name };
    }
    if (best && best.rank < 3)
      hits.push({
        kind: 'place',
        key: `place:${place.name}:${place.lat}:${place.lon}`,
        label: place.name,
        lat: place.lat,
        lon: place.lon,
        place,
        matched: best.matched,
        rank: best.rank,
        population: place.population,
      });
  }
  return hits.sort((a, b) => a.rank - b.rank || b.population - a.population);
}

/**
 * Finds a query among typed coordinates (WGS84 decimal, DMS, EPSG:25832), the project's objects and the offline
 * gazetteer: a coordinate first, then objects, then places, each ordered by match quality (places by population).
 */
export function search(query: string, project: Project, places: readonly Place[]): SearchResult[] {
  const text = query.trim();
  if (text === '') return [];
  const results: SearchResult[] = [];
  if (/\d/.test(text)) {
    const coordinate = parseCoordinate(text);
    if (coordinate.ok)
      results.push({ kind: 'coordinate', key: 'coordinate', label: text, lat: coordinate.lat, lon: coordinate.lon });
  }
  const folded = foldName(text);
  const strip = <T extends { rank: number }>({ rank: _rank, ...rest }: T) => rest;
  const objects = objectResults(project, folded).sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
  results.push(...objects.map((o) => strip(o) as SearchResult));
  results.push(...placeResults(places, folded).map((p) => strip(p) as SearchResult));
  return results.slice(0, MAX_RESULTS);
}
