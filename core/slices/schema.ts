import { z } from 'zod';

const id = z.string().min(1).max(100);
const presetId = z.string().regex(/^[a-z0-9-]+$/);
const localized = z.object({ da: z.string().min(1), en: z.string().min(1) });
const percent = z.number().min(0).max(100);

/** Service type (TS 28.541 RANSliceSubnetProfile serviceType, with mission-critical split out of eMBB/URLLC). */
export const serviceTypeSchema = z.enum(['eMBB', 'URLLC', 'mMTC', 'mission-critical']);

/** UE mobility level, TS 28.541 uEMobilityLevel (STATIONARY / NOMADIC / RESTRICTED MOBILITY / FULLY MOBILITY). */
export const mobilitySchema = z.enum(['stationary', 'nomadic', 'restricted', 'full']);

/** Isolation level, GSMA NG.116 "Isolation level" (none, logical or physical isolation). */
export const isolationSchema = z.enum(['none', 'logical', 'physical']);

/** Mission-critical services, GSMA NG.116 "Mission critical support". */
export const missionCriticalServiceSchema = z.enum(['MCPTT', 'MCData', 'MCVideo']);

/** Where a slice is offered: project areas, drone corridors and sites by id, plus the service altitude. */
export const areaOfServiceSchema = z.object({
  areaIds: z.array(id).default([]),
  corridorIds: z.array(id).default([]),
  siteIds: z.array(id).default([]),
  /** Height above ground in m at which devices must be served (drones), null for ground level. */
  altitudeM: z.number().min(0).max(3000).nullable().default(null),
});

/** Per-device throughput in Mbps (TS 28.541 dL/uLThptPerUE {guaThpt, maxThpt}, there in kbit/s). */
export const perDeviceThroughputSchema = z
  .object({ guaranteedMbps: z.number().nonnegative(), peakMbps: z.number().nonnegative() })
  .refine((t) => t.peakMbps >= t.guaranteedMbps, { message: 'peak-below-guaranteed', path: ['peakMbps'] });

/**
 * A network slice requirement in NG.116 GST / TS 28.541 ServiceProfile vocabulary. Give either
 * `deviceCount` (maxNumberofUEs) or `densityPerKm2` (termDensity), not both.
 */
export const sliceSchema = z
  .object({
    id,
    name: z.string().trim().min(1).max(200),
    /** The preset the slice was made from, if any. */
    presetId: presetId.nullable().default(null),
    serviceType: serviceTypeSchema,
    /** Slice/service type of the S-NSSAI (0–127 standardised, 128–255 operator-specific). */
    sst: z.number().int().min(0).max(255),
    /** 5G QoS identifier, TS 23.501 Table 5.7.4-1 (or an operator-specific value). */
    fiveQi: z.number().int().min(1).max(255),
    deviceCount: z.number().int().nonnegative().optional(),
    densityPerKm2: z.number().nonnegative().optional(),
    /** Share of the devices active at the same time, % (TS 28.541 activityFactor). */
    activityFactorPercent: percent.default(100),
    dlPerDevice: perDeviceThroughputSchema,
    ulPerDevice: perDeviceThroughputSchema,
    /** One-way latency budget in ms (TS 28.541 dLLatency/uLLatency). */
    latencyBudgetMs: z.number().positive(),
    reliabilityPercent: percent,
    availabilityPercent: percent,
    mobility: mobilitySchema,
    /** Highest device speed in km/h (TS 28.541 uESpeed). */
    maxSpeedKmh: z.number().min(0).max(1000).default(0),
    areaOfService: areaOfServiceSchema.default({ areaIds: [], corridorIds: [], siteIds: [], altitudeM: null }),
    isolation: isolationSchema.default('logical'),
    /** Priority level, lower is served first (TS 23.501 §5.7.3.3; default from the 5QI table). */
    priorityLevel: z.number().int().min(1).max(127),
    missionCritical: z.array(missionCriticalServiceSchema).default([]),
  })
  .refine((s) => (s.deviceCount === undefined) !== (s.densityPerKm2 === undefined), {
    message: 'device-count-xor-density',
    path: ['deviceCount'],
  });

