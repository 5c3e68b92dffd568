import type { Project, Area } from '../../project/schema';
import type { DocLang, FeeEstimate, Finding, RequestDateAssessment, TermsProfile } from '../../terms';
import type { RequestCoverage } from '../coverage-summary';
import type { RequestFields } from '../build-fields';
import type { DocFormat } from '../doc-format';
import type { RequestDraft } from '../draft';
import type { DocSection, RequestDocument, RequestCell } from '../model';

/** Everything a template needs to write its regime's document. */
export interface TemplateContext {
  lang: DocLang;
  f: DocFormat;
  /** Picks this document's language from a text in several. */
  t(text: Partial<Record<DocLang, string>>): string;
  /** '†' after a value that rests on an unverified profile value (explained in a footnote), else ''. */
  mark(verified: boolean): string;
  project: Project;
  profile: TermsProfile;
  draft: RequestDraft;
  area: Area | null;
  areaKm2: number | null;
  areaEllipsoidalKm2: number | null;
  perimeterKm: number | null;
  cells: RequestCell[];
  findings: Finding[];
  window: RequestDateAssessment;
  fee: FeeEstimate | null;
  settlement: { a1Km2: number; a2Km2: number; source: string };
  coverage: RequestCoverage | null;
  fields: RequestFields;
  circles: RequestDocument['circles'];
  bandwidthMHz: number;
}

/** What a template writes: the document's own words and order. */
export interface TemplateOutput {
  title: string;
  kindLabel: string;
  letterhead: RequestDocument['letterhead'];
  sections: DocSection[];
  signature: string[];
}
