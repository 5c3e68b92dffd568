import type { Lang } from '../i18n/localized';
import type { AreaGeometry, Position } from '../project/schema';
import type { Finding, FeeEstimate } from '../terms';
import type { RequestDraft } from './draft';

/** A table in the request document: header cells and rows of text. */
export interface DocTable {
  columns: string[];
  rows: string[][];
}

/** One section of the request document, in the document's language. */
export interface DocSection {
  id: string;
  heading: string;
  paragraphs: string[];
  /** Label/value pairs shown as a two-column list. */
  fields?: [string, string][];
  table?: DocTable;
}

/** A cell as the request lists it. */
export interface RequestCell {
  id: string;
  siteName: string;
  lon: number;
  lat: number;
  easting: number;
  northing: number;
  antennaHeightM: number;
  azimuthDeg: number | null;
  /** Main-beam EIRP per 5 MHz in dBm (for AAS: TRP + array gain). */
  eirpDbmPer5MHz: number;
  aas: boolean;
  /** TRP per 5 MHz in dBm for AAS cells, else null. */
  trpDbmPer5MHz: number | null;
  frequencyMHz: number;
  bandwidthMHz: number;
}

/** The lease request: one model, written as PDF, DOCX, JSON and GeoJSON. */
export interface RequestDocument {
  lang: Lang;
  draft: boolean;
  title: string;
  /** Request date, ISO (YYYY-MM-DD). */
  requestDate: string;
  profileId: string;
  sections: DocSection[];
  /** The signature block lines. */
  signature: string[];
  leaseArea: { name: string; geometry: AreaGeometry; outerRingUtm: [number, number][] } | null;
  cells: RequestCell[];
  /** Coverage contour to draw on the map, when coverage was computed. */
  coverageContour: AreaGeometry | null;
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
    outerRingWgs84: Position[] | null;
  };
}
