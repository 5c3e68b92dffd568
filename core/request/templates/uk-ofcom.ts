import type { DocSection } from '../model';
import type { TemplateContext, TemplateOutput } from './context';
import { cellsSection } from './common-sections';
import { osGridReference } from './geometry';
import { cellsTable, feeParagraphs, fieldParagraphs, powerStatement, syncParagraph } from './shared';

/** UK: an Ofcom Shared Access low-power application: one 50 m circle per base station, built from the cells. */
export function ukOfcomApplication(ctx: TemplateContext): TemplateOutput {
  const { f, draft, profile } = ctx;
  const r = draft.requester;
  const legal = profile.legalBasis?.value
    ? ctx.t(profile.legalBasis.value) + ctx.mark(profile.legalBasis.verified)
    : '';
  const circleRows = ctx.circles.map((c, i) => {
    const cells = ctx.cells.filter((x) => x.lon === c.lon && x.lat === c.lat);
    return [
      String(i + 1),
      c.label,
      `${f.latLon(c.lat, c.lon)}\n${osGridReference([c.lon, c.lat]) ?? 'outside the National Grid'}`,
      `${f.num(c.radiusM)} m`,
      `${f.num(cells.length)}`,
      cells.length > 0 ? `${f.num(Math.max(...cells.map((x) => x.antennaHeightM)))} m` : '',
      cells.length > 0 ? `${f.num(Math.max(...cells.map((x) => x.eirpDbmPer5MHz)), 1)} dBm/5 MHz` : '',
    ];
  });
  const sections: DocSection[] = [
    {
      id: 'applicant',
      heading: '1. Applicant',
      paragraphs: legal ? [legal] : [],
      fields: [
        ['Name', r.name],
        ['Company registration number', r.registrationNumber],
        ['Address', r.address],
        ['Contact', r.contactName],
        ['Email', r.contactEmail],
        ['Phone', r.contactPhone],
        ['Your reference', draft.caseReference],
      ],
    },
    {
      id: 'licence',
      heading: '2. Licence requested',
      paragraphs: [],
      fields: [
        ['Licence type', 'Shared Access, low power'],
        ['Band', '3800–4200 MHz'],
        [
          'Channel',
          `${f.num(draft.frequency.fromMHz)}–${f.num(draft.frequency.toMHz)} MHz (${f.num(ctx.bandwidthMHz)} MHz)`,
        ],
        ['Start date', f.date(draft.period.from)],
        ['Term', 'Annual, renewed each year'],
        ['Number of areas (50 m circles)', f.num(ctx.circles.length)],
      ],
      after: [syncParagraph(ctx)],
    },
    {
      id: 'circles',
      heading: '3. Licensed areas: one circle of 50 m radius per base station',
      paragraphs: [
        `Each low-power licence covers a circle of ${f.num(ctx.circles[0]?.radiusM ?? 50)} m radius${ctx.mark(profile.areaModel?.verified ?? false)} around the base station; the circles below are built from the planned cells. National Grid references use the OSGB36 Helmert transformation (about 5 m).`,
      ],
      table: {
        columns: ['#', 'Site', 'Centre (WGS84 / OS grid ref)', 'Radius', 'Cells', 'Antenna height', 'Max EIRP'],
        weights: [0.4, 2, 2.4, 0.8, 0.7, 1, 1.3],
        rows: circleRows,
      },
      map: true,
    },
    cellsSection(ctx, '4. Base stations', [], powerStatement(ctx), cellsTable(ctx)),
    { id: 'fields', heading: '5. Field strength', paragraphs: fieldParagraphs(ctx) },
    {
      id: 'purpose',
      heading: '6. Intended use',
      paragraphs: [draft.purpose.trim(), ...draft.services.map((s) => `• ${s}`)].filter((p) => p !== ''),
    },
    { id: 'fee', heading: '7. Licence fee', paragraphs: feeParagraphs(ctx) },
  ];
  return {
    title: 'Application for a Shared Access licence – low power, 3800–4200 MHz',
    kindLabel: 'Licence application',
    letterhead: {
      to: [profile.addressee.value?.name ?? 'Ofcom Spectrum Licensing'],
      from: [r.name, r.address].filter(Boolean),
      meta: [['Date', f.date(draft.requestDate)]],
    },
    sections,
    signature: [
      'Date: ______________________________',
      'Signature: ______________________________',
      [r.contactName, r.name].filter(Boolean).join(', '),
    ],
  };
}
