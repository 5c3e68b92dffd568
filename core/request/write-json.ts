import { z } from 'zod';
import type { RequestDocument } from './model';

const localized = z.object({ da: z.string(), en: z.string() });
const position = z.tuple([z.number(), z.number()]);

/** Schema of the machine-readable lease request (`--format json`); data/schemas holds its JSON Schema. */
export const leaseRequestJsonSchema = z.object({
  format: z.literal('frekvensplan-lease-request'),
  formatVersion: z.literal(1),
  lang: z.enum(['da', 'en']),
  draft: z.boolean(),
  requestDate: z.iso.date(),
  profileId: z.string(),
  addressee: z.object({ name: z.string(), address: z.string().optional(), email: z.string().optional() }).nullable(),
  requester: z.object({
    name: z.string(),
    cvr: z.string(),
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string(),
    address: z.string(),
  }),
  areaKm2: z.number().nonnegative().nullable(),
  areaKm2Ellipsoidal: z.number().nonnegative().nullable(),
  frequencyMHz: z.object({ from: z.number(), to: z.number() }),
  bandwidthMHz: z.number(),
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  leaseArea: z
    .object({
      name: z.string(),
      bboxWgs84: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
      outerRingWgs84: z.array(position),
      outerRingEpsg25832: z.array(position),
    })
    .nullable(),
  cells: z.array(
    z.object({
      id: z.string(),
      siteName: z.string(),
      lon: z.number(),
      lat: z.number(),
      easting: z.number(),
      northing: z.number(),
      antennaHeightM: z.number(),
      azimuthDeg: z.number().nullable(),
      eirpDbmPer5MHz: z.number(),
      aas: z.boolean(),
      trpDbmPer5MHz: z.number().nullable(),
      frequencyMHz: z.number(),
      bandwidthMHz: z.number(),
    }),
  ),
  findings: z.array(
    z.object({
      id: z.string(),
      severity: z.enum(['blocking', 'warning', 'info']),
      message: localized,
      hint: localized.optional(),
      verified: z.boolean(),
    }),
  ),
  fee: z.object({ amount: z.number(), currency: z.string(), formula: z.string() }).nullable(),
  sections: z.array(z.object({ id: z.string(), heading: z.string(), text: z.array(z.string()) })),
});

export type LeaseRequestJson = z.infer<typeof leaseRequestJsonSchema>;

/** Returns the machine-readable request as a plain object matching leaseRequestJsonSchema. */
export function requestToJson(doc: RequestDocument): LeaseRequestJson {
  const m = doc.machine;
  return {
    format: 'frekvensplan-lease-request',
    formatVersion: 1,
    lang: doc.lang,
    draft: doc.draft,
    requestDate: doc.requestDate,
    profileId: doc.profileId,
    addressee: m.addressee,
    requester: m.requester,
    areaKm2: m.areaKm2,
    areaKm2Ellipsoidal: m.areaKm2Ellipsoidal,
    frequencyMHz: m.frequencyMHz,
    bandwidthMHz: m.bandwidthMHz,
    period: m.period,
    leaseArea:
      doc.leaseArea && m.outerRingWgs84
        ? {
            name: doc.leaseArea.name,
            bboxWgs84: m.bboxWgs84,
            outerRingWgs84: m.outerRingWgs84,
            outerRingEpsg25832: doc.leaseArea.outerRingUtm,
          }
        : null,
    cells: doc.cells,
    findings: m.findings,
    fee: m.fee,
    sections: doc.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      text: [
        ...s.paragraphs,
        ...(s.fields ?? []).map(([k, v]) => `${k}: ${v}`),
        ...(s.table ? s.table.rows.map((r) => r.join(' | ')) : []),
      ],
    })),
  };
}
