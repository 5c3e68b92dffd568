import { booleanContains, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import {
  buildRequestDocument,
  hasBlockingFindings,
  leaseRequestJsonSchema,
  requestToGeoJson,
  requestToJson,
} from '../../../../core/request';
import { areaKm2Utm32 } from '../../../../core/geo/measure';
import { hasOgrinfo, ogrAreaKm2Epsg25832, ogrFeatureCount } from '../../../helpers/ogr';
import { holedMultiPartProject, sampleDraft, sampleProject, termsProfile, tunedSampleProject } from './fixtures';

const project = tunedSampleProject();
const build = (lang: 'da' | 'en', overrides = {}, p = project) =>
  buildRequestDocument({
    project: p,
    profile: termsProfile('dk-tt-2021'),
    draft: { ...sampleDraft, ...overrides },
    lang,
    markDraft: false,
  });

describe('buildRequestDocument: the Danish lease letter', () => {
  it('writes a formal request letter to TT-Netværket with the sections the recipient needs', () => {
    const doc = build('da');
    expect(doc.template).toBe('dk-lease-letter');
    expect(doc.title).toBe('Anmodning om leje af frekvenser i 3,5 GHz-båndet til privat 5G-net');
    expect(doc.letterhead.to).toEqual(['TT-Netværket P/S']);
    expect(doc.sections.map((s) => s.id)).toEqual([
      'basis',
      'requester',
      'purpose',
      'area',
      'spectrum',
      'cells',
      'coverage',
      'fee',
      'closing',
    ]);
    const requester = doc.sections.find((s) => s.id === 'requester')?.fields;
    expect(requester).toContainEqual(['EAN-nummer (fakturering)', '5798000420571']);
    expect(requester).toContainEqual(['Vores sagsnummer', '2026-1234']);
    const spectrum = doc.sections.find((s) => s.id === 'spectrum')?.fields;
    expect(spectrum).toContainEqual(['Frekvenser', '3.740–3.800 MHz†']);
    expect(spectrum).toContainEqual(['Periode', '01.01.2027 – 31.12.2031']);
    expect(doc.sections.find((s) => s.id === 'basis')?.fields).toContainEqual([
      'Frekvensmyndighed',
      'Styrelsen for Dataforsyning og Infrastruktur (SDFI)',
    ]);
    expect(doc.footnotes[0]).toContain('† Værdien bygger på en kilde, der ikke er verificeret');
    expect(doc.signature[0]).toBe('Dato: 29.11.2026');
  });

  it('calls a request after the window a voluntary commercial lease in the letter, and a kept right when declared in time', () => {
    const voluntary = build('da')
      .sections.find((s) => s.id === 'basis')
      ?.paragraphs.join(' ');
    expect(voluntary).toContain('Anmodningen er derfor en anmodning om frivillig, kommerciel leje.');
    expect(voluntary).not.toContain('kan afvise');
    const kept = build('da', { declaredInterest: { date: '2025-03-14', reference: 'TT ref. 2025-0042' } });
    const basis = kept.sections.find((s) => s.id === 'basis')?.paragraphs.join(' ');
    expect(basis).toContain('Vi erklærede interesse over for TT-Netværket den 14.03.2025 (TT ref. 2025-0042)');
    expect(basis).toContain('gør hermed brug af den bevarede ret');
    expect(kept.machine.findings.map((f) => f.id)).toContain('window.right-kept-by-declaration');
  });

  it('lists every cell by name (never an id or a kind enum) with carrier, tilt, antenna and both positions', () => {
    const doc = build('en');
    const table = doc.sections.find((s) => s.id === 'cells')?.table;
    const text = JSON.stringify(table);
    expect(table?.rows).toHaveLength(6);
    expect(text).toContain('Langeland Brandvæsen, Rudkøbing (120°)');
    expect(text).toContain('Fire station');
    expect(text).not.toMatch(/brand-rudkobing|fire-station|ferry-terminal/);
    expect(text).toContain('3,770.0 MHz');
    expect(text).toContain('(3,740.0–3,800.0)');
    expect(text).toContain('E 610,146 N 6,089,991');
    expect(text).toContain('54.94470° N 10.71960° E');
    expect(text).toContain('tilt 4.0°');
    expect(text).toContain('HPBW 65°/10°');
    expect(doc.sections.find((s) => s.id === 'cells')?.after).toEqual([
      'All 6 cells are within the power limits (EIRP ≤ 68 dBm/5 MHz†, TRP ≤ 47 dBm/5 MHz (AAS)†).',
    ]);
  });

  it('has no blocking finding for the complete, tuned sample', () => {
    expect(build('en').machine.findings.filter((f) => f.severity === 'blocking')).toEqual([]);
  });

  it('blocks the untuned sample: its cells transmit at 3670–3730 MHz while 3740–3800 MHz is requested', () => {
    const doc = build('en', {}, sampleProject());
    expect(hasBlockingFindings(doc)).toBe(true);
    expect(doc.machine.findings.filter((f) => f.id.startsWith('carrier.outside.'))).toHaveLength(6);
  });

  it('has blocking findings when the lease area is missing', () => {
    expect(hasBlockingFindings(build('en', { leaseAreaId: null }))).toBe(true);
  });

  it('reports the lease area in km² computed in EPSG:25832, agreeing with the ellipsoidal area', () => {
    const doc = build('en');
    const lease = project.areas.find((a) => a.id === 'lease-udkast');
    expect(doc.machine.areaKm2).toBeCloseTo(areaKm2Utm32(lease!.geometry), 9);
    expect(Math.abs((doc.machine.areaKm2Ellipsoidal as number) / (doc.machine.areaKm2 as number) - 1)).toBeLessThan(
      0.002,
    );
  });

  it('gives the same request id for the same content and a new one when the content changes', () => {
    expect(build('da').requestId).toBe(build('en').requestId);
    expect(build('da').requestId).toMatch(/^FP-20261129-[0-9A-F]{8}$/);
    expect(build('da', { frequency: { fromMHz: 3750, toMHz: 3800 } }).requestId).not.toBe(build('da').requestId);
  });
});

describe('whole geometries (issue 10 item 2): a holed, two-part lease area is kept whole everywhere', () => {
  const multi = holedMultiPartProject();
  const doc = build('en', {}, multi);
  const lease = multi.areas.find((a) => a.id === 'lease-udkast')!;

  it('the fixture really has a hole inside part 1 and a second part', () => {
    if (lease.geometry.type !== 'MultiPolygon') throw new Error('fixture');
    const [outer, hole] = lease.geometry.coordinates[0]!;
    expect(booleanContains(polygon([outer!]), polygon([hole!]))).toBe(true);
    expect(lease.geometry.coordinates).toHaveLength(2);
  });

  it('Annex A lists every ring: both parts and the hole, with every vertex', () => {
    const annex = doc.annexes[0]!;
    const labels = annex.table.rows.map((r) => r[0]).filter(Boolean);
    expect(labels).toEqual(['Part 1, outer ring', 'Part 1, hole 1', 'Part 2, outer ring']);
    const vertices =
      lease.geometry.type === 'MultiPolygon' ? lease.geometry.coordinates.flat().reduce((n, r) => n + r.length, 0) : 0;
    expect(annex.table.rows).toHaveLength(vertices);
    expect(annex.paragraphs[0]).toContain('2 part(s), 3 ring(s)');
  });

  it('JSON and GeoJSON carry the MultiPolygon with every part and hole, and the area figures agree with it', () => {
    const json = requestToJson(doc);
    expect(leaseRequestJsonSchema.safeParse(json).success).toBe(true);
    expect(json.leaseArea?.geometry.coordinates.map((p) => p.length)).toEqual([2, 1]);
    expect(json.leaseArea?.geometryEpsg25832.coordinates[0]?.[1]?.[0]?.[0]).toBeGreaterThan(600000);
    const area = requestToGeoJson(doc).features[0] as { geometry: { type: string; coordinates: unknown[][] } };
    expect(area.geometry.type).toBe('MultiPolygon');
    expect(area.geometry.coordinates.map((p) => p.length)).toEqual([2, 1]);
    const [a, b] = [
      areaKm2Utm32(lease.geometry),
      areaKm2Utm32({
        type: 'Polygon',
        coordinates: [(lease.geometry.coordinates as number[][][][])[0]![0] as [number, number][]],
      }),
    ];
    expect(json.areaKm2).toBeCloseTo(a, 9);
    expect(a).not.toBeCloseTo(b, 0);
  });

  it.runIf(hasOgrinfo())('every area figure is within 0.5 % of GDAL’s EPSG:25832 area of what the files carry', () => {
    const geojson = JSON.stringify(requestToGeoJson(doc));
    const gdal = ogrAreaKm2Epsg25832(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [(JSON.parse(geojson) as { features: object[] }).features[0]],
      }),
    );
    const json = requestToJson(doc);
    const jsonGdal = ogrAreaKm2Epsg25832(
      JSON.stringify({ type: 'Feature', properties: {}, geometry: json.leaseArea!.geometry }),
    );
    for (const figure of [json.areaKm2!, json.areaKm2Ellipsoidal!]) {
      expect(Math.abs(figure / gdal - 1)).toBeLessThan(0.005);
      expect(Math.abs(figure / jsonGdal - 1)).toBeLessThan(0.005);
    }
    const printed =
      doc.sections.find((s) => s.id === 'area')?.fields?.find(([k]) => k === 'Area (EPSG:25832)')?.[1] ?? '';
    expect(Math.abs(Number(printed.replace(/[^\d.]/g, '')) / gdal - 1)).toBeLessThan(0.005);
  });
});

