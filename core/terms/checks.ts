import { booleanPointInPolygon } from '@turf/turf';
import { lt, type LocalizedText } from '../i18n/localized';
import type { AreaGeometry } from '../project/schema';
import { isValidCvr } from './cvr';
import { humanDate } from './dates';
import { termsFieldLabel } from './labels';
import { unverifiedFields } from './load';
import type { TermsProfile } from './schema';
import { assessRequestDate } from './window';

/** What a lease request states, gathered from the project and the wizard. */
export interface LeaseRequestInput {
  /** Date the request is sent, YYYY-MM-DD. */
  requestDate: string;
  requester: { name: string; cvr: string; contactName: string; contactEmail: string; address: string };
  frequency: { fromMHz: number; toMHz: number };
  period: { from: string; to: string };
  cells: {
    id: string;
    name: string;
    lon: number;
    lat: number;
    eirpDbmPer5MHz: number;
    aas?: boolean;
    trpDbmPer5MHz?: number;
  }[];
  leaseArea: AreaGeometry | null;
  /** Bandwidth the slices need (from the capacity engine), when known. */
  requiredBandwidthMHz?: number;
  /** Highest predicted field strength on the lease-area boundary, dBµV/m per 5 MHz (from coverage). */
  boundaryFieldDbuvPerMPer5MHz?: number;
  /** Distances that call for coordination: national borders (neighbouring land) and other lease areas. */
  coordination?: {
    borders: { country: string; distanceKm: number }[];
    otherLeaseAreas: { name: string; distanceKm: number; overlapKm2: number }[];
  };
}

export type FindingSeverity = 'blocking' | 'warning' | 'info';

/** One result of a compliance check, with a fix hint. */
export interface Finding {
  id: string;
  severity: FindingSeverity;
  message: LocalizedText;
  hint?: LocalizedText;
  /** False when the check rests on a value the profile marks unverified. */
  verified: boolean;
}

type Check = (profile: TermsProfile, input: LeaseRequestInput) => Finding[];

const finding = (
  id: string,
  severity: FindingSeverity,
  verified: boolean,
  message: LocalizedText,
  hint?: LocalizedText,
): Finding => (hint ? { id, severity, verified, message, hint } : { id, severity, verified, message });

const checkWindow: Check = (profile, input) => {
  const a = assessRequestDate(profile, input.requestDate);
  const severity: FindingSeverity =
    a.status === 'before-licence' || a.status === 'after-licence'
      ? 'blocking'
      : a.status === 'after-obligation-window' || a.status === 'unknown'
        ? 'warning'
        : 'info';
  return [finding(`window.${a.status}`, severity, a.verified, a.message)];
};

