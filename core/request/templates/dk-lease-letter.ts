import type { DocSection } from '../model';
import type { TemplateContext, TemplateOutput } from './context';
import { areaFields, cellsSection } from './common-sections';
import { cellsTable, coverageParagraph, feeParagraphs, fieldParagraphs, powerStatement, syncParagraph } from './shared';

const L = (da: string, en: string) => ({ da, en });

/** The window statement for the operator: inside the obligation, right kept by a declaration, or voluntary. */
function basisParagraph(ctx: TemplateContext): string {
  const { f } = ctx;
  const w = ctx.window;
  const mk = ctx.mark(w.verified);
  const win = w.window ? `${f.date(w.window.from)} – ${f.date(w.window.to)}` : '';
  const d = ctx.draft.declaredInterest;
  const ref = d.reference.trim() ? ` (${d.reference.trim()})` : '';
  switch (w.status) {
    case 'inside-obligation-window':
      return ctx.t(
        L(
          `Anmodningen fremsættes inden for udlejningsforpligtelsens periode (${win})${mk}.`,
          `The request is made inside the leasing obligation window (${win})${mk}.`,
        ),
      );
    case 'right-kept-by-declaration':
      return ctx.t(
        L(
          `Vi erklærede interesse over for TT-Netværket den ${f.date(d.date ?? '')}${ref}, inden for udlejningsforpligtelsens periode (${win})${mk}, og gør hermed brug af den bevarede ret til at leje frekvenser for resten af tilladelsens løbetid.`,
          `We declared interest to TT-Netværket on ${f.date(d.date ?? '')}${ref}, inside the leasing obligation window (${win})${mk}, and hereby use the right so kept to lease spectrum for the rest of the licence term.`,
        ),
      );
    case 'after-obligation-window':
      return ctx.t(
        L(
          `Udlejningsforpligtelsens periode sluttede ${f.date(w.window?.to ?? '')}${mk}. Anmodningen er derfor en anmodning om frivillig, kommerciel leje.`,
          `The leasing obligation window closed on ${f.date(w.window?.to ?? '')}${mk}. This is therefore a request for a voluntary, commercial lease.`,
        ),
      );
    default:
      return ctx.t(L(w.message.da, w.message.en));
  }
}

