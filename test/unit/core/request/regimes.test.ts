import { describe, expect, it } from 'vitest';
import { buildRequestDocument, hasBlockingFindings, resolveRequestDraft } from '../../../../core/request';
import { osGridReference, sweref99tm } from '../../../../core/request/templates/geometry';
import { regimeCase, sampleProject, termsProfile } from './fixtures';

const build = (id: Parameters<typeof regimeCase>[0], lang: 'da' | 'en' | 'de' | 'sv', patch = {}) => {
  const { project, draft } = regimeCase(id);
  return buildRequestDocument({
    project,
    profile: termsProfile(id),
    draft: { ...draft, ...patch },
    lang,
    markDraft: false,
  });
};
const blocking = (doc: ReturnType<typeof build>) =>
  doc.machine.findings.filter((f) => f.severity === 'blocking').map((f) => f.id);

describe("each regime's own document (issue 10 item 5)", () => {
  it('DK: a lease request to TT-Netværket in Danish, with a kept right when interest was declared in the window', () => {
    const doc = build('dk-tt-2021', 'da');
    expect(doc.kindLabel).toBe('Lejeanmodning');
    expect(blocking(doc)).toEqual([]);
    expect(doc.sections.find((s) => s.id === 'basis')?.paragraphs.join(' ')).toContain(
      'gør hermed brug af den bevarede ret',
    );
  });

  it('DE: BNetzA’s application data in German whatever language is asked, with use right, a1/a2 and their source', () => {
    const doc = build('de-bnetza-3700', 'da');
    expect(doc.lang).toBe('de');
    expect(doc.title).toBe(
      'Antrag auf Zuteilung von Frequenzen für lokale, breitbandige Frequenznutzungen im Bereich 3.700–3.800 MHz',
    );
    expect(doc.kindLabel).toBe('Antrag');
    const use = doc.sections.find((s) => s.id === 'use-right')?.fields;
    expect(use).toContainEqual(['Berechtigung', 'Eigentümer des Grundstücks']);
    expect(use).toContainEqual([
      'Grundstück (Gemarkung, Flur, Flurstück)',
      'Gemarkung Flensburg, Flur 12, Flurstück 17/2',
    ]);
    const area = doc.sections.find((s) => s.id === 'area')?.fields;
    expect(area).toContainEqual(['a1: Siedlungs- und Verkehrsfläche', '1,000000 km²']);
    expect(area).toContainEqual(['Quelle der Flächenaufteilung', 'ALKIS, tatsächliche Nutzung (Stand 2026)']);
    expect(blocking(doc)).toEqual([]);
    const fee = doc.machine.fee!;
    expect(fee.terms).toMatchObject({ months: 120, a1Km2: 1 });
    expect(doc.sections.find((s) => s.id === 'fee')?.paragraphs[1]).toContain(
      `= ${fee.amount.toLocaleString('de-DE', { minimumFractionDigits: 2 })} EUR`,
    );
  });

  it('DE: the BNetzA check value, 100 MHz for 10 years over 1 km² of settlement land, is 31,000 EUR', () => {
    const { project, draft } = regimeCase('de-bnetza-3700');
    const ring: [number, number][] = [
      [9.372, 54.766],
      [9.3876, 54.766],
      [9.3876, 54.775],
      [9.372, 54.775],
      [9.372, 54.766],
    ];
    const areas = [
      {
        id: 'km2',
        name: 'Werksgelände',
        kind: 'lease' as const,
        notes: '',
        geometry: { type: 'Polygon' as const, coordinates: [ring] },
      },
    ];
    const doc = buildRequestDocument({
      project: { ...project, areas },
      profile: termsProfile('de-bnetza-3700'),
      draft: { ...draft, leaseAreaId: 'km2', settlementKm2: 99 },
      lang: 'de',
      markDraft: true,
    });
    // The whole area is settlement land (a1 capped at the area); with a 1 km² area the fee is 1000 + 100·10·5·6·1.
    const a1 = doc.machine.fee!.terms.a1Km2;
    expect(doc.machine.fee!.amount).toBeCloseTo(1000 + 100 * 10 * 5 * 6 * a1, 2);
    expect(Math.abs(a1 - 1)).toBeLessThan(0.02);
  });

  it('DE: missing use right, property and split source block the application', () => {
    const doc = build('de-bnetza-3700', 'de', {
      useRight: { kind: null, statement: '' },
      propertyDesignation: '',
      settlementSource: '',
    });
    expect(blocking(doc)).toEqual(
      expect.arrayContaining(['requester.useRight', 'requester.propertyDesignation', 'requester.settlementSource']),
    );
  });

  it('SE: PTS’s fields in Swedish: centre point (WGS84 and SWEREF 99 TM), fastighetsbeteckning, indoor/outdoor, organisationsnummer', () => {
    const doc = build('se-pts-3720', 'sv');
    expect(doc.lang).toBe('sv');
    const fields = Object.fromEntries([
      ...(doc.sections.find((s) => s.id === 'applicant')?.fields ?? []),
      ...(doc.sections.find((s) => s.id === 'area')?.fields ?? []),
    ]);
    expect(fields['Organisationsnummer']).toBe('212000-1124');
    expect(fields['Fastighetsbeteckning']).toBe('Malmö Hamnen 22:164');
    expect(fields['Inomhus/utomhus']).toBe('Inomhus och utomhus');
    expect(fields['Centrumpunkt']).toMatch(
      /^55,\d{5}° N 12,\d{5}° O; SWEREF 99 TM N [\d\u00a0 ]+ E [\d\u00a0 ]+; EPSG:25832 E /,
    );
    const blocks =
      doc.sections.find((s) => s.id === 'spectrum')?.fields?.find(([k]) => k === 'Frekvensblock (10 MHz)')?.[1] ?? '';
    expect(blocks.replace(/\s/g, '').split(',')).toEqual([
      '3720–3730',
      '3730–3740',
      '3740–3750',
      '3750–3760',
      '3760–3770',
      '3770–3780',
      '3780–3790',
      '3790–3800',
    ]);
    expect(blocking(doc)).toEqual([]);
    expect(
      build('se-pts-3720', 'sv', {
        requester: { ...regimeCase('se-pts-3720').draft.requester, organisationNumber: '212000-1125' },
      }).machine.findings.map((f) => f.id),
    ).toContain('requester.organisation-number-invalid');
  });

  it('SWEREF 99 TM: Stockholm city hall at 59.3275° N 18.0547° E is about N 6 580 000, E 674 000', () => {
    const [e, n] = sweref99tm([18.0547, 59.3275]);
    expect(Math.abs(n - 6580000)).toBeLessThan(2000);
    expect(Math.abs(e - 674000)).toBeLessThan(2000);
  });

  it('UK: Ofcom low power is one 50 m circle per base station, built from the cells, in English', () => {
    const doc = build('uk-ofcom-sa-lp', 'en');
    expect(doc.title).toBe('Application for a Shared Access licence – low power, 3800–4200 MHz');
    expect(doc.circles).toHaveLength(2);
    expect(doc.circles.every((c) => c.radiusM === 50)).toBe(true);
    const rows = doc.sections.find((s) => s.id === 'circles')?.table?.rows ?? [];
    expect(rows[0]?.[2]).toMatch(/^52\.\d{5}° N 0\.\d{5}° E\nTL \d{5} \d{5}$/);
    expect(doc.machine.fee).toMatchObject({ amount: 10 * 80 * 1 * 2, currency: 'GBP' });
    expect(blocking(doc)).toEqual([]);
    expect(doc.leaseArea?.geometry.type).toBe('MultiPolygon');
  });

  it('UK: an area-wide request (292 km², 400 MHz) is refused', () => {
    const project = sampleProject();
    const profile = termsProfile('uk-ofcom-sa-lp');
    const stored = {
      ...project,
      request: { ...project.request, leaseAreaId: 'lease-udkast', frequency: { fromMHz: 3800, toMHz: 4200 } },
    };
    const draft = {
      ...resolveRequestDraft(stored, profile, '2026-11-29'),
      requester: regimeCase('uk-ofcom-sa-lp').draft.requester,
      purpose: 'Robots',
    };
    const doc = buildRequestDocument({ project: stored, profile, draft, lang: 'en', markDraft: false });
    expect(hasBlockingFindings(doc)).toBe(true);
    const ids = blocking(doc);
    expect(ids).toEqual(expect.arrayContaining(['area.area-wide', 'bandwidth.too-large']));
    expect(doc.machine.findings.find((f) => f.id === 'area.area-wide')?.message.en).toContain(
      'An area-wide request of 292.780 km² cannot be made',
    );
  });

  it('UK: the default request takes the circles, not the project’s lease area, and at most the maximum bandwidth', () => {
    const project = sampleProject();
    const draft = resolveRequestDraft(
      { ...project, request: { ...project.request, leaseAreaId: null } },
      termsProfile('uk-ofcom-sa-lp'),
      '2026-11-29',
    );
    expect(draft.leaseAreaId).toBeNull();
    expect(draft.frequency).toEqual({ fromMHz: 3800, toMHz: 3900 });
  });

  it('OS grid reference: E 530047 N 180506 is TQ 30047 80506 (Charing Cross)', () => {
    // 51.5073° N, 0.1276° W lies in square TQ.
    expect(osGridReference([-0.1276, 51.5073])).toMatch(/^TQ 30\d{3} 80\d{3}$/);
  });
});
