import { describe, expect, it } from 'vitest';
import {
  buildRequestDocument,
  hasBlockingFindings,
  leaseRequestJsonSchema,
  requestToGeoJson,
  requestToJson,
} from '../../../../core/request';
import { areaKm2Utm32 } from '../../../../core/geo/measure';
import { hasOgrinfo, ogrFeatureCount } from '../../../helpers/ogr';
import { sampleDraft, sampleProject, termsProfile } from './fixtures';

const project = sampleProject();
const build = (lang: 'da' | 'en', overrides = {}) =>
  buildRequestDocument({
    project,
    profile: termsProfile('dk-tt-2021'),
    draft: { ...sampleDraft, ...overrides },
    lang,
    markDraft: false,
  });

describe('buildRequestDocument', () => {
  it('builds a Danish request with every section the brief names', () => {
    const doc = build('da');
    expect(doc.title).toBe('Anmodning om leje af frekvenser til privat 5G-net');
    expect(doc.sections.map((s) => s.id)).toEqual([
      'parties',
      'purpose',
      'area',
      'spectrum',
      'cells',
      'coverage',
      'findings',
      'fee',
    ]);
    const spectrum = doc.sections.find((s) => s.id === 'spectrum');
    expect(spectrum?.fields).toContainEqual(['Frekvenser', '3.740–3.800 MHz']);
    expect(spectrum?.fields).toContainEqual(['Periode', '01.01.2027 – 31.12.2031']);
    expect(doc.sections.find((s) => s.id === 'fee')?.paragraphs[0]).toBe('Prisen er ikke offentliggjort.');
    expect(doc.signature[0]).toBe('Dato: 29.11.2026');
  });

  it('reports the lease area in km² computed in EPSG:25832, agreeing with the ellipsoidal area', () => {
    const doc = build('en');
    const lease = project.areas.find((a) => a.id === 'lease-udkast');
    expect(doc.machine.areaKm2).toBeCloseTo(areaKm2Utm32(lease!.geometry), 9);
    expect(Math.abs((doc.machine.areaKm2Ellipsoidal as number) / (doc.machine.areaKm2 as number) - 1)).toBeLessThan(
      0.002,
    );
    expect(doc.leaseArea?.outerRingUtm[0]?.[0]).toBeGreaterThan(500000);
  });

  it('lists every planned cell and has no blocking finding for the sample', () => {
    const doc = build('en');
    expect(doc.cells).toHaveLength(project.sites.reduce((n, s) => n + s.cells.length, 0));
    expect(hasBlockingFindings(doc)).toBe(false);
    expect(doc.machine.findings.map((f) => f.id)).toContain('window.after-obligation-window');
  });

  it('has blocking findings when the lease area is missing', () => {
    expect(hasBlockingFindings(build('en', { leaseAreaId: null }))).toBe(true);
  });

  it('computes the BNetzA fee in the document for a German profile', () => {
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
    const a2 = (doc.machine.areaKm2 as number) - 1;
    expect(doc.machine.fee?.amount).toBeCloseTo(1000 + 100 * 10 * 5 * (6 * 1 + a2), 1);
    expect(doc.draft).toBe(true);
  });
});

describe('JSON and GeoJSON outputs', () => {
  it('JSON has the fields the CLI promises and validates against its schema', () => {
    const json = requestToJson(build('da'));
    expect(leaseRequestJsonSchema.safeParse(json).success).toBe(true);
    expect(json).toMatchObject({
      frequencyMHz: { from: 3740, to: 3800 },
      bandwidthMHz: 60,
      period: { from: '2027-01-01', to: '2031-12-31' },
      fee: null,
    });
    expect(json.areaKm2).toBeGreaterThan(100);
  });

  const cells = project.sites.reduce((n, s) => n + s.cells.length, 0);

  it('GeoJSON holds the lease area and the cells', () => {
    expect(requestToGeoJson(build('en')).features).toHaveLength(1 + cells);
  });

  it.runIf(hasOgrinfo())('GDAL reads the request GeoJSON with the same feature count', () => {
    expect(ogrFeatureCount('request.geojson', JSON.stringify(requestToGeoJson(build('en'))))).toBe(1 + cells);
  });
});

describe('coverage in the request document', () => {
  it("computes the lease area's coverage, contour and boundary field when asked", () => {
    const doc = buildRequestDocument({
      project,
      profile: termsProfile('dk-tt-2021'),
      draft: sampleDraft,
      lang: 'da',
      markDraft: false,
      coverage: 'compute',
    });
    const text = doc.sections.find((s) => s.id === 'coverage')?.paragraphs[0] ?? '';
    expect(text).toMatch(/\d+,\d % af lejeområdet har RSRP ≥ −100 dBm/);
    expect(doc.coverageContour?.type).toBe('MultiPolygon');
    expect(doc.machine.findings.map((f) => f.id)).toContain('boundary-field.no-limit');
  });

  it('blocks the request when a boundary limit is set and exceeded', () => {
    const profile = termsProfile('dk-tt-2021');
    const strict = {
      ...profile,
      boundaryLimitDbuvPerMPer5MHz: { value: 20, source: { title: 'test' }, verified: true },
    };
    const doc = buildRequestDocument({
      project,
      profile: strict,
      draft: sampleDraft,
      lang: 'en',
      markDraft: false,
      coverage: 'compute',
    });
    expect(doc.machine.findings.find((f) => f.id === 'boundary-field.exceeded')?.severity).toBe('blocking');
  });
});