describe('the BNetzA fee in the German document', () => {
  it('computes the fee from the a1/a2 split and prints t and the areas exactly', () => {
    const doc = buildRequestDocument({
      project,
      profile: termsProfile('de-bnetza-3700'),
      draft: {
        ...sampleDraft,
        frequency: { fromMHz: 3700, toMHz: 3800 },
        period: { from: '2027-01-01', to: '2036-12-31' },
        settlementKm2: 1,
      },
      lang: 'en',
      markDraft: true,
    });
    expect(doc.lang).toBe('de');
    const a2 = Math.round(((doc.machine.areaKm2 as number) - 1) * 1e6) / 1e6;
    expect(doc.machine.fee?.amount).toBeCloseTo(1000 + 100 * 10 * 5 * (6 * 1 + a2), 2);
    const fee = doc.sections.find((s) => s.id === 'fee')?.paragraphs ?? [];
    expect(fee[1]).toContain(`= 1.000 + 100 · 10 · 5 · (6 · 1,000000 + 1 · ${a2.toFixed(6).replace('.', ',')})`);
  });
});

describe('JSON and GeoJSON carry the draft flag, request id, profile id and dates', () => {
  it('JSON validates against its schema and has the promised fields', () => {
    const json = requestToJson(build('da'));
    expect(leaseRequestJsonSchema.safeParse(json).success).toBe(true);
    expect(json).toMatchObject({
      formatVersion: 2,
      draft: false,
      sample: true,
      profileId: 'dk-tt-2021',
      template: 'dk-lease-letter',
      requestDate: '2026-11-29',
      frequencyMHz: { from: 3740, to: 3800 },
      bandwidthMHz: 60,
      period: { from: '2027-01-01', to: '2031-12-31' },
      fee: null,
    });
    expect(json.requestId).toMatch(/^FP-/);
  });

  const cells = project.sites.reduce((n, s) => n + s.cells.length, 0);
  it('GeoJSON holds the lease area and the cells, with the request metadata', () => {
    const gj = requestToGeoJson(build('en'));
    expect(gj.features).toHaveLength(1 + cells);
    expect(gj.request).toMatchObject({
      draft: false,
      profileId: 'dk-tt-2021',
      requestDate: '2026-11-29',
      periodFrom: '2027-01-01',
      periodTo: '2031-12-31',
    });
    expect((gj.features[0] as { properties: object }).properties).toMatchObject({
      role: 'lease-area',
      draft: false,
      profileId: 'dk-tt-2021',
    });
  });

  it.runIf(hasOgrinfo())('GDAL reads the request GeoJSON with the same feature count', () => {
    expect(ogrFeatureCount('request.geojson', JSON.stringify(requestToGeoJson(build('en'))))).toBe(1 + cells);
  });
});