/** Where a preset value comes from; `clause` locates it (table, row, section). */
export const presetSourceSchema = z.object({
  title: z.string().min(1),
  url: z.url().optional(),
  clause: z.string().optional(),
});

/**
 * A preset number with its source: `source` is a key into the library's `sources`; `clause` narrows it.
 * `verified: false` marks an engineering assumption or a secondary source, and then `note` says why.
 */
export function sourcedNumber<T extends z.ZodNumber>(value: T) {
  return z
    .object({
      value,
      source: z.string().min(1),
      clause: z.string().optional(),
      verified: z.boolean(),
      note: z.string().optional(),
    })
    .refine((v) => v.verified || (v.note ?? '').trim().length > 0, {
      message: 'unverified-needs-note',
      path: ['note'],
    });
}

const nonNegative = sourcedNumber(z.number().nonnegative());
const percentValue = sourcedNumber(z.number().min(0).max(100));

/** A slice preset: the slice fields with every number sourced; names in Danish and English. */
export const slicePresetSchema = z.object({
  id: presetId,
  name: localized,
  description: localized,
  serviceType: serviceTypeSchema,
  mobility: mobilitySchema,
  isolation: isolationSchema,
  missionCritical: z.array(missionCriticalServiceSchema).default([]),
  sst: sourcedNumber(z.number().int().min(0).max(255)),
  fiveQi: sourcedNumber(z.number().int().min(1).max(255)),
  deviceCount: sourcedNumber(z.number().int().nonnegative()).optional(),
  densityPerKm2: nonNegative.optional(),
  activityFactorPercent: percentValue,
  dlGuaranteedMbps: nonNegative,
  dlPeakMbps: nonNegative,
  ulGuaranteedMbps: nonNegative,
  ulPeakMbps: nonNegative,
  latencyBudgetMs: sourcedNumber(z.number().positive()),
  reliabilityPercent: percentValue,
  availabilityPercent: percentValue,
  maxSpeedKmh: nonNegative,
  /** Service altitude above ground in m (drones); absent for ground-level slices. */
  altitudeM: nonNegative.optional(),
  priorityLevel: sourcedNumber(z.number().int().min(1).max(127)),
});

/** A named set of presets used together, e.g. incident response. */
export const presetBundleSchema = z.object({
  id: presetId,
  name: localized,
  description: localized,
  presetIds: z.array(presetId).min(1),
});

/** The preset library file (data/slices/presets.json). Cross-references are checked in parseSlicePresets. */
export const slicePresetLibrarySchema = z.object({
  schemaVersion: z.literal(1),
  sources: z.record(z.string().min(1), presetSourceSchema),
  presets: z.array(slicePresetSchema).min(1),
  bundles: z.array(presetBundleSchema).default([]),
});

export type ServiceType = z.infer<typeof serviceTypeSchema>;
export type Mobility = z.infer<typeof mobilitySchema>;
export type Isolation = z.infer<typeof isolationSchema>;
export type AreaOfService = z.infer<typeof areaOfServiceSchema>;
export type PerDeviceThroughput = z.infer<typeof perDeviceThroughputSchema>;
export type Slice = z.infer<typeof sliceSchema>;
export type SliceInput = z.input<typeof sliceSchema>;
export type PresetSource = z.infer<typeof presetSourceSchema>;
/** A preset number with its source key, clause, verified flag and note. */
export interface SourcedNumber {
  value: number;
  source: string;
  clause?: string | undefined;
  verified: boolean;
  note?: string | undefined;
}
export type SlicePreset = z.infer<typeof slicePresetSchema>;
export type PresetBundle = z.infer<typeof presetBundleSchema>;
export type SlicePresetLibrary = z.infer<typeof slicePresetLibrarySchema>;
