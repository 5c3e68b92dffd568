import { z } from 'zod';
import type { Project } from '../project/schema';
import { intersectionAreaKm2 } from '../geo/overlap';
import { addDays, addMonths } from '../terms/dates';
import type { TermsProfile } from '../terms/schema';

const isoDate = z.iso.date();

/** The lease-request draft as saved in the project; unset parts are filled from the profile at export. */
export const requestDraftSchema = z.object({
  /** Date the request is sent; null means the day of export. */
  requestDate: isoDate.nullable().default(null),
  requester: z
    .object({
      name: z.string().max(200).default(''),
      cvr: z.string().max(20).default(''),
      contactName: z.string().max(200).default(''),
      contactEmail: z.string().max(200).default(''),
      contactPhone: z.string().max(50).default(''),
      address: z.string().max(300).default(''),
      /** EAN (GLN) number for e-invoicing of Danish public bodies, 13 digits. */
      ean: z.string().max(20).default(''),
      /** Swedish organisationsnummer (PTS), NNNNNN-NNNN. */
      organisationNumber: z.string().max(20).default(''),
      /** Company or register number elsewhere (Handelsregister, Companies House). */
      registrationNumber: z.string().max(40).default(''),
    })
    .default({
      name: '',
      cvr: '',
      contactName: '',
      contactEmail: '',
      contactPhone: '',
      address: '',
      ean: '',
      organisationNumber: '',
      registrationNumber: '',
    }),
  /** Requested frequencies; null means the profile's whole leasable range. */
  frequency: z.object({ fromMHz: z.number().positive(), toMHz: z.number().positive() }).nullable().default(null),
  /** Requested period; null parts default to next month's first day and the licence end. */
  period: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }).default({ from: null, to: null }),
  /** Lease area id; null means the project's first lease area. */
  leaseAreaId: z.string().nullable().default(null),
  purpose: z.string().max(5000).default(''),
  /** TDD frame, e.g. DDDSU, and whether the network is synchronised with the operator's. */
  tddPattern: z.string().min(1).max(40).default('DDDSU'),
  synchronised: z.boolean().default(true),
  /** BNetzA a1: settlement and transport land inside the lease area, km². */
  settlementKm2: z.number().nonnegative().default(0),
  /** Where the a1/a2 split comes from (e.g. ALKIS actual use); computed from settlement areas when empty. */
  settlementSource: z.string().max(500).default(''),
  /** The requester's own case reference (journal number). */
  caseReference: z.string().max(100).default(''),
  /** When and how interest was declared to the operator (DK: keeps the right to lease when inside the window). */
  declaredInterest: z
    .object({ date: isoDate.nullable().default(null), reference: z.string().max(300).default('') })
    .default({ date: null, reference: '' }),
  /** The requester's right to use the property (BNetzA): owner, tenant/leaseholder, or commissioned by one. */
  useRight: z
    .object({
      kind: z.enum(['owner', 'tenant', 'commissioned']).nullable().default(null),
      statement: z.string().max(2000).default(''),
    })
    .default({ kind: null, statement: '' }),
  /** Property designation: Flurstück/Gemarkung (DE), fastighetsbeteckning (SE), matrikelnummer (DK). */
  propertyDesignation: z.string().max(300).default(''),
  /** Indoor, outdoor or both (PTS asks). */
  indoorOutdoor: z.enum(['indoor', 'outdoor', 'both']).nullable().default(null),
});

export type StoredRequestDraft = z.infer<typeof requestDraftSchema>;

/** A complete request draft, every value decided, as the document builder needs it. */
export interface RequestDraft {
  requestDate: string;
  requester: StoredRequestDraft['requester'];
  frequency: { fromMHz: number; toMHz: number };
  period: { from: string; to: string };
  leaseAreaId: string | null;
  purpose: string;
  /** Services the network carries (from the slices), one line each. */
  services: string[];
  tddPattern: string;
  synchronised: boolean;
  settlementKm2: number;
  settlementSource: string;
  caseReference: string;
  declaredInterest: StoredRequestDraft['declaredInterest'];
  useRight: StoredRequestDraft['useRight'];
  propertyDesignation: string;
  indoorOutdoor: StoredRequestDraft['indoorOutdoor'];
}

/** BNetzA a1: km² of the lease area covered by the project's settlement/transport areas. */
export function settlementInLeaseArea(project: Project, leaseAreaId: string | null): number {
  const lease = project.areas.find((a) => a.id === leaseAreaId);
  if (!lease) return 0;
  const total = project.areas
    .filter((a) => a.kind === 'settlement')
    .reduce((sum, a) => sum + intersectionAreaKm2(lease.geometry, a.geometry), 0);
  return Math.round(total * 1e6) / 1e6;
}

/**
 * Fills the unset parts of a project's request draft: frequencies from the profile's leasable
 * range (or band), period from the first of next month to the licence end (capped by the
 * profile's maximum term), the first lease area, services from the project's slices.
 */
export function resolveRequestDraft(project: Project, profile: TermsProfile, todayIso: string): RequestDraft {
  const stored = project.request;
  const requestDate = stored.requestDate ?? todayIso;
  const range = defaultFrequency(profile);
  const start = stored.period.from ?? addMonths(`${requestDate.slice(0, 7)}-01`, 1);
  const maxYears = profile.maxTermYears.value;
  const byTerm = maxYears !== null ? addDays(addMonths(start, Math.round(maxYears * 12)), -1) : null;
  const licenceEnd = profile.licenceTerm.value?.to ?? null;
  const ends = [byTerm, licenceEnd].filter((d): d is string => d !== null).sort();
  const end = stored.period.to ?? ends[0] ?? addDays(addMonths(start, 12), -1);
  // A regime that licenses circles around base stations uses a lease area only when one is chosen explicitly.
  const circles = profile.areaModel?.value?.kind === 'circle-per-base-station';
  const leaseAreaId =
    stored.leaseAreaId ?? (circles ? null : (project.areas.find((a) => a.kind === 'lease')?.id ?? null));
  return {
    requestDate,
    requester: { ...stored.requester },
    frequency: stored.frequency ?? { fromMHz: range.fromMHz, toMHz: range.toMHz },
    period: { from: start, to: end },
    leaseAreaId,
    purpose: stored.purpose,
    services: project.slices.map((s) => s.name),
    tddPattern: stored.tddPattern,
    synchronised: stored.synchronised,
    settlementKm2: stored.settlementKm2 > 0 ? stored.settlementKm2 : settlementInLeaseArea(project, leaseAreaId),
    settlementSource: stored.settlementSource,
    caseReference: stored.caseReference,
    declaredInterest: { ...stored.declaredInterest },
    useRight: { ...stored.useRight },
    propertyDesignation: stored.propertyDesignation,
    indoorOutdoor: stored.indoorOutdoor,
  };
}

/** The default requested range: the leasable range (or band) from its start, no wider than the maximum bandwidth. */
export function defaultFrequency(profile: TermsProfile): { fromMHz: number; toMHz: number } {
  const range = profile.leasableRange.value ?? profile.band.value ?? { fromMHz: 0, toMHz: 0 };
  const max = profile.maxBandwidthMHz.value;
  return { fromMHz: range.fromMHz, toMHz: max !== null ? Math.min(range.toMHz, range.fromMHz + max) : range.toMHz };
}
