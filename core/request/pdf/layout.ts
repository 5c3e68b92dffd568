import type { PDFDocument } from 'pdf-lib';
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { toWinAnsi } from './win-ansi';

/** A4 portrait in PDF points. */
export const PAGE = { width: 595.28, height: 841.89, margin: 50 };
export const INK = rgb(0.1, 0.12, 0.16);
export const MUTED = rgb(0.4, 0.42, 0.46);

/** Flowing text layout over pages: keeps a cursor, wraps lines, breaks pages. */
export class Flow {
  page: PDFPage;
  y: number;
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = this.newPage();
    this.y = PAGE.height - PAGE.margin;
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    return this.page;
  }

  /** Makes room for `height` points, starting a new page when needed. */
  ensure(height: number): void {
    if (this.y - height < PAGE.margin) this.newPage();
  }

  /** Splits text into lines no wider than `width` at `size`. */
  wrap(text: string, size: number, width: number, font = this.font): string[] {
    const lines: string[] = [];
    for (const paragraph of toWinAnsi(text).split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
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

  /** Writes wrapped text at the cursor. */
  text(
    text: string,
    options: {
      size?: number;
      bold?: boolean;
      x?: number;
      width?: number;
      color?: ReturnType<typeof rgb>;
      gapAfter?: number;
    } = {},
  ): void {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.font;
    const x = options.x ?? PAGE.margin;
    const width = options.width ?? PAGE.width - PAGE.margin - x;
    for (const line of this.wrap(text, size, width, font)) {
      this.ensure(size * 1.35);
      this.y -= size * 1.35;
      this.page.drawText(line, { x, y: this.y, size, font, color: options.color ?? INK });
    }
    this.y -= options.gapAfter ?? 4;
  }

  /** Writes a bold label and its wrapped value side by side, kept together on one page. */
  field(label: string, value: string, size = 9.5, labelWidth = 150): void {
    const labelLines = this.wrap(`${label}:`, size, labelWidth, this.bold);
    const valueX = PAGE.margin + labelWidth + 5;
    const valueLines = this.wrap(value, size, PAGE.width - PAGE.margin - valueX);
    const lineHeight = size * 1.35;
    this.ensure(Math.max(labelLines.length, valueLines.length) * lineHeight);
    labelLines.forEach((line, i) =>
      this.page.drawText(line, { x: PAGE.margin, y: this.y - (i + 1) * lineHeight, size, font: this.bold, color: INK }),
    );
    valueLines.forEach((line, i) =>
      this.page.drawText(line, { x: valueX, y: this.y - (i + 1) * lineHeight, size, font: this.font, color: INK }),
    );
    this.y -= Math.max(labelLines.length, valueLines.length) * lineHeight + 4;
  }

  /** Writes a table with equal-weighted wrapped columns; repeats the header on new pages. */
  table(columns: string[], rows: string[][], weights: number[], size = 8.5): void {
    const total = weights.reduce((a, b) => a + b, 0);
    const width = PAGE.width - 2 * PAGE.margin;
    const xs: number[] = [];
    let acc = PAGE.margin;
    for (const w of weights) {
      xs.push(acc);
      acc += (w / total) * width;
    }
    const colWidth = (i: number) => ((weights[i] as number) / total) * width - 6;
    const drawRow = (cells: string[], bold: boolean) => {
      const wrapped = cells.map((c, i) => this.wrap(c, size, colWidth(i), bold ? this.bold : this.font));
      const height = Math.max(...wrapped.map((w) => w.length)) * size * 1.3 + 4;
      this.ensure(height);
      wrapped.forEach((lines, i) =>
        lines.forEach((line, k) =>
          this.page.drawText(line, {
            x: xs[i] as number,
            y: this.y - (k + 1) * size * 1.3,
            size,
            font: bold ? this.bold : this.font,
            color: INK,
          }),
        ),
      );
      this.y -= height;
      this.page.drawLine({
        start: { x: PAGE.margin, y: this.y + 1 },
        end: { x: PAGE.width - PAGE.margin, y: this.y + 1 },
        thickness: 0.3,
        color: MUTED,
      });
    };
    drawRow(columns, true);
    for (const row of rows) drawRow(row, false);
    this.y -= 6;
  }
}
