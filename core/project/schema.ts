import { z } from 'zod';
import { calibrationSchema } from '../calibration/schema';
import { requestDraftSchema } from './request-draft-schema';
import { sliceSchema } from '../slices/schema';
import { termsProfileSchema } from '../terms/schema';

/** Version of the project document this build writes. Older versions are migrated on load. */
export const CURRENT_SCHEMA_VERSION = 5;

/** File extension of project documents (JSON inside). */
export const PROJECT_FILE_EXTENSION = '.frekvensplan';

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
/** A WGS84 position in GeoJSON order: [longitude, latitude] in degrees. */
export const positionSchema = z.tuple([longitude, latitude]);

const linearRing = z
  .array(positionSchema)
  .min(4)
  .refine((ring) => samePosition(ring[0], ring[ring.length - 1]), { message: 'ring-not-closed' });

/** GeoJSON Polygon (RFC 7946), WGS84, first ring outer, further rings holes. */
export const polygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(linearRing).min(1),
});

/** GeoJSON MultiPolygon (RFC 7946), WGS84. */
export const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(linearRing).min(1)).min(1),
});

export const areaGeometrySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema]);

const id = z.string().min(1).max(100);
const name = z.string().trim().min(1).max(200);

export const environmentSchema = z.enum(['RMa', 'UMa', 'UMi', 'InH']);

export const siteKindSchema = z.enum([
  'fire-station',
  'harbour',
  'ferry-terminal',
  'town-hall',
  'school',
  'water-works',
  'hospital',
  'mast',
  'other',
]);

/**
 * Default vertical half-power beamwidth of a cell's antenna in degrees: a macro panel (3GPP TR 36.814 Table
 * A.2.1.1-2 uses 10° for the sector antenna; vendor 3.5 GHz panels are 7–10°), not the 65° of the single
 * TR 38.901 element, so downtilt shapes the coverage as it does in the field.
 */
export const DEFAULT_VERTICAL_BEAMWIDTH_DEG = 10;

/**
 * A planned cell (sector) on a site. Non-AAS cells state their main-beam EIRP per 5 MHz; AAS cells
 * state TRP per 5 MHz, and their EIRP is TRP + maxGainDbi (the array's beamforming gain).
 */
export const cellSchema = z.object({
  id,
  /** Boresight azimuth in degrees clockwise from north; null for an omni antenna. */
  azimuthDeg: z.number().min(0).max(360).nullable().default(null),
  /** Electrical plus mechanical downtilt in degrees, positive below the horizon. */
  downtiltDeg: z.number().min(-10).max(90).default(6),
  /** EIRP per 5 MHz in dBm (non-AAS; the licence limit is 68 dBm/5 MHz per antenna). */
  eirpDbmPer5MHz: z.number().min(-30).max(90).default(60),
  /** Active antenna system: power is given as TRP per cell (licence limit 47 dBm/5 MHz). */
  aas: z.boolean().default(false),
  /** TRP per 5 MHz in dBm, used when `aas`. */
  trpDbmPer5MHz: z.number().min(-30).max(70).default(47),
  /** Carrier centre frequency in MHz (n78: 3300–3800). */
  frequencyMHz: z.number().min(3300).max(4200).default(3700),
  /** Channel bandwidth in MHz. */
  bandwidthMHz: z.number().min(5).max(100).default(60),
  /** Horizontal half-power beamwidth in degrees (TR 38.901 Table 7.3-1: 65). */
  horizontalBeamwidthDeg: z.number().min(10).max(360).default(65),
  /** Vertical half-power beamwidth in degrees (default 10, a macro panel; the TR 38.901 element alone has 65). */
  verticalBeamwidthDeg: z.number().min(2).max(180).default(DEFAULT_VERTICAL_BEAMWIDTH_DEG),
  /** Maximum antenna gain in dBi (TR 38.901 element: 8; for AAS the array gain). */
  maxGainDbi: z.number().min(0).max(35).default(8),
  /** Front-to-back ratio in dB (TR 38.901 A_max: 30). */
  frontToBackDb: z.number().min(0).max(60).default(30),
});

