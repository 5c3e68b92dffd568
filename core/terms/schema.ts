import { z } from 'zod';

const isoDate = z.iso.date();
const localized = z.object({ da: z.string().min(1), en: z.string().min(1) });

/** Where a regulatory value comes from. */
export const sourceSchema = z.object({
  title: z.string().min(1),
  url: z.url().optional(),
  /** Clause, page or remark that locates the value in the source. */
  note: z.string().optional(),
});

/**
 * A regulatory value with its source and a verified flag. `value: null` means the value is
 * not published; the user fills it in (and it stays unverified until checked).
 */
function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value: value.nullable(), source: sourceSchema, verified: z.boolean() });
}

export const frequencyRangeSchema = z
  .object({ fromMHz: z.number().positive(), toMHz: z.number().positive() })
  .refine((r) => r.toMHz > r.fromMHz, { message: 'range-empty' });

/** A date range (ISO dates, both inclusive); `from: null` when only the end is published. */
export const dateRangeSchema = z
  .object({ from: isoDate.nullable(), to: isoDate })
  .refine((r) => r.from === null || r.to >= r.from, { message: 'range-empty' });

/** Fee models the engine knows how to evaluate; their numbers are data. */
export const feeModelSchema = z.discriminatedUnion('model', [
  z.object({
    /** BNetzA local licence: base + B · t · rate · (settlementWeight · a1 + otherWeight · a2). */
    model: z.literal('bnetza-area'),
    currency: z.literal('EUR'),
    baseAmount: z.number().nonnegative(),
    rate: z.number().nonnegative(),
    settlementWeight: z.number().nonnegative(),
    otherWeight: z.number().nonnegative(),
  }),
  z.object({
    /** A fixed amount per block of spectrum per year, per licence unit (licence or circle). */
    model: z.literal('per-block-year'),
    currency: z.string().length(3),
    amountPerBlockYear: z.number().nonnegative(),
    blockMHz: z.number().positive(),
  }),
  z.object({ model: z.literal('not-published') }),
]);

/** Which networks a border limit applies to: unsynchronised, synchronised (common TDD frame) or both. */
export const syncConditionSchema = z.enum(['unsynchronised', 'synchronised', 'any']);

export const borderLimitSchema = z.object({
  /** Neighbouring country (ISO 3166-1 alpha-2). */
  country: z.string().length(2),
  /** Limit at the border in dBµV/m per 5 MHz, at `heightM` above ground. */
  fieldStrengthDbuvPerMPer5MHz: z.number(),
  condition: localized,
  /** Networks the limit applies to (profiles saved before this field: unsynchronised). */
  sync: syncConditionSchema.default('unsynchronised'),
  /** Receiver height above ground the limit is measured at, m (ECC/REC/(15)01: 3 m). */
  heightM: z.number().positive().max(100).default(3),
  /** Distance inside the neighbouring country where the limit applies, km (0 = on the border line). */
  distanceInsideKm: z.number().nonnegative().max(100).default(0),
  /** This limit's own source and verified flag, when it differs from the list's. */
  source: sourceSchema.optional(),
  verified: z.boolean().optional(),
  /** False when the measurement height is assumed (e.g. 3 m as ECC/REC/(15)01) rather than read in the agreement. */
  heightVerified: z.boolean().optional(),
});

/** Languages a request document can be written in. */
export const docLangSchema = z.enum(['da', 'en', 'de', 'sv']);

/** The document a regime expects: a lease-request letter or a licence application with its own fields. */
export const documentTemplateSchema = z.enum([
  'dk-lease-letter',
  'de-bnetza-application',
  'se-pts-application',
  'uk-ofcom-sal-application',
]);

/** A text in the document languages a profile writes (not every language needed). */
const docText = z.object({ da: z.string(), en: z.string(), de: z.string(), sv: z.string() }).partial();

/** How a regime describes the licensed area: a drawn polygon or a circle of fixed radius per base station. */
export const areaModelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('polygon') }),
  z.object({ kind: z.literal('circle-per-base-station'), radiusM: z.number().positive() }),
]);

export const requestFieldSchema = z.object({
  id: z.string().min(1),
  label: localized,
  required: z.boolean(),
});

/** A regime's terms (lease obligation or local licence), every number sourced. */
export const termsProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: localized,
  country: z.string().length(2),
  kind: z.enum(['lease-obligation', 'local-licence']),
  description: localized,
  addressee: sourced(z.object({ name: z.string(), address: z.string().optional(), email: z.string().optional() })),
  /** The band the regime covers. */
  band: sourced(frequencyRangeSchema),
  /** The part of the band a requester may get; null when not published. */
  leasableRange: sourced(frequencyRangeSchema),
  /** Block raster in MHz: frequencies must start and end on this grid from the range start. */
  blockRasterMHz: sourced(z.number().positive()),
  minBandwidthMHz: sourced(z.number().positive()),
  maxBandwidthMHz: sourced(z.number().positive()),
  /** The underlying licence (DK) or the latest allowed end date (local licences). */
  licenceTerm: sourced(dateRangeSchema),
  /** Years from licence start during which the operator must accept requests (DK). */
  obligationWindowYears: sourced(z.number().positive()),
  maxTermYears: sourced(z.number().positive()),
  nonAasEirpDbmPer5MHz: sourced(z.number()),
  aasTrpDbmPer5MHz: sourced(z.number()),
  borderLimits: sourced(z.array(borderLimitSchema)),
  /** Field-strength limit at the lease/licence area boundary, dBµV/m per 5 MHz; null when not published. */
  boundaryLimitDbuvPerMPer5MHz: sourced(z.number()).default({
    value: null,
    source: { title: 'Not published' },
    verified: false,
  }),
  areaBasis: sourced(localized),
  fee: sourced(feeModelSchema),
  requestFields: z.array(requestFieldSchema),
  /** The document this regime's recipient expects, and the languages it may be written in (first: default). */
  document: z.object({ template: documentTemplateSchema, languages: z.array(docLangSchema).min(1) }).optional(),
  /** The authority that administers the spectrum (DK: frequency administration has moved between agencies). */
  regulator: sourced(z.object({ name: z.string().min(1), shortName: z.string().optional() })).optional(),
  /** The legal basis the document cites, per document language. */
  legalBasis: sourced(docText).optional(),
  /** How the licensed area is described (Ofcom low power: 50 m circles per base station). */
  areaModel: sourced(areaModelSchema).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type FrequencyRange = z.infer<typeof frequencyRangeSchema>;
export type DateRange = z.infer<typeof dateRangeSchema>;
export type FeeModel = z.infer<typeof feeModelSchema>;
export type BorderLimit = z.infer<typeof borderLimitSchema>;
export type DocLang = z.infer<typeof docLangSchema>;
export type DocumentTemplate = z.infer<typeof documentTemplateSchema>;
export type AreaModel = z.infer<typeof areaModelSchema>;
export type TermsProfile = z.infer<typeof termsProfileSchema>;
export interface Sourced<T> {
  value: T | null;
  source: Source;
  verified: boolean;
}
