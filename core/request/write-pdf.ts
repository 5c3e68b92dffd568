import { degrees, PDFDocument, rgb, StandardFonts, type PDFPage } from 'pdf-lib';
import { formatNumber } from '../geo/format';
import { parseIsoDate } from '../terms/dates';
import type { RequestDocument } from './model';
import { Flow, INK, MUTED, PAGE } from './pdf/layout';
import { drawRequestMap } from './pdf/map';
import { toWinAnsi } from './pdf/win-ansi';

/**
 * Writes the lease request as PDF bytes (A4, standard fonts): sections, a vector map of the
 * lease area and cells in EPSG:25832 with scale bar and north arrow, and annex A with the
 * coordinate list. Deterministic: metadata dates come from the request date, not a clock.
 */
export async function requestToPdf(doc: RequestDocument): Promise<Uint8Array> {
  const t = (da: string, en: string) => (doc.lang === 'da' ? da : en);
  const n = (v: number, d: number) => formatNumber(v, doc.lang, d);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const date = parseIsoDate(doc.requestDate);
  pdf.setTitle(toWinAnsi(doc.title));
  pdf.setLanguage(doc.lang === 'da' ? 'da-DK' : 'en-GB');
  pdf.setCreator('Frekvensplan');
  pdf.setProducer('Frekvensplan (pdf-lib)');
  pdf.setSubject(toWinAnsi(`${doc.profileId}, ${doc.machine.frequencyMHz.from}-${doc.machine.frequencyMHz.to} MHz`));
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const watermark = (page: PDFPage) => {
    if (!doc.draft) return;
    const text = t('UDKAST', 'DRAFT');
    page.drawText(text, {
      x: 130,
      y: 260,
      size: 110,
      font: bold,
      color: rgb(0.85, 0.2, 0.15),
      opacity: 0.13,
      rotate: degrees(40),
    });
  };
  const flow = new Flow(pdf, font, bold);
  if (doc.draft)
    flow.text(
      t(
        'UDKAST – ikke til afsendelse: der er blokerende fund.',
        'DRAFT – not for sending: there are blocking findings.',
      ),
      { bold: true, color: rgb(0.75, 0.1, 0.1), size: 10 },
    );
  flow.text(doc.title, { size: 17, bold: true, gapAfter: 10 });
  for (const section of doc.sections) {
    flow.ensure(40);
    flow.text(section.heading, { size: 12.5, bold: true, gapAfter: 3 });
    for (const p of section.paragraphs) flow.text(p, { size: 10 });
    for (const [label, value] of section.fields ?? []) flow.field(label, value);
    if (section.table && section.table.rows.length > 0)
      flow.table(
        section.table.columns,
        section.table.rows,
        section.table.columns.map((_, i) => (i === 1 ? 3 : 1.3)),
      );
    if (section.id === 'area' && doc.leaseArea) {
      const height = 300;
      flow.ensure(height + 10);
      flow.y -= height + 4;
      drawRequestMap(flow.page, { x: PAGE.margin, y: flow.y, width: PAGE.width - 2 * PAGE.margin, height }, doc, font, {
        legend: [t('Lejeområde', 'Lease area'), t('Celler', 'Cells'), t('Dækning', 'Coverage')],
        gridNote: t('EPSG:25832, gitternord', 'EPSG:25832, grid north'),
      });
      flow.y -= 10;
    }
    flow.y -= 6;
  }
  flow.ensure(70);
  flow.y -= 10;
  for (const line of doc.signature) flow.text(line, { size: 10, gapAfter: 8 });
  if (doc.leaseArea) {
    flow.newPage();
    flow.text(t('Bilag A: Koordinatliste for lejeområdet', 'Annex A: Coordinate list of the lease area'), {
      size: 13,
      bold: true,
      gapAfter: 4,
    });
    flow.text(
      t(
        `${doc.leaseArea.name}. Ydre ring; EPSG:25832 (ETRS89 / UTM 32N) i meter og WGS84 i grader.`,
        `${doc.leaseArea.name}. Outer ring; EPSG:25832 (ETRS89 / UTM 32N) in metres and WGS84 in degrees.`,
      ),
      { size: 9, color: MUTED },
    );
    const ring = doc.machine.outerRingWgs84 ?? [];
    const rows = doc.leaseArea.outerRingUtm.map(([e, nn], i) => [
      String(i + 1),
      n(e, 2),
      n(nn, 2),
      n(ring[i]?.[1] ?? 0, 6),
      n(ring[i]?.[0] ?? 0, 6),
    ]);
    flow.table(
      [
        '#',
        t('Øst (E)', 'Easting (E)'),
        t('Nord (N)', 'Northing (N)'),
        t('Bredde', 'Latitude'),
        t('Længde', 'Longitude'),
      ],
      rows,
      [0.5, 2, 2, 1.6, 1.6],
    );
  }
  const pages = pdf.getPages();
  pages.forEach((page, i) => {
    const footer = toWinAnsi(
      `Frekvensplan – ${doc.title} – ${t('side', 'page')} ${i + 1} ${t('af', 'of')} ${pages.length}`,
    );
    page.drawText(footer, { x: PAGE.margin, y: 24, size: 7.5, font, color: INK, opacity: 0.7 });
    watermark(page);
  });
  return pdf.save({ useObjectStreams: false });
}
