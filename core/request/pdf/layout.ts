import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PdfFonts } from './fonts';
import type { StructElem, Tagger } from './tags';

/** A4 portrait in PDF points. */
export const PAGE = { width: 595.28, height: 841.89, margin: 50 };
export const INK = rgb(0.1, 0.12, 0.16);
export const MUTED = rgb(0.4, 0.42, 0.46);

type Color = ReturnType<typeof rgb>;

/** Flowing, tagged text layout over A4 pages: keeps a cursor, wraps lines, breaks pages, repeats table headers. */
export class Flow {
  page!: PDFPage;
  y = 0;
  constructor(
    readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
    readonly tags: Tagger,
  ) {
    this.newPage();
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    return this.page;
  }

  /** Makes room for `height` points, starting a new page when needed; true when a page was started. */
  ensure(height: number): boolean {
    if (this.y - height >= PAGE.margin) return false;
    this.newPage();
    return true;
  }

  private font(bold?: boolean): PDFFont {
    return bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Splits text into lines no wider than `width` at `size` (explicit newlines kept; no-break spaces hold). */
  wrap(text: string, size: number, width: number, bold = false): string[] {
    const font = this.font(bold);
    const lines: string[] = [];
    for (const paragraph of text.split('\n').map((p) => this.fonts.safe(p))) {
      let line = '';
      for (const word of paragraph.split(/ +/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  private drawLine(text: string, x: number, y: number, size: number, bold: boolean, color: Color): void {
    this.page.drawText(text, { x, y, size, font: this.font(bold), color });
  }

  /** Writes wrapped text at the cursor as one structure element (`tag`: P, H1, H2, …). */
  text(
    text: string,
    options: {
      size?: number;
      bold?: boolean;
      x?: number;
      width?: number;
      color?: Color;
      gapAfter?: number;
      tag?: string;
      parent?: StructElem;
    } = {},
  ): void {
    const size = options.size ?? 10;
    const x = options.x ?? PAGE.margin;
    const width = options.width ?? PAGE.width - PAGE.margin - x;
    const elem = this.tags.element(options.tag ?? 'P', options.parent);
    for (const line of this.wrap(text, size, width, options.bold)) {
      this.ensure(size * 1.35);
      this.y -= size * 1.35;
      this.tags.mark(this.page, elem, () =>
        this.drawLine(line, x, this.y, size, options.bold ?? false, options.color ?? INK),
      );
    }
    this.y -= options.gapAfter ?? 4;
  }

  /** Writes a bold label and its wrapped value side by side, kept together on one page (one P element). */
  field(label: string, value: string, size = 9.5, labelWidth = 160): void {
    const labelLines = this.wrap(`${label}:`, size, labelWidth, true);
    const valueX = PAGE.margin + labelWidth + 5;
    const valueLines = this.wrap(value.trim() === '' ? '—' : value, size, PAGE.width - PAGE.margin - valueX);
    const lineHeight = size * 1.35;
    this.ensure(Math.max(labelLines.length, valueLines.length) * lineHeight);
    const elem = this.tags.element('P');
    this.tags.mark(this.page, elem, () =>
      labelLines.forEach((line, i) => this.drawLine(line, PAGE.margin, this.y - (i + 1) * lineHeight, size, true, INK)),
    );
    this.tags.mark(this.page, elem, () =>
      valueLines.forEach((line, i) => this.drawLine(line, valueX, this.y - (i + 1) * lineHeight, size, false, INK)),
    );
    this.y -= Math.max(labelLines.length, valueLines.length) * lineHeight + 4;
  }

  /** Writes a tagged table with wrapped columns; the header row repeats (as an artifact) on every new page. */
  table(columns: string[], rows: string[][], weights: number[], size = 8): void {
    const total = weights.reduce((a, b) => a + b, 0);
    const width = PAGE.width - 2 * PAGE.margin;
    const xs: number[] = [];
    let acc = PAGE.margin;
    for (const w of weights) {
      xs.push(acc);
      acc += (w / total) * width;
    }
    const colWidth = (i: number) => ((weights[i] as number) / total) * width - 6;
    const table = this.tags.element('Table');
    const measure = (cells: string[], bold: boolean) => {
      const wrapped = cells.map((c, i) => this.wrap(c, size, colWidth(i), bold));
      return { wrapped, height: Math.max(...wrapped.map((w) => w.length)) * size * 1.3 + 4 };
    };
    const header = measure(columns, true);
    const drawCells = (wrapped: string[][], bold: boolean, row: StructElem | null) => {
      wrapped.forEach((lines, i) => {
        const draw = () =>
          lines.forEach((line, k) =>
            this.drawLine(line, xs[i] as number, this.y - (k + 1) * size * 1.3, size, bold, INK),
          );
        if (row) this.tags.mark(this.page, this.tags.element(bold ? 'TH' : 'TD', row), draw);
        else this.tags.artifact(this.page, draw);
      });
    };
    const rule = () =>
      this.tags.artifact(this.page, () =>
        this.page.drawLine({
          start: { x: PAGE.margin, y: this.y + 1 },
          end: { x: PAGE.width - PAGE.margin, y: this.y + 1 },
          thickness: 0.3,
          color: MUTED,
        }),
      );
    this.ensure(header.height + size * 2.6);
    drawCells(header.wrapped, true, this.tags.element('TR', table));
    this.y -= header.height;
    rule();
    for (const row of rows) {
      const body = measure(row, false);
      if (this.ensure(body.height)) {
        drawCells(header.wrapped, true, null);
        this.y -= header.height;
        rule();
      }
      drawCells(body.wrapped, false, this.tags.element('TR', table));
      this.y -= body.height;
      rule();
    }
    this.y -= 6;
  }
}