/** A municipal site (candidate gNB location). */
export const siteSchema = z.object({
  id,
  name,
  kind: siteKindSchema.default('other'),
  lon: longitude,
  lat: latitude,
  /** Antenna height above ground in metres. */
  antennaHeightM: z.number().min(0).max(300).default(25),
  environment: environmentSchema.default('RMa'),
  cells: z.array(cellSchema).default([]),
  notes: z.string().max(5000).default(''),
});

export const areaKindSchema = z.enum(['interest', 'lease', 'incident', 'settlement']);

/** An area of interest, lease area, incident area or settlement-land area. */
export const areaSchema = z.object({
  id,
  name,
  kind: areaKindSchema,
  geometry: areaGeometrySchema,
  notes: z.string().max(5000).default(''),
});

/** A drone corridor: a centre line with a width and a flight altitude above ground. */
export const corridorSchema = z.object({
  id,
  name,
  coordinates: z.array(positionSchema).min(2),
  widthM: z.number().positive().max(10000),
  altitudeM: z.number().min(0).max(500),
  notes: z.string().max(5000).default(''),
});

/** Map view saved with the project. */
export const viewSchema = z.object({
  centre: positionSchema,
  zoom: z.number().min(0).max(22),
});

export const projectMetaSchema = z.object({
  name,
  description: z.string().max(20000).default(''),
  municipality: z.string().max(200).default(''),
  /** True for the bundled sample; the UI marks such projects as sample data. */
  isSample: z.boolean().default(false),
  createdAt: z.iso.datetime({ offset: true }),
  modifiedAt: z.iso.datetime({ offset: true }),
});

/** Project-wide radio settings; absent values take the engine's defaults (with their sources). */
export const radioSettingsSchema = z.object({
  /** UE noise figure in dB for the noise per resource element (coverage SINR, link calculator, slice plan). */
  ueNoiseFigureDb: z.number().min(0).max(20).optional(),
  /** Where the project's noise figure comes from (e.g. the UE data sheet); shown beside it. */
  ueNoiseFigureSource: z.string().max(500).optional(),
});

/** The whole plan: the single source of truth saved to a `.frekvensplan` file. */
export const projectSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  meta: projectMetaSchema,
  sites: z.array(siteSchema).default([]),
  areas: z.array(areaSchema).default([]),
  corridors: z.array(corridorSchema).default([]),
  /** Network-slice requirements (NG.116 / TS 28.541 vocabulary). */
  slices: z.array(sliceSchema).default([]),
  /** Terms profile the lease request is checked against: a bundled one (data/terms) or a custom one. */
  termsProfileId: z.string().min(1).nullable().default('dk-tt-2021'),
  /** Terms profiles the user duplicated and edited (e.g. from the actual lease contract). */
  customTermsProfiles: z.array(termsProfileSchema).default([]),
  /** The lease-request draft the wizard edits. */
  request: requestDraftSchema.default(requestDraftSchema.parse({})),
  view: viewSchema.nullable().default(null),
  /** Offsets fitted against measured RSRP (drive test, drone flight), applied to every prediction; null = none. */
  calibration: calibrationSchema.nullable().default(null),
  /** Radio settings of the plan (optional; defaults apply when absent). */
  radio: radioSettingsSchema.default({}),
});

export type Position = z.infer<typeof positionSchema>;
export type Polygon = z.infer<typeof polygonSchema>;
export type MultiPolygon = z.infer<typeof multiPolygonSchema>;
export type AreaGeometry = z.infer<typeof areaGeometrySchema>;
export type Environment = z.infer<typeof environmentSchema>;
export type SiteKind = z.infer<typeof siteKindSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Site = z.infer<typeof siteSchema>;
export type AreaKind = z.infer<typeof areaKindSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Corridor = z.infer<typeof corridorSchema>;
export type ProjectView = z.infer<typeof viewSchema>;
export type RadioSettings = z.infer<typeof radioSettingsSchema>;
export type ProjectMeta = z.infer<typeof projectMetaSchema>;
export type Project = z.infer<typeof projectSchema>;

function samePosition(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}