const checkFrequencies: Check = (profile, input) => {
  const out: Finding[] = [];
  const { fromMHz, toMHz } = input.frequency;
  const bandwidth = toMHz - fromMHz;
  const range = profile.leasableRange.value;
  if (bandwidth <= 0)
    return [
      finding('frequency.empty', 'blocking', true, lt('Frekvensområdet er tomt.', 'The frequency range is empty.')),
    ];
  if (range && (fromMHz < range.fromMHz || toMHz > range.toMHz)) {
    out.push(
      finding(
        'frequency.outside',
        'blocking',
        profile.leasableRange.verified,
        lt(
          `${fromMHz}–${toMHz} MHz ligger uden for det lejbare område ${range.fromMHz}–${range.toMHz} MHz.`,
          `${fromMHz}–${toMHz} MHz lies outside the leasable range ${range.fromMHz}–${range.toMHz} MHz.`,
        ),
        lt('Vælg frekvenser inden for området.', 'Choose frequencies inside the range.'),
      ),
    );
  } else if (!range) {
    out.push(
      finding(
        'frequency.range-unknown',
        'warning',
        false,
        lt('Det lejbare frekvensområde er ikke offentliggjort.', 'The leasable frequency range is not published.'),
        lt(
          'Udfyld det i vilkårsprofilen fra lejekontrakten.',
          'Fill it in in the terms profile from the lease contract.',
        ),
      ),
    );
  }
  const raster = profile.blockRasterMHz.value;
  if (raster && range) {
    const offFrom = (fromMHz - range.fromMHz) % raster;
    const offTo = (toMHz - range.fromMHz) % raster;
    if (Math.abs(offFrom) > 1e-9 || Math.abs(offTo) > 1e-9) {
      out.push(
        finding(
          'frequency.raster',
          'blocking',
          profile.blockRasterMHz.verified,
          lt(
            `Frekvenserne følger ikke blokrasteret på ${raster} MHz fra ${range.fromMHz} MHz.`,
            `The frequencies do not follow the ${raster} MHz block raster from ${range.fromMHz} MHz.`,
          ),
        ),
      );
    }
  }
  const min = profile.minBandwidthMHz.value;
  const max = profile.maxBandwidthMHz.value;
  if (min !== null && bandwidth < min)
    out.push(
      finding(
        'bandwidth.too-small',
        'blocking',
        profile.minBandwidthMHz.verified,
        lt(
          `Båndbredden ${bandwidth} MHz er under minimum ${min} MHz.`,
          `The bandwidth ${bandwidth} MHz is below the minimum ${min} MHz.`,
        ),
      ),
    );
  if (max !== null && bandwidth > max)
    out.push(
      finding(
        'bandwidth.too-large',
        'blocking',
        profile.maxBandwidthMHz.verified,
        lt(
          `Båndbredden ${bandwidth} MHz overstiger maksimum ${max} MHz.`,
          `The bandwidth ${bandwidth} MHz exceeds the maximum ${max} MHz.`,
        ),
      ),
    );
  if (input.requiredBandwidthMHz !== undefined && input.requiredBandwidthMHz > bandwidth) {
    out.push(
      finding(
        'bandwidth.below-slices',
        'blocking',
        true,
        lt(
          `Slices kræver ${input.requiredBandwidthMHz} MHz, men der anmodes om ${bandwidth} MHz.`,
          `The slices need ${input.requiredBandwidthMHz} MHz but ${bandwidth} MHz is requested.`,
        ),
        lt('Øg båndbredden eller reducér kravene.', 'Increase the bandwidth or reduce the requirements.'),
      ),
    );
  }
  return out;
};

const checkPeriod: Check = (profile, input) => {
  const out: Finding[] = [];
  const { from, to } = input.period;
  if (to < from)
    return [
      finding(
        'period.empty',
        'blocking',
        true,
        lt('Perioden slutter før den begynder.', 'The period ends before it starts.'),
      ),
    ];
  const term = profile.licenceTerm.value;
  if (term && (to > term.to || (term.from !== null && from < term.from))) {
    out.push(
      finding(
        'period.outside-licence',
        'blocking',
        profile.licenceTerm.verified,
        lt(
          `Perioden ${humanDate(from, 'da')} – ${humanDate(to, 'da')} ligger uden for tilladelsens løbetid (til ${humanDate(term.to, 'da')}).`,
          `The period ${humanDate(from, 'en')} – ${humanDate(to, 'en')} lies outside the licence term (to ${humanDate(term.to, 'en')}).`,
        ),
        lt('Afslut perioden senest ved tilladelsens udløb.', 'End the period no later than the licence expiry.'),
      ),
    );
  }
  return out;
};

const checkPower: Check = (profile, input) => {
  const out: Finding[] = [];
  const eirpLimit = profile.nonAasEirpDbmPer5MHz.value;
  const trpLimit = profile.aasTrpDbmPer5MHz.value;
  for (const c of input.cells) {
    if (c.aas && c.trpDbmPer5MHz !== undefined) {
      if (trpLimit !== null && c.trpDbmPer5MHz > trpLimit)
        out.push(
          finding(
            `power.${c.id}`,
            'blocking',
            profile.aasTrpDbmPer5MHz.verified,
            lt(
              `${c.name}: TRP ${c.trpDbmPer5MHz} dBm/5 MHz overstiger AAS-grænsen ${trpLimit} dBm/5 MHz.`,
              `${c.name}: TRP ${c.trpDbmPer5MHz} dBm/5 MHz exceeds the AAS limit of ${trpLimit} dBm/5 MHz.`,
            ),
            lt('Sænk sendeeffekten.', 'Lower the transmit power.'),
          ),
        );
    } else if (eirpLimit !== null && c.eirpDbmPer5MHz > eirpLimit) {
      out.push(
        finding(
          `power.${c.id}`,
          'blocking',
          profile.nonAasEirpDbmPer5MHz.verified,
          lt(
            `${c.name}: EIRP ${c.eirpDbmPer5MHz} dBm/5 MHz overstiger grænsen ${eirpLimit} dBm/5 MHz.`,
            `${c.name}: EIRP ${c.eirpDbmPer5MHz} dBm/5 MHz exceeds the limit ${eirpLimit} dBm/5 MHz.`,
          ),
          lt('Sænk sendeeffekten.', 'Lower the transmit power.'),
        ),
      );
    }
  }
  return out;
};

