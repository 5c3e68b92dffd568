import type { FieldResult } from '../coverage/boundary-field';
import type { Lang, LocalizedText } from '../i18n/localized';
import type { AreaGeometry, Position } from '../project/schema';
import type { DocLang, DocumentTemplate, Finding, FeeEstimate } from '../terms';
import type { RequestDraft } from './draft';

/** A table in the request document: header cells, rows of text and relative column widths. */
export interface DocTable {
  columns: string[];
  rows: string[][];
  weights?: number[];
}

/** One section of the request document, in the document's language. */
export interface DocSection {
  id: string;
  heading: string;
  paragraphs: string[];
  /** Label/value pairs shown as a two-column list. */
  fields?: [string, string][];
  table?: DocTable;
  /** Paragraphs after the table or fields. */
  after?: string[];
  /** Draw the map (lease area, land, cells, fields) after this section's fields. */
  map?: boolean;
}

/** An annex with a table (e.g. every ring of the lease area). */
export interface DocAnnex {
  id: string;
  heading: string;
  paragraphs: string[];
  table: DocTable;
}

/** A cell as the request lists it: labelled for people, with carrier, power, antenna and both positions. */
export interface RequestCell {
  id: string;
  /** Site name (and sector azimuth when the site has several cells); never an id. */
  label: string;
  siteName: string;
  siteKindLabel: string;
  lon: number;
  lat: number;
  easting: number;
  northing: number;
  antennaHeightM: number;
  azimuthDeg: number | null;
  downtiltDeg: number;
  /** Main-beam EIRP per 5 MHz in dBm (for AAS: TRP + array gain). */
  eirpDbmPer5MHz: number;
  aas: boolean;
  /** TRP per 5 MHz in dBm for AAS cells, else null. */
  trpDbmPer5MHz: number | null;
  frequencyMHz: number;
  bandwidthMHz: number;
  antenna: { horizontalBeamwidthDeg: number; verticalBeamwidthDeg: number; maxGainDbi: number; frontToBackDb: number };
}

/** Land of one country on the map, rings in EPSG:25832 metres, clipped to the map's extent. */
export interface MapLand {
  country: string;
  home: boolean;
  rings: [number, number][][];
}

/** Width / height of the request map's frame (the PDF's text width by 300 pt; the PNG uses the same). */
export const MAP_ASPECT = 495.28 / 300;

/** A requester-facing checklist item (never part of the letter). */
export interface ChecklistItem {
  severity: Finding['severity'];
  text: string;
  verified: boolean;
}

/** The lease request or licence application: one model, written as PDF, DOCX, JSON and GeoJSON. */
export interface RequestDocument {
  /** Language of the document (the recipient's). */
  lang: DocLang;
  /** Language of the requester's checklist (the UI's). */
  uiLang: Lang;
  template: DocumentTemplate;
  draft: boolean;
  /** True for the bundled sample project: every page carries a SAMPLE DATA watermark. */
  sample: boolean;
  /** Stable id of this request's content, e.g. FP-20261129-3F2A91C0. */
  requestId: string;
  title: string;
  /** "Lejeanmodning", "Antrag", …: what the document is, for the footer. */
  kindLabel: string;
  /** Request date, ISO (YYYY-MM-DD). */
  requestDate: string;
  profileId: string;
  /** Recipient and sender block above the title (address lines). */
  letterhead: { to: string[]; from: string[]; meta: [string, string][] };
  sections: DocSection[];
  /** The signature block lines. */
  signature: string[];
  /** Footnotes (e.g. the meaning of the † mark for unverified values). */
  footnotes: string[];
  annexes: DocAnnex[];
  leaseArea: { name: string; geometry: AreaGeometry } | null;
  /** Licensed circles (Ofcom low power), centre in WGS84 and radius. */
  circles: { label: string; lon: number; lat: number; radiusM: number }[];
  cells: RequestCell[];
  /** Coverage contour (not cut at the lease-area edge), when coverage was computed. */
  coverageContour: AreaGeometry | null;
  map: {
    /** EPSG:25832 extent [minE, minN, maxE, maxN] the map shows, already at MAP_ASPECT. */
    extent: [number, number, number, number] | null;
    land: MapLand[];
    boundaryField: FieldResult | null;
    borderMaxima: { country: string; lon: number; lat: number; valueDbuvPerMPer5MHz: number }[];
    /** Legend texts in the document language. */
    labels: { leaseArea: string; cells: string; coverage: string; field: string; gridNote: string; noLand: string };
  };
  checklist: { title: string; intro: string; items: ChecklistItem[] };
  /** Machine-readable summary (the JSON export's core). */
  machine: {
    requester: RequestDraft['requester'];
    addressee: { name: string; address?: string; email?: string } | null;
    areaKm2: number | null;
    areaKm2Ellipsoidal: number | null;
    frequencyMHz: { from: number; to: number };
    bandwidthMHz: number;
    period: { from: string; to: string };
    findings: Finding[];
    fee: FeeEstimate | null;
    bboxWgs84: [number, number, number, number] | null;
    fields: {
      boundary: FieldSummary | null;
      borders: (FieldSummary & { country: string; limitDbuvPerMPer5MHz: number | null })[];
    };
    declaredInterest: RequestDraft['declaredInterest'];
    caseReference: string;
  };
}

/** A field maximum for JSON: value, where (both systems) and at what height. */
export interface FieldSummary {
  maxDbuvPerMPer5MHz: number;
  lon: number;
  lat: number;
  easting: number;
  northing: number;
  heightM: number;
}

/** Text of a finding in the checklist's language. */
export function findingText(f: Finding, lang: Lang): LocalizedText[Lang] {
  return `${f.message[lang]}${f.hint ? ` ${f.hint[lang]}` : ''}`;
}

/** Rings of an area geometry, grouped by part: part 1 outer, part 1 hole 1, … */
export function ringsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
