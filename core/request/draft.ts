import type { Project } from '../project/schema';
import { intersectionAreaKm2 } from '../geo/overlap';
import { addDays, addMonths } from '../terms/dates';
import type { TermsProfile } from '../terms/schema';
import type { StoredRequestDraft } from '../project/request-draft-schema';

export { requestDraftSchema, type StoredRequestDraft } from '../project/request-draft-schema';

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
