import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../../core/project';

const sample = readFileSync(join(__dirname, '../../../../data/samples/langeland.frekvensplan'), 'utf8');

describe('loadProject on arbitrary input', () => {
  it('never throws on random text and always explains a refusal', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = loadProject(text);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = loadProject(JSON.stringify(value));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a truncated or corrupted sample and never half-loads', () => {
    fc.assert(
      fc.property(fc.nat({ max: sample.length - 1 }), fc.string({ maxLength: 3 }), (cut, junk) => {
        const text = sample.slice(0, cut) + junk;
        const result = loadProject(text);
        if (result.ok) {
          expect(result.value.project.sites.length).toBeGreaterThan(0);
        } else {
          expect(result.problems[0]?.message.da.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports a random field mutation of a valid project as located problems', () => {
    const base = JSON.parse(sample);
    fc.assert(
      fc.property(
        fc.nat({ max: base.sites.length - 1 }),
        fc.constantFrom('lat', 'lon', 'name', 'antennaHeightM', 'environment'),
        fc.oneof(fc.string(), fc.double(), fc.constant(null)),
        (index, field, value) => {
          const doc = structuredClone(base);
          doc.sites[index][field] = value;
          const result = loadProject(JSON.stringify(doc));
          if (!result.ok)
            expect(result.problems.every((p) => p.path.startsWith(`sites[${index}].${field}`))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
