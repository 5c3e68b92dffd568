import type { DocSection } from '../model';
import type { TemplateContext, TemplateOutput } from './context';
import { areaFields, cellsSection } from './common-sections';
import { cellsTable, coverageParagraph, feeParagraphs, fieldParagraphs, powerStatement, syncParagraph } from './shared';

const USE_RIGHT = {
  owner: 'Eigentümer des Grundstücks',
  tenant: 'Mieter bzw. Pächter (sonstiges Nutzungsrecht am Grundstück)',
  commissioned: 'Beauftragt durch den Eigentümer oder Nutzungsberechtigten',
} as const;

/** DE: the data of BNetzA's application for local 3.7–3.8 GHz use, in German, in the form's order. */
export function deBnetzaApplication(ctx: TemplateContext): TemplateOutput {
  const { f, draft, profile } = ctx;
  const r = draft.requester;
  const addressee = profile.addressee.value;
  const legal = profile.legalBasis?.value
    ? ctx.t(profile.legalBasis.value) + ctx.mark(profile.legalBasis.verified)
    : '';
  const months = ctx.fee?.terms.months;
  const sections: DocSection[] = [
    {
      id: 'applicant',
      heading: '1. Antragsteller',
      paragraphs: legal ? [legal] : [],
      fields: [
        ['Name / Firma', r.name],
        ['Registernummer', r.registrationNumber],
        ['Anschrift', r.address],
        ['Ansprechpartner', r.contactName],
        ['Telefon', r.contactPhone],
        ['E-Mail', r.contactEmail],
        ['Aktenzeichen des Antragstellers', draft.caseReference],
      ],
    },
    {
      id: 'use-right',
      heading: '2. Nutzungsberechtigung am Grundstück',
      paragraphs: ['Der Antragsteller erklärt, zur Nutzung des unten bezeichneten Grundstücks berechtigt zu sein:'],
      fields: [
        ['Berechtigung', draft.useRight.kind ? USE_RIGHT[draft.useRight.kind] : ''],
        ['Nachweis / Erläuterung', draft.useRight.statement],
        ['Grundstück (Gemarkung, Flur, Flurstück)', draft.propertyDesignation],
      ],
    },
    {
      id: 'area',
      heading: '3. Einsatzgebiet',
      paragraphs: ctx.area ? [] : ['Es ist kein Gebiet gewählt.'],
      fields: [
        ...areaFields(ctx),
        ['a1: Siedlungs- und Verkehrsfläche', `${f.num(ctx.settlement.a1Km2, 6)} km²`],
        ['a2: sonstige Fläche', `${f.num(ctx.settlement.a2Km2, 6)} km²`],
        ['Quelle der Flächenaufteilung', ctx.settlement.source],
      ],
      map: ctx.area !== null,
    },
    {
      id: 'spectrum',
      heading: '4. Frequenzbereich',
      paragraphs: [],
      fields: [
        [
          'Frequenzbereich',
          `${f.num(draft.frequency.fromMHz)}–${f.num(draft.frequency.toMHz)} MHz${ctx.mark(profile.leasableRange.verified)}`,
        ],
        ['Bandbreite B', `${f.num(ctx.bandwidthMHz)} MHz`],
        ['TDD-Rahmen', draft.tddPattern],
      ],
      after: [syncParagraph(ctx)],
    },
    {
      id: 'period',
      heading: '5. Zuteilungsdauer',
      paragraphs: [],
      fields: [
        ['Beginn', f.date(draft.period.from)],
        ['Ende', f.date(draft.period.to)],
        ['Laufzeit t', months !== undefined ? `${months} begonnene Monate = ${months}/12 Jahre` : ''],
      ],
    },
    cellsSection(ctx, '6. Standorte der Basisstationen', [], powerStatement(ctx), cellsTable(ctx)),
    {
      id: 'fields',
      heading: '7. Versorgung und Feldstärke',
      paragraphs: [coverageParagraph(ctx), ...fieldParagraphs(ctx)],
    },
    { id: 'fee', heading: '8. Gebühr (BNetzA BGebV-FreqZut)', paragraphs: feeParagraphs(ctx) },
    {
      id: 'purpose',
      heading: '9. Verwendungszweck',
      paragraphs: [draft.purpose.trim(), ...draft.services.map((s) => `• ${s}`)].filter((p) => p !== ''),
    },
  ];
  return {
    title: 'Antrag auf Zuteilung von Frequenzen für lokale, breitbandige Frequenznutzungen im Bereich 3.700–3.800 MHz',
    kindLabel: 'Antrag',
    letterhead: {
      to: [addressee?.name ?? 'Bundesnetzagentur', addressee?.address ?? '', addressee?.email ?? ''].filter(Boolean),
      from: [r.name, r.address].filter(Boolean),
      meta: [['Datum', f.date(draft.requestDate)]],
    },
    sections,
    signature: [
      'Ort, Datum: ______________________________',
      'Unterschrift: ______________________________',
      [r.contactName, r.name].filter(Boolean).join(', '),
    ],
  };
}
