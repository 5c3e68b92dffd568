import type { LocalizedText } from '../../i18n/localized';
import type { AreaGeometry } from '../../project/schema';
import type { DeclaredInterest } from '../window';

/** A predicted field-strength maximum with its place and height (from core/coverage). */
export interface FieldAt {
  /** dBµV/m per 5 MHz. */
  valueDbuvPerMPer5MHz: number;
  lon: number;
  lat: number;
  easting: number;
  northing: number;
  heightM: number;
}

/** A cell as the checks see it: label for people, carrier, power. */
export interface CheckedCell {
  id: string;
  /** Site name and sector, never an id. */
  label: string;
  lon: number;
  lat: number;
  eirpDbmPer5MHz: number;
  aas?: boolean;
  trpDbmPer5MHz?: number;
  /** Carrier centre and channel bandwidth, MHz. */
  frequencyMHz?: number;
  bandwidthMHz?: number;
}

/** What a lease request states, gathered from the project and the wizard. */
export interface LeaseRequestInput {
  /** Date the request is sent, YYYY-MM-DD. */
  requestDate: string;
  requester: { name: string; cvr: string; contactName: string; contactEmail: string; address: string } & Partial<{
    ean: string;
    organisationNumber: string;
  }>;
  /** Values of the profile's request fields by field id (purpose, caseReference, useRight, …), trimmed or ''. */
  fieldValues?: Record<string, string>;
  frequency: { fromMHz: number; toMHz: number };
  period: { from: string; to: string };
  declaredInterest?: DeclaredInterest | null;
  /** True when the network follows the operator's TDD frame (synchronised use). */
  synchronised?: boolean;
  cells: CheckedCell[];
  leaseArea: AreaGeometry | null;
  /** Bandwidth the slices need (from the slice plan), when known. */
  requiredBandwidthMHz?: number;
  /** True when the project has slices but no fresh plan sized them. */
  slicesUnsized?: boolean;
  /** True when a fresh plan found no allowed bandwidth that carries every slice. */
  slicesInfeasible?: boolean;
  /** Highest predicted field on the lease-area boundary (all rings). */
  boundaryField?: FieldAt | null;
  /** Highest predicted field along each neighbour's land boundary, per limit height. */
  borderFields?: { country: string; heightM: number; max: FieldAt | null; rangeKm: number }[];
  /** km² of the lease area over each foreign country's land (offline basemap); undefined when not checked. */
  foreignLand?: { country: string; overlapKm2: number }[];
  /** Ofcom-style circles built from the cells: count and total km², when the regime licenses circles. */
  circles?: { count: number; radiusM: number; totalKm2: number; leaseAreaKm2: number | null };
  /** Neighbouring lease areas (names, distances, overlaps). */
  coordination?: { otherLeaseAreas: { name: string; distanceKm: number; overlapKm2: number }[] };
}

export type FindingSeverity = 'blocking' | 'warning' | 'info';

/** One result of a compliance check, with a fix hint. */
export interface Finding {
  id: string;
  severity: FindingSeverity;
  message: LocalizedText;
  hint?: LocalizedText;
  /** False when the check rests on a value the profile marks unverified. */
  verified: boolean;
}

export const finding = (
  id: string,
  severity: FindingSeverity,
  verified: boolean,
  message: LocalizedText,
  hint?: LocalizedText,
): Finding => (hint ? { id, severity, verified, message, hint } : { id, severity, verified, message });
