import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../../core/project/load';
import type { Place } from '../../../../renderer/features/search/gazetteer';
import { foldName, matchRank, MAX_RESULTS, search } from '../../../../renderer/features/search/search-index';

const sample = loadProject(readFileSync('data/samples/langeland.frekvensplan', 'utf8'), { file: 'sample' });
if (!sample.ok) throw new Error('sample does not load');
const project = sample.value.project;

/** The generated gazetteer (scripts/build-gazetteer.mjs, run by npm install). */
const gazetteer = JSON.parse(readFileSync('data/gazetteer/denmark-places.json', 'utf8')) as {
  places: [string, number, number, number, string, string[]][];
};
const places: Place[] = gazetteer.places.map(([name, lat, lon, population, featureCode, alternateNames]) => ({
  name,
  lat,
  lon,
  population,
  featureCode,
  alternateNames,
}));

describe('search', () => {
  it('folds Danish letters and accents so spellings meet', () => {
    expect(foldName('Rudkøbing')).toBe('rudkoebing');
    expect(foldName('Århus')).toBe(foldName('Aarhus'));
    expect(foldName('Tranekær  Skole')).toBe('tranekaer skole');
    expect(matchRank('Rudkøbing', foldName('rudkobing'))).toBe(0);
    expect(matchRank('Langeland Brandvæsen, Rudkøbing', foldName('rudk'))).toBe(2);
    expect(matchRank('Humble', foldName('xyz'))).toBeNull();
  });

  it('finds Humble on Langeland in the offline gazetteer at its GeoNames position', () => {
    const [first] = search('Humble', project, places).filter((r) => r.kind === 'place');
    expect(first?.label).toBe('Humble');
    // GeoNames 2619670: 54.82972 N, 10.69961 E (cities500).
    if (first?.kind !== 'place') throw new Error('no place');
    expect(first.lat).toBeCloseTo(54.82972, 4);
    expect(first.lon).toBeCloseTo(10.69961, 4);
  });

  it('lists matching project objects before places, and finds places by a Danish alternate name', () => {
    const results = search('humble', project, places);
    expect(results[0]).toMatchObject({ kind: 'site', label: 'Humble Skole' });
    expect(results.some((r) => r.kind === 'area' && r.label === 'Øvelse: brand ved Humble')).toBe(true);
    const copenhagen = search('København', project, places).find((r) => r.kind === 'place');
    expect(copenhagen?.label).toBe('Copenhagen');
  });

  it('reads a typed coordinate in each accepted notation first', () => {
    for (const text of ['54,9395 10,7140', `54°56'22"N 10°42'50"Ø`, 'E 609408 N 6089412']) {
      const [first] = search(text, project, places);
      expect(first?.kind).toBe('coordinate');
      if (first?.kind !== 'coordinate') continue;
      expect(first.lat).toBeCloseTo(54.94, 1);
      expect(first.lon).toBeCloseTo(10.71, 1);
    }
  });

  it('never throws and never returns more than the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(search(text, project, places).length).toBeLessThanOrEqual(MAX_RESULTS);
      }),
      { numRuns: 300 },
    );
  });
});
