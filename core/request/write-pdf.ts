import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { parseIsoDate } from '../terms/dates';
import { pick } from './doc-format';
import { buildMapScene } from './map/scene';
import { MAP_ASPECT, type RequestDocument } from './model';
import { embedRequestFonts, textWidth, type PdfFonts, type RequestFonts } from './pdf/fonts';
import { Flow, INK, MUTED, PAGE } from './pdf/layout';
import { drawScene } from './pdf/map';
import { drawTextOutline } from './pdf/outline-text';
import { Tagger } from './pdf/tags';

const LANG_TAGS = { da: 'da-DK', en: 'en-GB', de: 'de-DE', sv: 'sv-SE' } as const;

/** Sets title, language, subject and dates (from the request date, never a clock): the same bytes every time. */
function setMetadata(pdf: PDFDocument, doc: RequestDocument, title: string): void {
  const date = parseIsoDate(doc.requestDate);
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setLanguage(LANG_TAGS[doc.lang]);
  pdf.setCreator('Frekvensplan');
  pdf.setProducer('Frekvensplan (pdf-lib)');
  pdf.setSubject(
    `${doc.requestId}, ${doc.profileId}, ${doc.machine.frequencyMHz.from}-${doc.machine.frequencyMHz.to} MHz`,
  );
  pdf.setKeywords([doc.requestId, doc.profileId, doc.template]);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
}

/** Diagonal watermarks (draft, sample data) and the footer with page numbers and the request id, as artifacts. */
function finishPages(pdf: PDFDocument, doc: RequestDocument, fonts: PdfFonts, tags: Tagger, footerText: string): void {
  const pages = pdf.getPages();
  const marks = [
    ...(doc.draft ? [pick({ da: 'UDKAST', en: 'DRAFT', de: 'ENTWURF', sv: 'UTKAST' }, doc.lang)] : []),
    ...(doc.sample ? ['EKSEMPELDATA / SAMPLE DATA'] : []),
  ];
  pages.forEach((page: PDFPage, i) => {
    tags.artifact(page, () => {
      const footer = fonts.safe(
        `${footerText} · ${doc.requestId} · ${pick({ da: 'side', en: 'page', de: 'Seite', sv: 'sida' }, doc.lang)} ${i + 1}/${pages.length}`,
      );
      page.drawText(footer, { x: PAGE.margin, y: 24, size: 7, font: fonts.regular, color: INK, opacity: 0.7 });
      marks.forEach((text, k) => {
        const size = text.length > 10 ? 36 : 100;
        const x = text.length > 10 ? 90 : 130;
        const y = text.length > 10 ? 120 + k * 40 : 260;
        drawTextOutline(page, fonts.boldFace, text, {
          x,
          y,
          size,
          rotateDeg: 40,
          color: [0.85, 0.2, 0.15],
          opacity: 0.12,
        });
      });
    });
  });
}

/**
 * Writes the request as a tagged PDF/A-4-sized document (embedded DejaVu Sans subsets, /Lang, /Title shown in the
 * title bar, a structure tree): letterhead, sections, the map with land, coastline, site names, scale and north arrow,
 * the signature, footnotes and annex A with every ring. Deterministic: dates come from the request date.
 */