describe('coverage in the request document', () => {
  it('computes coverage with a contour that is not cut at the lease-area edge (spill-over visible)', () => {
    const doc = buildRequestDocument({
      project,
      profile: termsProfile('dk-tt-2021'),
      draft: sampleDraft,
      lang: 'da',
      markDraft: false,
      coverage: 'compute',
    });
    const text = doc.sections.find((s) => s.id === 'coverage')?.paragraphs[0] ?? '';
    expect(text).toMatch(/\d+,\d % af området har RSRP ≥ −100 dBm/);
    expect(text).toMatch(/ikke skåret ved områdets kant; \d+,\d\d km² af den ligger uden for området/);
    expect(doc.coverageContour?.type).toBe('MultiPolygon');
  });

  it('reports the boundary field with its maximum, place and height, and blocks when a set limit is exceeded', () => {
    const profile = termsProfile('dk-tt-2021');
    const strict = {
      ...profile,
      boundaryLimitDbuvPerMPer5MHz: { value: 20, source: { title: 'test' }, verified: true },
    };
    const doc = buildRequestDocument({ project, profile: strict, draft: sampleDraft, lang: 'en', markDraft: false });
    const field = doc.machine.findings.find((f) => f.id === 'boundary-field.exceeded');
    expect(field?.severity).toBe('blocking');
    expect(field?.message.en).toMatch(
      /dBµV\/m per 5 MHz at 3 m height at 54\.\d{5}° N 10\.\d{5}° E \(EPSG:25832 E [\d,]+ N [\d,]+\)/,
    );
    expect(doc.machine.fields.boundary?.heightM).toBe(3);
  });
});
