import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { borderFieldStrength, fieldFromEirpDbuvPerM, radioCellsOf, radioHorizonKm } from '../../../../core/coverage';
import { freeSpacePathLoss } from '../../../../core/radio';
import { wgs84ToUtm32 } from '../../../../core/geo/projection';
import type { Project } from '../../../../core/project/schema';
import { buildRequestDocument, hasBlockingFindings } from '../../../../core/request';
import { landFromBasemap } from '../../../../core/request/land';
import { sampleDraft, termsProfile, tunedSampleProject } from './fixtures';

const land = landFromBasemap(
  JSON.parse(readFileSync(join(__dirname, '../../../../data/basemap/denmark-land.json'), 'utf8')),
);

describe('field strength from EIRP (ITU-R P.525)', () => {
  it('1 W isotropic e.i.r.p. at 1 km in free space is 74.8 dB(µV/m) (P.525 §2.1: E = P(dBW) − 20·log d(km) + 74.8)', () => {
    const pl = freeSpacePathLoss({ fcGHz: 3.7, d3dM: 1000 }).pathLossDb;
    expect(fieldFromEirpDbuvPerM(30, pl, 3700)).toBeCloseTo(74.8, 1);
  });

  it('radio horizon (4/3 Earth): 30 m mast to 3 m receiver ≈ 29.7 km', () => {
    expect(radioHorizonKm(30, 3)).toBeCloseTo(29.7, 1);
  });
});

/** A 60 dBm sector at Helsingør pointing east across Øresund, unsynchronised, with a lease area around it. */
function helsingor(synchronised: boolean): { project: Project; draft: typeof sampleDraft } {
  const base = tunedSampleProject();
  const site = {
    ...base.sites[0]!,
    id: 'hel',
    name: 'Helsingør Havn',
    lon: 12.6155,
    lat: 56.0385,
    antennaHeightM: 30,
    cells: [{ ...base.sites[0]!.cells[0]!, id: 'hel-a', azimuthDeg: 90, eirpDbmPer5MHz: 60 }],
  };
  const ring: [number, number][] = [
    [12.56, 56.0],
    [12.64, 56.0],
    [12.64, 56.06],
    [12.56, 56.06],
    [12.56, 56.0],
  ];
  const area = {
    id: 'lease-hel',
    name: 'Helsingør havn',
    kind: 'lease' as const,
    notes: '',
    geometry: { type: 'Polygon' as const, coordinates: [ring] },
  };
  const project = { ...base, sites: [site], areas: [area], slices: [] };
  return { project, draft: { ...sampleDraft, leaseAreaId: 'lease-hel', synchronised } };
}

describe('the field along the national border is computed, not a distance (issue 10 item 3)', () => {
  it('a 60 dBm unsynchronised sector ~4 km from Sweden exceeds 32 dB(µV/m) per 5 MHz: blocking, with the maximum, where and how high', () => {
    const { project, draft } = helsingor(false);
    const doc = buildRequestDocument({
      project,
      profile: termsProfile('dk-tt-2021'),
      draft,
      lang: 'en',
      markDraft: false,
      land,
    });
    const finding = doc.machine.findings.find((f) => f.id === 'border-field.exceeded.SE.unsynchronised');
    expect(finding?.severity).toBe('blocking');
    expect(finding?.message.en).toMatch(
      /Predicted field strength at the border with Sweden: at most \d+\.\d dBµV\/m per 5 MHz at 3 m height at 56\.\d{5}° N 12\.\d{5}° E \(EPSG:25832 E [\d,]+ N [\d,]+\); the limit is 32\.0 dBµV\/m per 5 MHz at 3 m height/,
    );
    expect(finding?.message.en).toContain('The sea border is not modelled');
    const se = doc.machine.fields.borders.find((b) => b.country === 'SE')!;
    expect(se.maxDbuvPerMPer5MHz).toBeGreaterThan(41);
    expect(se.maxDbuvPerMPer5MHz).toBeLessThan(110);
    expect(se.lon).toBeGreaterThan(12.65); // on the Swedish coast, east of the sound
    expect(se.heightM).toBe(3);
    expect(wgs84ToUtm32([se.lon, se.lat])[0]).toBeCloseTo(se.easting, 3);
    expect(hasBlockingFindings(doc)).toBe(true);
    const letter = JSON.stringify(doc.sections);
    expect(letter).toContain('Border with Sweden (unsynchronised use): at most');
  });

  it('synchronised use prints the synchronised conditions and is not held to the unsynchronised limit', () => {
    const { project, draft } = helsingor(true);
    const doc = buildRequestDocument({
      project,
      profile: termsProfile('dk-tt-2021'),
      draft,
      lang: 'en',
      markDraft: false,
      land,
    });
    expect(doc.machine.findings.some((f) => f.id.startsWith('border-field.exceeded.SE'))).toBe(false);
    expect(doc.machine.findings.find((f) => f.id === 'border-field.no-limit.SE')?.message.en).toContain(
      'no limit for synchronised use towards Sweden',
    );
    const spectrum = doc.sections.find((s) => s.id === 'spectrum')?.after?.[0];
    expect(spectrum).toContain('The limits for synchronised use therefore apply.');
    const unsync = buildRequestDocument({
      project,
      profile: termsProfile('dk-tt-2021'),
      draft: { ...draft, synchronised: false },
      lang: 'en',
      markDraft: false,
      land,
    });
    expect(unsync.sections.find((s) => s.id === 'spectrum')?.after?.[0]).toContain(
      'The limits for unsynchronised use at borders and at the area edge therefore apply',
    );
  });

  it('border maxima scale with EIRP: 10 dB less power, 10 dB less field', () => {
    const { project } = helsingor(false);
    const cells = radioCellsOf(project);
    const weaker = radioCellsOf({
      sites: project.sites.map((s) => ({ ...s, cells: s.cells.map((c) => ({ ...c, eirpDbmPer5MHz: 50 })) })),
    });
    const a = borderFieldStrength(
      cells,
      land.filter((l) => l.country === 'SE'),
    )[0]!.field!;
    const b = borderFieldStrength(
      weaker,
      land.filter((l) => l.country === 'SE'),
    )[0]!.field!;
    expect(a.maxDbuvPerMPer5MHz - b.maxDbuvPerMPer5MHz).toBeCloseTo(10, 6);
  });

  it('a lease area over 3.2 km² of German land is blocking', () => {
    const base = tunedSampleProject();
    // Padborg/Kruså on the land border: a box reaching about 1.5 km into Germany.
    const ring: [number, number][] = [
      [9.33, 54.81],
      [9.38, 54.81],
      [9.38, 54.855],
      [9.33, 54.855],
      [9.33, 54.81],
    ];
    const site = { ...base.sites[0]!, lon: 9.355, lat: 54.845 };
    const area = {
      id: 'lease-border',
      name: 'Padborg',
      kind: 'lease' as const,
      notes: '',
      geometry: { type: 'Polygon' as const, coordinates: [ring] },
    };
    const project = { ...base, sites: [site], areas: [area], slices: [] };
    const doc = buildRequestDocument({
      project,
      profile: termsProfile('dk-tt-2021'),
      draft: { ...sampleDraft, leaseAreaId: 'lease-border' },
      lang: 'en',
      markDraft: false,
      land,
    });
    const finding = doc.machine.findings.find((f) => f.id === 'area.foreign-land.DE');
    expect(finding?.severity).toBe('blocking');
    const km2 = Number(/covers ([\d.]+) km²/.exec(finding!.message.en)?.[1]);
    expect(km2).toBeGreaterThan(1);
  });
});
