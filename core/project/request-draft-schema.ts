import { z } from 'zod';

// The draft's schema lives with the project schema that saves it; core/request builds documents from it.
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
    })
    .default({ name: '', cvr: '', contactName: '', contactEmail: '', contactPhone: '', address: '' }),
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
});

export type StoredRequestDraft = z.infer<typeof requestDraftSchema>;
