import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { pick } from './doc-format';
import { buildMapScene } from './map/scene';
import { MAP_ASPECT, type DocTable, type RequestDocument } from './model';
import { fontFace, textWidth, type RequestFonts } from './pdf/fonts';
import { renderScenePng } from './raster/render-scene';
import { xmlSafe } from './sanitize';

const LANG_TAGS = { da: 'da-DK', en: 'en-GB', de: 'de-DE', sv: 'sv-SE' } as const;
/** Map width in the DOCX, pixels at 96 dpi (the text width of an A4 page with 2.5 cm margins is about 604 px); the PNG has twice the points (about 160 dpi). */
const MAP_WIDTH_PX = 600;

const run = (text: string, options: { bold?: boolean; size?: number; italics?: boolean; color?: string } = {}) =>
  new TextRun({ text: xmlSafe(text), ...options });

/** A paragraph whose explicit newlines become line breaks. */
function lines(text: string, options: { bold?: boolean; size?: number } = {}): Paragraph {
  const parts = xmlSafe(text).split('\n');
  return new Paragraph({ children: parts.map((p, i) => new TextRun({ text: p, break: i > 0 ? 1 : 0, ...options })) });
}

function table(t: DocTable): Table {
  const total = (t.weights ?? t.columns.map(() => 1)).reduce((a, b) => a + b, 0);
  const widths = (t.weights ?? t.columns.map(() => 1)).map((w) => Math.round((w / total) * 9000));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    rows: [
      // The header row repeats on every page the table spans (w:tblHeader).
      new TableRow({
        tableHeader: true,
        children: t.columns.map((c) => new TableCell({ children: [lines(c, { bold: true, size: 16 })] })),
      }),
      ...t.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c) => new TableCell({ children: [lines(c, { size: 16 })] })),
          }),
      ),
    ],
  });
}

function fields(pairs: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [3000, 6000],
    rows: pairs.map(
      ([k, v]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ children: [lines(`${k}:`, { bold: true, size: 18 })] }),
            new TableCell({ children: [lines(v.trim() === '' ? '—' : v, { size: 18 })] }),
          ],
        }),
    ),
  });
}

/**
 * Writes the request as an editable DOCX (Word/LibreOffice) in the document's language: letterhead, sections, the
 * same map as the PDF as a PNG (rasterised in core, so CLI and app agree), annex A with every ring. Text is stripped
 * of characters XML 1.0 forbids; table headers repeat across pages.
 */
export async function requestToDocx(doc: RequestDocument, fonts: RequestFonts): Promise<Uint8Array> {
  const regular = fontFace(fonts.regular);
  const bold = fontFace(fonts.bold);
  const body: (Paragraph | Table)[] = [];
  const draftText = pick(
    {
      da: 'UDKAST – ikke til afsendelse: der er blokerende fund.',
      en: 'DRAFT – not for sending: there are blocking findings.',
      de: 'ENTWURF – nicht zum Versand: es gibt blockierende Befunde.',
      sv: 'UTKAST – inte för att skickas: det finns blockerande fel.',
    },
    doc.lang,
  );
  if (doc.draft) body.push(new Paragraph({ children: [run(draftText, { bold: true, color: 'B71C1C' })] }));
  if (doc.sample)
    body.push(new Paragraph({ children: [run('EKSEMPELDATA / SAMPLE DATA', { bold: true, color: 'B71C1C' })] }));
  for (const line of doc.letterhead.to) body.push(new Paragraph({ children: [run(line)] }));
  body.push(new Paragraph({ text: '' }));
  for (const line of [...doc.letterhead.from, ...doc.letterhead.meta.map(([k, v]) => `${k}: ${v}`)])
    body.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(line, { color: '555555' })] }));
  body.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [run(doc.title)] }));
  for (const section of doc.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(section.heading)] }));
    for (const p of section.paragraphs) body.push(lines(p));
    if (section.fields && section.fields.length > 0) body.push(fields(section.fields));
    if (section.map && doc.map.extent) {
      const scene = buildMapScene(doc, 495.28, 495.28 / MAP_ASPECT, (t, s, b) => textWidth(b ? bold : regular, t, s));
      const png = renderScenePng(scene, 2, { regular, bold });
      body.push(
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width: MAP_WIDTH_PX, height: Math.round(MAP_WIDTH_PX / MAP_ASPECT) },
              altText: {
                name: 'map',
                title: xmlSafe(doc.map.labels.leaseArea),
                description: xmlSafe(
                  `${doc.map.labels.leaseArea}: ${doc.leaseArea?.name ?? ''}; ${doc.cells.length} ${doc.map.labels.cells}`,
                ),
              },
            }),
          ],
        }),
      );
    }
    if (section.table && section.table.rows.length > 0) body.push(table(section.table));
    for (const p of section.after ?? []) body.push(lines(p));
  }
  body.push(new Paragraph({ text: '' }));
  for (const line of doc.signature) body.push(new Paragraph({ spacing: { before: 240 }, children: [run(line)] }));
  for (const note of doc.footnotes)
    body.push(new Paragraph({ spacing: { before: 240 }, children: [run(note, { size: 16, color: '555555' })] }));
  for (const annex of doc.annexes) {
    body.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [run(annex.heading)] }),
    );
    for (const p of annex.paragraphs) body.push(lines(p));
    body.push(table(annex.table));
  }
  const marks = [
    ...(doc.draft ? [pick({ da: 'UDKAST', en: 'DRAFT', de: 'ENTWURF', sv: 'UTKAST' }, doc.lang)] : []),
    ...(doc.sample ? ['EKSEMPELDATA / SAMPLE DATA'] : []),
  ];
  const document = new Document({
    creator: 'Frekvensplan',
    title: xmlSafe(doc.title),
    subject: `${doc.requestId}, ${doc.profileId}`,
    keywords: `${doc.requestId} ${doc.profileId} ${doc.template}`,
    description: `${doc.profileId}, ${doc.machine.frequencyMHz.from}–${doc.machine.frequencyMHz.to} MHz`,
    styles: { default: { document: { run: { font: 'Calibri', size: 21, language: { value: LANG_TAGS[doc.lang] } } } } },
    sections: [
      {
        headers:
          marks.length > 0
            ? {
                default: new Header({
                  children: [
                    new Paragraph({
                      alignment: AlignmentType.RIGHT,
                      children: [run(marks.join(' · '), { bold: true, color: 'B71C1C' })],
                    }),
                  ],
                }),
              }
            : {},
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  run(
                    `${doc.kindLabel} · ${doc.requestId} · ${pick({ da: 'side', en: 'page', de: 'Seite', sv: 'sida' }, doc.lang)} `,
                    { size: 16 },
                  ),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
