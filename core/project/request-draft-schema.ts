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