/** DK: a formal request letter to TT-Netværket (Danish or English). */
export function dkLeaseLetter(ctx: TemplateContext): TemplateOutput {
  const { f, draft, profile } = ctx;
  const r = draft.requester;
  const addressee = profile.addressee.value;
  const regulator = profile.regulator?.value;
  const legal = profile.legalBasis?.value
    ? ctx.t(profile.legalBasis.value) + ctx.mark(profile.legalBasis.verified)
    : '';
  const range = `${f.num(draft.frequency.fromMHz)}–${f.num(draft.frequency.toMHz)} MHz`;
  const sections: DocSection[] = [
    {
      id: 'basis',
      heading: ctx.t(L('1. Anmodning og retsgrundlag', '1. Request and legal basis')),
      paragraphs: [
        ctx.t(
          L(
            `${r.name} anmoder hermed TT-Netværket P/S om at leje ${range} (${f.num(ctx.bandwidthMHz)} MHz) i 3,5 GHz-båndet til et privat 5G-net i det område og den periode, der er beskrevet nedenfor.`,
            `${r.name} hereby asks TT-Netværket P/S to lease ${range} (${f.num(ctx.bandwidthMHz)} MHz) in the 3.5 GHz band for a private 5G network in the area and for the period described below.`,
          ),
        ),
        legal,
        basisParagraph(ctx),
      ].filter(Boolean),
      fields: regulator
        ? [
            [
              ctx.t(L('Frekvensmyndighed', 'Spectrum regulator')),
              `${regulator.name}${regulator.shortName ? ` (${regulator.shortName})` : ''}${ctx.mark(profile.regulator?.verified ?? false)}`,
            ],
          ]
        : [],
    },
    {
      id: 'requester',
      heading: ctx.t(L('2. Ansøger', '2. Requester')),
      paragraphs: [],
      fields: [
        [ctx.t(L('Ansøger', 'Requester')), r.name],
        ['CVR', r.cvr],
        [ctx.t(L('EAN-nummer (fakturering)', 'EAN number (invoicing)')), r.ean],
        [ctx.t(L('Adresse', 'Address')), r.address],
        [
          ctx.t(L('Kontaktperson', 'Contact person')),
          [r.contactName, r.contactEmail, r.contactPhone].filter(Boolean).join(', '),
        ],
        [ctx.t(L('Vores sagsnummer', 'Our case reference')), draft.caseReference],
      ],
    },
    {
      id: 'purpose',
      heading: ctx.t(L('3. Formål', '3. Purpose')),
      paragraphs: [draft.purpose.trim(), ...draft.services.map((s) => `• ${s}`)].filter((p) => p !== ''),
    },
    {
      id: 'area',
      heading: ctx.t(L('4. Område', '4. Area')),
      paragraphs: ctx.area ? [] : [ctx.t(L('Der er ikke valgt et lejeområde.', 'No lease area is chosen.'))],
      fields: areaFields(ctx),
      map: ctx.area !== null,
    },
    {
      id: 'spectrum',
      heading: ctx.t(L('5. Frekvenser, periode og TDD', '5. Frequencies, period and TDD')),
      paragraphs: [],
      fields: [
        [ctx.t(L('Frekvenser', 'Frequencies')), `${range}${ctx.mark(profile.leasableRange.verified)}`],
        [ctx.t(L('Båndbredde', 'Bandwidth')), `${f.num(ctx.bandwidthMHz)} MHz`],
        [ctx.t(L('Periode', 'Period')), `${f.date(draft.period.from)} – ${f.date(draft.period.to)}`],
        [ctx.t(L('TDD-ramme', 'TDD frame')), draft.tddPattern],
      ],
      after: [syncParagraph(ctx)],
    },
    cellsSection(ctx, ctx.t(L('6. Celler', '6. Cells')), [], powerStatement(ctx), cellsTable(ctx)),
    {
      id: 'coverage',
      heading: ctx.t(L('7. Dækning og feltstyrke', '7. Coverage and field strength')),
      paragraphs: [coverageParagraph(ctx), ...fieldParagraphs(ctx)],
    },
    { id: 'fee', heading: ctx.t(L('8. Pris', '8. Price')), paragraphs: feeParagraphs(ctx) },
    {
      id: 'closing',
      heading: ctx.t(L('9. Svar', '9. Reply')),
      paragraphs: [
        ctx.t(
          L(
            `Vi ser frem til jeres bekræftelse og udkast til lejekontrakt. Henvendelser bedes rettet til ${r.contactName || r.name}${r.contactEmail ? `, ${r.contactEmail}` : ''}${draft.caseReference ? ` med angivelse af sagsnummer ${draft.caseReference}` : ''}.`,
            `We look forward to your confirmation and a draft lease contract. Please address replies to ${r.contactName || r.name}${r.contactEmail ? `, ${r.contactEmail}` : ''}${draft.caseReference ? `, quoting case reference ${draft.caseReference}` : ''}.`,
          ),
        ),
      ],
    },
  ];
  return {
    title: ctx.t(
      L(
        'Anmodning om leje af frekvenser i 3,5 GHz-båndet til privat 5G-net',
        'Request to lease 3.5 GHz spectrum for a private 5G network',
      ),
    ),
    kindLabel: ctx.t(L('Lejeanmodning', 'Lease request')),
    letterhead: {
      to: [addressee?.name ?? 'TT-Netværket P/S', addressee?.address ?? '', addressee?.email ?? ''].filter(Boolean),
      from: [r.name, r.address].filter(Boolean),
      meta: [
        [ctx.t(L('Dato', 'Date')), f.date(draft.requestDate)],
        ...(draft.caseReference
          ? ([[ctx.t(L('Sagsnr.', 'Case ref.')), draft.caseReference]] as [string, string][])
          : []),
      ],
    },
    sections,
    signature: [
      `${ctx.t(L('Dato', 'Date'))}: ${f.date(draft.requestDate)}`,
      `${ctx.t(L('Underskrift', 'Signature'))}: ______________________________`,
      [r.contactName, r.name].filter(Boolean).join(', '),
    ],
  };
}