const checkArea: Check = (_profile, input) => {
  if (!input.leaseArea)
    return [
      finding(
        'area.missing',
        'blocking',
        true,
        lt('Der er ikke valgt et lejeområde.', 'No lease area is chosen.'),
        lt('Tegn eller importér lejeområdet.', 'Draw or import the lease area.'),
      ),
    ];
  const outside = input.cells.filter(
    (c) => !booleanPointInPolygon([c.lon, c.lat], input.leaseArea as Parameters<typeof booleanPointInPolygon>[1]),
  );
  return outside.map((c) =>
    finding(
      `area.cell-outside.${c.id}`,
      'blocking',
      true,
      lt(`${c.name} ligger uden for lejeområdet.`, `${c.name} lies outside the lease area.`),
      lt('Flyt cellen eller udvid lejeområdet.', 'Move the cell or extend the lease area.'),
    ),
  );
};

const checkRequester: Check = (profile, input) => {
  const out: Finding[] = [];
  const values: Record<string, string> = {
    requesterName: input.requester.name,
    cvr: input.requester.cvr,
    contactName: input.requester.contactName,
    contactEmail: input.requester.contactEmail,
    address: input.requester.address,
  };
  for (const field of profile.requestFields) {
    if (field.required && field.id in values && !values[field.id]?.trim()) {
      out.push(
        finding(
          `requester.${field.id}`,
          'blocking',
          true,
          lt(`${field.label.da} mangler.`, `${field.label.en} is missing.`),
        ),
      );
    }
  }
  const cvrField = profile.requestFields.some((f) => f.id === 'cvr');
  if (cvrField && input.requester.cvr.trim() && !isValidCvr(input.requester.cvr)) {
    out.push(
      finding(
        'requester.cvr-invalid',
        'blocking',
        true,
        lt(
          `CVR-nummeret ${input.requester.cvr} er ugyldigt (8 cifre med modulus 11-kontrol).`,
          `The CVR number ${input.requester.cvr} is invalid (8 digits with a modulus-11 check).`,
        ),
      ),
    );
  }
  if (input.requester.contactEmail.trim() && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.requester.contactEmail)) {
    out.push(
      finding(
        'requester.email-invalid',
        'blocking',
        true,
        lt('E-mailadressen er ugyldig.', 'The email address is invalid.'),
      ),
    );
  }
  return out;
};

const checkUnverified: Check = (profile) => {
  const fields = unverifiedFields(profile).map((f) => termsFieldLabel(f.key));
  if (fields.length === 0) return [];
  return [
    finding(
      'profile.unverified',
      'warning',
      false,
      lt(
        `Vilkårsprofilen indeholder ikke-verificerede eller ikke-offentliggjorte værdier: ${fields.map((f) => f.da).join(', ')}.`,
        `The terms profile contains unverified or unpublished values: ${fields.map((f) => f.en).join(', ')}.`,
      ),
      lt(
        'Bekræft dem med operatøren eller myndigheden før afsendelse.',
        'Confirm them with the operator or regulator before sending.',
      ),
    ),
  ];
};

const checkBoundaryField: Check = (profile, input) => {
  const field = input.boundaryFieldDbuvPerMPer5MHz;
  if (field === undefined) return [];
  const limit = profile.boundaryLimitDbuvPerMPer5MHz.value;
  const value = field.toFixed(1);
  if (limit === null) {
    return [
      finding(
        'boundary-field.no-limit',
        'info',
        false,
        lt(
          `Beregnet feltstyrke på lejeområdets kant: højst ${value.replace('.', ',')} dBµV/m pr. 5 MHz. Profilen har ingen offentliggjort grænse for kanten.`,
          `Predicted field strength on the lease-area boundary: at most ${value} dBµV/m per 5 MHz. The profile has no published boundary limit.`,
        ),
      ),
    ];
  }
  if (field <= limit)
    return [
      finding(
        'boundary-field.ok',
        'info',
        profile.boundaryLimitDbuvPerMPer5MHz.verified,
        lt(
          `Feltstyrken på kanten (${value.replace('.', ',')} dBµV/m) overholder grænsen ${limit} dBµV/m pr. 5 MHz.`,
          `The field strength on the boundary (${value} dBµV/m) meets the limit of ${limit} dBµV/m per 5 MHz.`,
        ),
      ),
    ];
  return [
    finding(
      'boundary-field.exceeded',
      'blocking',
      profile.boundaryLimitDbuvPerMPer5MHz.verified,
      lt(
        `Feltstyrken på lejeområdets kant (${value.replace('.', ',')} dBµV/m) overstiger grænsen ${limit} dBµV/m pr. 5 MHz.`,
        `The field strength on the lease-area boundary (${value} dBµV/m) exceeds the limit of ${limit} dBµV/m per 5 MHz.`,
      ),
      lt(
        'Sænk effekten, vend sektorerne væk fra kanten eller udvid lejeområdet.',
        'Lower the power, turn sectors away from the boundary or extend the lease area.',
      ),
    ),
  ];
};

