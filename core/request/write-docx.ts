import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatNumber } from '../geo/format';
import type { DocTable, RequestDocument } from './model';

const cellParagraph = (text: string, bold = false) =>
  new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] });

function table(t: DocTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: t.columns.map((c) => new TableCell({ children: [cellParagraph(c, true)] })),
      }),
      ...t.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [cellParagraph(c)] })) })),
    ],
  });
}

function fields(pairs: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2600, 6400],
    rows: pairs.map(
      ([k, v]) =>
        new TableRow({
          children: [
            new TableCell({ children: [cellParagraph(`${k}:`, true)] }),
            new TableCell({ children: [cellParagraph(v)] }),
          ],
        }),
    ),
  });
}

/** Writes the lease request as an editable DOCX (Word/LibreOffice) with the coordinate annex. */
export async function requestToDocx(doc: RequestDocument): Promise<Uint8Array> {
  const t = (da: string, en: string) => (doc.lang === 'da' ? da : en);
  const n = (v: number, d: number) => formatNumber(v, doc.lang, d);
  const body: (Paragraph | Table)[] = [];
  if (doc.draft) {
    body.push(
      new Paragraph({
        children: [
          new TextRun({
            text: t(
              'UDKAST – ikke til afsendelse: der er blokerende fund.',
              'DRAFT – not for sending: there are blocking findings.',
            ),
            bold: true,
            color: 'B71C1C',
          }),
        ],
      }),
    );
  }
  body.push(new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }));
  for (const section of doc.sections) {
    body.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const p of section.paragraphs) body.push(new Paragraph({ text: p }));
    if (section.fields && section.fields.length > 0) body.push(fields(section.fields));
    if (section.table && section.table.rows.length > 0) body.push(table(section.table));
    if (section.id === 'area' && doc.leaseArea) {
      body.push(
        new Paragraph({
          children: [
            new TextRun({
              text: t(
                'Kortet over lejeområdet findes i PDF-udgaven; koordinaterne står i bilag A.',
                'The map of the lease area is in the PDF version; the coordinates are in annex A.',
              ),
              italics: true,
            }),
          ],
        }),
      );
    }
  }
  body.push(new Paragraph({ text: '' }));
  for (const line of doc.signature) body.push(new Paragraph({ text: line, spacing: { before: 240 } }));
  if (doc.leaseArea) {
    body.push(
      new Paragraph({
        text: t('Bilag A: Koordinatliste for lejeområdet', 'Annex A: Coordinate list of the lease area'),
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
      }),
    );
    body.push(
      new Paragraph({
        text: t(
          `${doc.leaseArea.name}. Ydre ring; EPSG:25832 (ETRS89 / UTM 32N) i meter og WGS84 i grader.`,
          `${doc.leaseArea.name}. Outer ring; EPSG:25832 (ETRS89 / UTM 32N) in metres and WGS84 in degrees.`,
        ),
      }),
    );
    const ring = doc.machine.outerRingWgs84 ?? [];
    body.push(
      table({
        columns: [
          '#',
          t('Øst (E)', 'Easting (E)'),
          t('Nord (N)', 'Northing (N)'),
          t('Bredde', 'Latitude'),
          t('Længde', 'Longitude'),
        ],
        rows: doc.leaseArea.outerRingUtm.map(([e, nn], i) => [
          String(i + 1),
          n(e, 2),
          n(nn, 2),
          n(ring[i]?.[1] ?? 0, 6),
          n(ring[i]?.[0] ?? 0, 6),
        ]),
      }),
    );
  }
  const document = new Document({
    creator: 'Frekvensplan',
    title: doc.title,
    description: `${doc.profileId}, ${doc.machine.frequencyMHz.from}–${doc.machine.frequencyMHz.to} MHz`,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        headers: doc.draft
          ? {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [new TextRun({ text: t('UDKAST', 'DRAFT'), bold: true, color: 'B71C1C' })],
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
                  new TextRun({ text: `Frekvensplan – ${doc.title} – ${t('side', 'page')} `, size: 16 }),
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
