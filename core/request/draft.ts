/** What the lease-request wizard collects beyond the project's sites and areas. */
export interface RequestDraft {
  /** Date the request is sent, YYYY-MM-DD. */
  requestDate: string;
  requester: {
    name: string;
    cvr: string;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    address: string;
  };
  frequency: { fromMHz: number; toMHz: number };
  period: { from: string; to: string };
  /** Id of the lease area in the project. */
  leaseAreaId: string | null;
  purpose: string;
  /** Services the network carries (from the slices), one line each. */
  services: string[];
  /** TDD frame, e.g. DDDSU, and the synchronisation statement. */
  tddPattern: string;
  synchronised: boolean;
  /** BNetzA a1: settlement and transport land inside the lease area, km². */
  settlementKm2: number;
}