export async function requestToPdf(doc: RequestDocument, fontBytes: RequestFonts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  setMetadata(pdf, doc, doc.title);
  const fonts = await embedRequestFonts(pdf, fontBytes);
  const tags = new Tagger(pdf);
  const flow = new Flow(pdf, fonts, tags);
  if (doc.draft)
    flow.text(
      pick(
        {
          da: 'UDKAST – ikke til afsendelse: der er blokerende fund.',
          en: 'DRAFT – not for sending: there are blocking findings.',
          de: 'ENTWURF – nicht zum Versand: es gibt blockierende Befunde.',
          sv: 'UTKAST – inte för att skickas: det finns blockerande fel.',
        },
        doc.lang,
      ),
      { bold: true, color: rgb(0.75, 0.1, 0.1), size: 9.5 },
    );
  const top = flow.y;
  for (const line of doc.letterhead.to) flow.text(line, { size: 9.5, gapAfter: 0 });
  const afterTo = flow.y;
  flow.y = top;
  for (const line of [...doc.letterhead.from, ...doc.letterhead.meta.map(([k, v]) => `${k}: ${v}`)])
    flow.text(line, { size: 9.5, gapAfter: 0, x: 340, color: MUTED });
  flow.y = Math.min(flow.y, afterTo) - 18;
  flow.text(doc.title, { size: 16, bold: true, gapAfter: 10, tag: 'H1' });
  for (const section of doc.sections) {
    flow.ensure(50);
    flow.text(section.heading, { size: 12, bold: true, gapAfter: 3, tag: 'H2' });
    for (const p of section.paragraphs) flow.text(p, { size: 9.5 });
    for (const [label, value] of section.fields ?? []) flow.field(label, value);
    if (section.map && doc.map.extent) {
      const width = PAGE.width - 2 * PAGE.margin;
      const height = width / MAP_ASPECT;
      flow.ensure(height + 10);
      flow.y -= height + 4;
      const scene = buildMapScene(doc, width, height, (t, s, bold) =>
        textWidth(bold ? fonts.boldFace : fonts.face, fonts.safe(t), s),
      );
      const figure = tags.element(
        'Figure',
        tags.document,
        `${doc.map.labels.leaseArea}: ${doc.leaseArea?.name ?? ''}; ${doc.cells.length} ${doc.map.labels.cells}`,
      );
      tags.mark(flow.page, figure, () => drawScene(flow.page, scene, PAGE.margin, flow.y, fonts));
      flow.y -= 10;
    }
    if (section.table && section.table.rows.length > 0)
      flow.table(
        section.table.columns,
        section.table.rows,
        section.table.weights ?? section.table.columns.map(() => 1),
      );
    for (const p of section.after ?? []) flow.text(p, { size: 9.5 });
    flow.y -= 6;
  }
  flow.ensure(80);
  flow.y -= 8;
  for (const line of doc.signature) flow.text(line, { size: 10, gapAfter: 8 });
  for (const note of doc.footnotes) flow.text(note, { size: 8, color: MUTED });
  for (const annex of doc.annexes) {
    flow.newPage();
    flow.text(annex.heading, { size: 13, bold: true, gapAfter: 4, tag: 'H2' });
    for (const p of annex.paragraphs) flow.text(p, { size: 9, color: MUTED });
    flow.table(annex.table.columns, annex.table.rows, annex.table.weights ?? annex.table.columns.map(() => 1), 7.5);
  }
  finishPages(pdf, doc, fonts, tags, `${doc.kindLabel}: ${doc.title}`.slice(0, 110));
  tags.finish(LANG_TAGS[doc.lang]);
  return pdf.save({ useObjectStreams: false });
}

/** Writes the requester's checklist as its own tagged PDF in the UI language (never part of the letter). */
export async function requestChecklistToPdf(doc: RequestDocument, fontBytes: RequestFonts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const c = doc.checklist;
  setMetadata(pdf, doc, c.title);
  pdf.setLanguage(doc.uiLang === 'da' ? 'da-DK' : 'en-GB');
  const fonts = await embedRequestFonts(pdf, fontBytes);
  const tags = new Tagger(pdf);
  const flow = new Flow(pdf, fonts, tags);
  flow.text(c.title, { size: 15, bold: true, gapAfter: 6, tag: 'H1' });
  flow.text(c.intro, { size: 9.5, color: MUTED, gapAfter: 8 });
  flow.text(`${doc.title} (${doc.requestId})`, { size: 9.5, bold: true, gapAfter: 8 });
  const sev =
    doc.uiLang === 'da'
      ? { blocking: 'Blokerende', warning: 'Advarsel', info: 'Info' }
      : { blocking: 'Blocking', warning: 'Warning', info: 'Info' };
  const unverified = doc.uiLang === 'da' ? 'ikke verificeret' : 'unverified';
  flow.table(
    [doc.uiLang === 'da' ? 'Alvor' : 'Severity', doc.uiLang === 'da' ? 'Punkt' : 'Item'],
    c.items.map((i) => [sev[i.severity], `${i.text}${i.verified ? '' : ` (${unverified})`}`]),
    [1, 6],
    8.5,
  );
  finishPages(pdf, { ...doc, draft: false }, fonts, tags, c.title);
  tags.finish(doc.uiLang === 'da' ? 'da-DK' : 'en-GB');
  return pdf.save({ useObjectStreams: false });
}
