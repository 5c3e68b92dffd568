import { z } from 'zod';
import { wgs84ToUtm32 } from '../geo/projection';
import { rewindPolygon } from '../io/geometry-repair';
import type { AreaGeometry, Position } from '../project/schema';
import { ringsOf, type RequestDocument } from './model';

const localized = z.object({ da: z.string(), en: z.string() });
const position = z.tuple([z.number(), z.number()]);
const multiPolygon = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) });
const fieldSummary = z.object({
  maxDbuvPerMPer5MHz: z.number(),
  lon: z.number(),
  lat: z.number(),
  easting: z.number(),
  northing: z.number(),
  heightM: z.number(),
});

/** Schema of the machine-readable lease request (`--format json`); data/schemas holds its JSON Schema. */
export const leaseRequestJsonSchema = z.object({
  format: z.literal('frekvensplan-lease-request'),
  /** 2: whole geometries (MultiPolygon with every part and hole), request id, template, fields. */
  formatVersion: z.literal(2),
  requestId: z.string(),
  draft: z.boolean(),
  /** True for the bundled sample project's data. */
  sample: z.boolean(),
  lang: z.enum(['da', 'en', 'de', 'sv']),
  template: z.string(),
  profileId: z.string(),
  requestDate: z.iso.date(),
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  declaredInterest: z.object({ date: z.iso.date().nullable(), reference: z.string() }),
  caseReference: z.string(),
  addressee: z.object({ name: z.string(), address: z.string().optional(), email: z.string().optional() }).nullable(),
  requester: z.object({
    name: z.string(),
    cvr: z.string(),
    ean: z.string(),
    organisationNumber: z.string(),
    registrationNumber: z.string(),
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string(),
    address: z.string(),
  }),
  areaKm2: z.number().nonnegative().nullable(),
  areaKm2Ellipsoidal: z.number().nonnegative().nullable(),
  frequencyMHz: z.object({ from: z.number(), to: z.number() }),
  bandwidthMHz: z.number(),
  leaseArea: z
    .object({
      name: z.string(),
      bboxWgs84: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
      /** RFC 7946 MultiPolygon (WGS84, right-hand rule): every part, every hole. */
      geometry: multiPolygon,
      /** The same rings in EPSG:25832 metres. */
      geometryEpsg25832: multiPolygon,
    })
    .nullable(),
  circles: z.array(z.object({ label: z.string(), lon: z.number(), lat: z.number(), radiusM: z.number() })),
  cells: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      siteName: z.string(),
      siteKindLabel: z.string(),
      lon: z.number(),
      lat: z.number(),
      easting: z.number(),
      northing: z.number(),
      antennaHeightM: z.number(),
      azimuthDeg: z.number().nullable(),
      downtiltDeg: z.number(),
      eirpDbmPer5MHz: z.number(),
      aas: z.boolean(),
      trpDbmPer5MHz: z.number().nullable(),
      frequencyMHz: z.number(),
      bandwidthMHz: z.number(),
      antenna: z.object({
        horizontalBeamwidthDeg: z.number(),
        verticalBeamwidthDeg: z.number(),
        maxGainDbi: z.number(),
        frontToBackDb: z.number(),
      }),
    }),
  ),
  fields: z.object({
    boundary: fieldSummary.nullable(),
    borders: z.array(fieldSummary.extend({ country: z.string(), limitDbuvPerMPer5MHz: z.number().nullable() })),
  }),
  findings: z.array(
    z.object({
      id: z.string(),
      severity: z.enum(['blocking', 'warning', 'info']),
      message: localized,
      hint: localized.optional(),
      verified: z.boolean(),
    }),
  ),
  fee: z
    .object({
      amount: z.number(),
      currency: z.string(),
      formula: z.string(),
      model: z.string(),
      terms: z.object({
        bandwidthMHz: z.number(),
        months: z.number(),
        years: z.number(),
        a1Km2: z.number(),
        a2Km2: z.number(),
        blocks: z.number(),
        units: z.number(),
      }),
    })
    .nullable(),
  sections: z.array(z.object({ id: z.string(), heading: z.string(), text: z.array(z.string()) })),
});

export type LeaseRequestJson = z.infer<typeof leaseRequestJsonSchema>;

/** Any area geometry as an RFC 7946 MultiPolygon (outer rings counter-clockwise, holes clockwise). */
export function asMultiPolygon(geometry: AreaGeometry): { type: 'MultiPolygon'; coordinates: Position[][][] } {
  return { type: 'MultiPolygon', coordinates: ringsOf(geometry).map((p) => rewindPolygon(p)) };
}

/** Returns the machine-readable request as a plain object matching leaseRequestJsonSchema. */
export function requestToJson(doc: RequestDocument): LeaseRequestJson {
  const m = doc.machine;
  const geometry = doc.leaseArea ? asMultiPolygon(doc.leaseArea.geometry) : null;
  return {
    format: 'frekvensplan-lease-request',
    formatVersion: 2,
    requestId: doc.requestId,
    draft: doc.draft,
    sample: doc.sample,
    lang: doc.lang,
    template: doc.template,
    profileId: doc.profileId,
    requestDate: doc.requestDate,
    period: m.period,
    declaredInterest: m.declaredInterest,
    caseReference: m.caseReference,
    addressee: m.addressee,
    requester: m.requester,
    areaKm2: m.areaKm2,
    areaKm2Ellipsoidal: m.areaKm2Ellipsoidal,
    frequencyMHz: m.frequencyMHz,
    bandwidthMHz: m.bandwidthMHz,
    leaseArea:
      doc.leaseArea && geometry
        ? {
            name: doc.leaseArea.name,
            bboxWgs84: m.bboxWgs84,
            geometry,
            geometryEpsg25832: {
              type: 'MultiPolygon',
              coordinates: geometry.coordinates.map((p) => p.map((r) => r.map((q) => wgs84ToUtm32(q)))),
            },
          }
        : null,
    circles: doc.circles,
    cells: doc.cells,
    fields: m.fields,
    findings: m.findings,
    fee: m.fee,
    sections: doc.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      text: [
        ...s.paragraphs,
        ...(s.fields ?? []).map(([k, v]) => `${k}: ${v}`),
        ...(s.table ? s.table.rows.map((r) => r.join(' | ')) : []),
        ...(s.after ?? []),
      ],
    })),
  };
}
