import { utm32ToWgs84 } from '../../geo/projection';
import type { DocSection } from '../model';
import type { TemplateContext, TemplateOutput } from './context';
import { areaFields, cellsSection } from './common-sections';
import { centroidUtm, sweref99tm } from './geometry';
import { cellsTable, coverageParagraph, feeParagraphs, fieldParagraphs, powerStatement, syncParagraph } from './shared';

const L = (sv: string, en: string) => ({ sv, en });

/** SE: PTS's local-licence application (Swedish or English): centre point, property, indoor/outdoor, organisation number. */
export function sePtsApplication(ctx: TemplateContext): TemplateOutput {
  const { f, draft, profile } = ctx;
  const r = draft.requester;
  const legal = profile.legalBasis?.value
    ? ctx.t(profile.legalBasis.value) + ctx.mark(profile.legalBasis.verified)
    : '';
  const centre = ctx.area ? centroidUtm(ctx.area.geometry) : null;
  const centreWgs = centre ? utm32ToWgs84(centre) : null;
  const sweref = centreWgs ? sweref99tm(centreWgs) : null;
  const io = draft.indoorOutdoor;
  const ioText =
    io === null
      ? ''
      : ctx.t(
          {
            indoor: L('Inomhus', 'Indoor'),
            outdoor: L('Utomhus', 'Outdoor'),
            both: L('Inomhus och utomhus', 'Indoor and outdoor'),
          }[io],
        );
  const blocks: string[] = [];
  for (let a = draft.frequency.fromMHz; a < draft.frequency.toMHz - 1e-6; a += 10)
    blocks.push(`${f.num(a)}–${f.num(Math.min(a + 10, draft.frequency.toMHz))}`);
  const sections: DocSection[] = [
    {
      id: 'applicant',
      heading: ctx.t(L('1. Sökande', '1. Applicant')),
      paragraphs: legal ? [legal] : [],
      fields: [
        [ctx.t(L('Namn', 'Name')), r.name],
        [ctx.t(L('Organisationsnummer', 'Organisation number')), r.organisationNumber],
        [ctx.t(L('Adress', 'Address')), r.address],
        [ctx.t(L('Kontaktperson', 'Contact person')), r.contactName],
        [ctx.t(L('E-post', 'Email')), r.contactEmail],
        [ctx.t(L('Telefon', 'Phone')), r.contactPhone],
        [ctx.t(L('Er referens (faktura)', 'Your reference (invoice)')), draft.caseReference],
      ],
    },
    {
      id: 'area',
      heading: ctx.t(L('2. Område', '2. Area')),
      paragraphs: ctx.area ? [] : [ctx.t(L('Inget område är valt.', 'No area is chosen.'))],
      fields: [
        [ctx.t(L('Fastighetsbeteckning', 'Property designation (fastighetsbeteckning)')), draft.propertyDesignation],
        [
          ctx.t(L('Centrumpunkt', 'Centre point')),
          centreWgs && sweref && centre
            ? `${f.latLon(centreWgs[1], centreWgs[0])}; SWEREF 99 TM N ${f.num(sweref[1])} E ${f.num(sweref[0])}; EPSG:25832 ${f.utm(centre[0], centre[1])}`
            : '',
        ],
        [ctx.t(L('Inomhus/utomhus', 'Indoor/outdoor')), ioText],
        ...areaFields(ctx),
      ],
      map: ctx.area !== null,
    },
    {
      id: 'spectrum',
      heading: ctx.t(L('3. Frekvenser och tillståndstid', '3. Frequencies and licence period')),
      paragraphs: [],
      fields: [
        [
          ctx.t(L('Frekvensutrymme', 'Frequencies')),
          `${f.num(draft.frequency.fromMHz)}–${f.num(draft.frequency.toMHz)} MHz`,
        ],
        [ctx.t(L('Frekvensblock (10 MHz)', 'Blocks (10 MHz)')), blocks.join(', ')],
        [ctx.t(L('Bandbredd', 'Bandwidth')), `${f.num(ctx.bandwidthMHz)} MHz`],
        [ctx.t(L('Tillståndstid', 'Licence period')), `${f.date(draft.period.from)} – ${f.date(draft.period.to)}`],
        [ctx.t(L('TDD-ram', 'TDD frame')), draft.tddPattern],
      ],
      after: [syncParagraph(ctx)],
    },
    cellsSection(ctx, ctx.t(L('4. Basstationer', '4. Base stations')), [], powerStatement(ctx), cellsTable(ctx)),
    {
      id: 'fields',
      heading: ctx.t(L('5. Täckning och fältstyrka', '5. Coverage and field strength')),
      paragraphs: [coverageParagraph(ctx), ...fieldParagraphs(ctx)],
    },
    {
      id: 'purpose',
      heading: ctx.t(L('6. Ändamål', '6. Purpose')),
      paragraphs: [draft.purpose.trim(), ...draft.services.map((s) => `• ${s}`)].filter((p) => p !== ''),
    },
    { id: 'fee', heading: ctx.t(L('7. Avgift', '7. Fee')), paragraphs: feeParagraphs(ctx) },
  ];
  return {
    title: ctx.t(
      L(
        'Ansökan om tillstånd att använda radiosändare – lokalt tillstånd 3720–3800 MHz',
        'Application for a licence to use radio transmitters – local licence 3720–3800 MHz',
      ),
    ),
    kindLabel: ctx.t(L('Ansökan', 'Application')),
    letterhead: {
      to: [profile.addressee.value?.name ?? 'Post- och telestyrelsen (PTS)'],
      from: [r.name, r.address].filter(Boolean),
      meta: [[ctx.t(L('Datum', 'Date')), f.date(draft.requestDate)]],
    },
    sections,
    signature: [
      `${ctx.t(L('Ort och datum', 'Place and date'))}: ______________________________`,
      `${ctx.t(L('Underskrift', 'Signature'))}: ______________________________`,
      [r.contactName, r.name].filter(Boolean).join(', '),
    ],
  };
}