/** Distance below which a neighbouring lease area or border is pointed out, km. */
const COORDINATION_DISTANCE_KM = 10;
/** Distance within which a border with a field-strength limit is pointed out, km. */
const BORDER_ATTENTION_KM = 50;

const checkCoordination: Check = (profile, input) => {
  const out: Finding[] = [];
  const limits = profile.borderLimits.value ?? [];
  for (const border of input.coordination?.borders ?? []) {
    const limit = limits.find((l) => l.country === border.country);
    if (border.distanceKm > (limit ? BORDER_ATTENTION_KM : COORDINATION_DISTANCE_KM)) continue;
    const km = border.distanceKm.toFixed(1);
    const text = limit
      ? lt(
          `Lejeområdet ligger ${km.replace('.', ',')} km fra ${border.country}. Ved grænsen gælder ${limit.fieldStrengthDbuvPerMPer5MHz} dBµV/m pr. 5 MHz (${limit.condition.da}).`,
          `The lease area is ${km} km from ${border.country}. At the border ${limit.fieldStrengthDbuvPerMPer5MHz} dBµV/m per 5 MHz applies (${limit.condition.en}).`,
        )
      : lt(
          `Lejeområdet ligger ${km.replace('.', ',')} km fra ${border.country}; en grænseværdi er ikke kendt i profilen.`,
          `The lease area is ${km} km from ${border.country}; no border limit is known in the profile.`,
        );
    out.push(
      finding(
        `coordination.border.${border.country}`,
        border.distanceKm <= COORDINATION_DISTANCE_KM ? 'warning' : 'info',
        profile.borderLimits.verified,
        text,
        lt('Kontrollér den beregnede feltstyrke ved grænsen.', 'Check the predicted field strength at the border.'),
      ),
    );
  }
  for (const other of input.coordination?.otherLeaseAreas ?? []) {
    if (other.overlapKm2 > 0) {
      out.push(
        finding(
          `coordination.overlap.${other.name}`,
          'blocking',
          true,
          lt(
            `Lejeområdet overlapper "${other.name}" (${other.overlapKm2.toFixed(2).replace('.', ',')} km²).`,
            `The lease area overlaps "${other.name}" (${other.overlapKm2.toFixed(2)} km²).`,
          ),
          lt(
            'Fjern overlappet eller koordinér med den anden lejer.',
            'Remove the overlap or coordinate with the other lessee.',
          ),
        ),
      );
    } else if (other.distanceKm <= COORDINATION_DISTANCE_KM) {
      out.push(
        finding(
          `coordination.near.${other.name}`,
          'info',
          true,
          lt(
            `Lejeområdet ligger ${other.distanceKm.toFixed(1).replace('.', ',')} km fra "${other.name}"; koordinér synkronisering og effekt.`,
            `The lease area is ${other.distanceKm.toFixed(1)} km from "${other.name}"; coordinate synchronisation and power.`,
          ),
        ),
      );
    }
  }
  return out;
};

const CHECKS: readonly Check[] = [
  checkWindow,
  checkFrequencies,
  checkPeriod,
  checkPower,
  checkArea,
  checkRequester,
  checkUnverified,
  checkCoordination,
  checkBoundaryField,
];

/** Runs every compliance check of a lease request against a terms profile; blocking findings first. */
export function checkLeaseRequest(profile: TermsProfile, input: LeaseRequestInput): Finding[] {
  const order: Record<FindingSeverity, number> = { blocking: 0, warning: 1, info: 2 };
  return CHECKS.flatMap((check) => check(profile, input)).sort((a, b) => order[a.severity] - order[b.severity]);
}
