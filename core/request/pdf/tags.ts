import type { PDFArray } from 'pdf-lib';
import {
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  type PDFDict,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/** A structure element of the tagged PDF (ISO 32000-1 §14.7): its dictionary and kids. */
export interface StructElem {
  type: string;
  ref: PDFRef;
  dict: PDFDict;
  kids: PDFArray;
}

/**
 * Builds a tagged PDF's logical structure (ISO 32000-1 §14.7–14.8): a Document element with headings, paragraphs,
 * tables and figures whose content is marked with MCIDs; page furniture (footers, watermarks, rules) is marked as
 * Artifact. finish() writes the StructTreeRoot, ParentTree, MarkInfo, Lang and DisplayDocTitle.
 */
export class Tagger {
  private readonly root: PDFRef;
  readonly document: StructElem;
  private readonly pages = new Map<PDFPage, { index: number; elems: PDFRef[] }>();

  constructor(private readonly pdf: PDFDocument) {
    this.root = pdf.context.nextRef();
    this.document = this.element('Document', null);
  }

  /** A new structure element of type `type` (P, H1, Table, TR, TH, TD, Figure, …) under `parent` (default: Document). */
  element(type: string, parent: StructElem | null = this.document, alt?: string): StructElem {
    const kids = this.pdf.context.obj([]);
    const dict = this.pdf.context.obj({ Type: 'StructElem', S: type, P: parent ? parent.ref : this.root, K: kids });
    if (alt) dict.set(PDFName.of('Alt'), PDFString.of(alt));
    const ref = this.pdf.context.register(dict);
    parent?.kids.push(ref);
    return { type, ref, dict, kids };
  }

  private pageEntry(page: PDFPage) {
    let entry = this.pages.get(page);
    if (!entry) {
      entry = { index: this.pages.size, elems: [] };
      this.pages.set(page, entry);
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(entry.index));
    }
    return entry;
  }

  /** Draws content as part of `elem` (a marked-content sequence with the next MCID of the page). */
  mark(page: PDFPage, elem: StructElem, draw: () => void): void {
    const entry = this.pageEntry(page);
    const mcid = entry.elems.length;
    entry.elems.push(elem.ref);
    const props = this.pdf.context.obj({ MCID: mcid });
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
        PDFName.of(elem.type),
        props as unknown as PDFArray,
      ]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    elem.kids.push(this.pdf.context.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid }));
  }

  /** Draws page furniture outside the structure (not read aloud, not extracted as content). */
  artifact(page: PDFPage, draw: () => void): void {
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Writes the structure tree, the parent tree and the catalogue entries of a tagged PDF. */
  finish(lang: string): void {
    const nums: (PDFNumber | PDFArray)[] = [];
    for (const { index, elems } of [...this.pages.values()].sort((a, b) => a.index - b.index)) {
      nums.push(PDFNumber.of(index), this.pdf.context.obj(elems));
    }
    const parentTree = this.pdf.context.register(this.pdf.context.obj({ Nums: nums }));
    this.pdf.context.assign(
      this.root,
      this.pdf.context.obj({
        Type: 'StructTreeRoot',
        K: this.document.ref,
        ParentTree: parentTree,
        ParentTreeNextKey: this.pages.size,
      }),
    );
    const catalog = this.pdf.catalog;
    catalog.set(PDFName.of('StructTreeRoot'), this.root);
    catalog.set(PDFName.of('MarkInfo'), this.pdf.context.obj({ Marked: true }));
    catalog.set(PDFName.of('Lang'), PDFString.of(lang));
    catalog.set(PDFName.of('ViewerPreferences'), this.pdf.context.obj({ DisplayDocTitle: true }));
  }
}
