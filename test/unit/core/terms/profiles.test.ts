import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTermsProfile, unverifiedFields, type TermsProfile } from '../../../../core/terms';

const dir = join(__dirname, '../../../../data/terms');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function load(id: string): TermsProfile {
  const result = parseTermsProfile(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')), `${id}.json`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('terms profiles in data/terms', () => {
  it.each(files)('%s validates and its id matches its file name', (file) => {
    const result = parseTermsProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
    expect(result.ok).toBe(true);
    if (result.ok) expect(`${result.value.id}.json`).toBe(file);
  });

  it('ships the four regimes the brief names', () => {
    expect(files.sort()).toEqual(['de-bnetza-3700.json', 'dk-tt-2021.json', 'se-pts-3720.json', 'uk-ofcom-sa-lp.json']);
  });

  it('keeps the unpublished Danish terms visibly unverified', () => {
    const dk = load('dk-tt-2021');
    const unverified = unverifiedFields(dk).map((f) => f.key);
    for (const key of ['leasableRange', 'blockRasterMHz', 'licenceTerm', 'fee', 'areaBasis', 'nonAasEirpDbmPer5MHz']) {
      expect(unverified).toContain(key);
    }
    expect(dk.fee.value).toEqual({ model: 'not-published' });
    expect(dk.band.value).toEqual({ fromMHz: 3660, toMHz: 3800 });
    expect(dk.band.verified).toBe(true);
  });

  it('reports a broken profile with located problems', () => {
    const broken = JSON.parse(readFileSync(join(dir, 'dk-tt-2021.json'), 'utf8'));
    broken.band.value.toMHz = 3000;
    delete broken.fee.source;
    const result = parseTermsProfile(broken, 'broken.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.problems.map((p) => p.path);
      expect(paths).toContain('band.value');
      expect(paths).toContain('fee.source');
      expect(result.problems.every((p) => p.file === 'broken.json')).toBe(true);
    }
  });
});
