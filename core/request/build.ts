import { mainBeamEirpDbmPer5MHz } from '../coverage/cells';
import { areaKm2Ellipsoidal, areaKm2Utm32, perimeterKmUtm32 } from '../geo/measure';
import { distanceToPolygonsKm, intersectionAreaKm2 } from '../geo/overlap';
import { formatDate, formatNumber, formatUtm } from '../geo/format';
import { wgs84ToUtm32 } from '../geo/projection';
import type { Lang } from '../i18n/localized';
import { bboxOf } from '../io/imported';
import type { AreaGeometry, Position, Project } from '../project/schema';
import { checkLeaseRequest, estimateFee, parseIsoDate, type LeaseRequestInput, type TermsProfile } from '../terms';
import type { RequestDraft } from './draft';
import { requestCoverage } from './coverage-summary';
import type { DocSection, RequestCell, RequestDocument } from './model';

export interface BuildRequestOptions {
  project: Project;
  profile: TermsProfile;
  draft: RequestDraft;
  lang: Lang;
  /** Export despite blocking findings, marked DRAFT. */
  markDraft: boolean;
  requiredBandwidthMHz?: number;
  /** Coverage for the document: given, or 'compute' to predict it over the lease area (core/coverage). */
  coverage?: { summary: string; contour: AreaGeometry | null } | 'compute';
  /** Land polygons of neighbouring countries (e.g. from the offline basemap) for border distances. */
  neighbourLand?: readonly { country: string; polygons: readonly Position[][][] }[];
}

function outerRing(geometry: AreaGeometry): Position[] {
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]?.[0];
  return ring ?? [];
}

/** Builds the lease-request document model (one model for every output format). */
export function buildRequestDocument(options: BuildRequestOptions): RequestDocument {
  const { project, profile, draft, lang } = options;
  const t = (da: string, en: string) => (lang === 'da' ? da : en);
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const date = (iso: string) => formatDate(parseIsoDate(iso), lang);
  const area = project.areas.find((a) => a.id === draft.leaseAreaId) ?? null;
  const cells: RequestCell[] = project.sites.flatMap((s) =>
    s.cells.map((c) => {
      const [easting, northing] = wgs84ToUtm32([s.lon, s.lat]);
      return {
        id: c.id,
        siteName: s.name,
        lon: s.lon,
        lat: s.lat,
        easting,
        northing,
        antennaHeightM: s.antennaHeightM,
        azimuthDeg: c.azimuthDeg,
        eirpDbmPer5MHz: mainBeamEirpDbmPer5MHz(c),
        aas: c.aas,
        trpDbmPer5MHz: c.aas ? c.trpDbmPer5MHz : null,
        frequencyMHz: c.frequencyMHz,
        bandwidthMHz: c.bandwidthMHz,
      };
    }),
  );
  const input: LeaseRequestInput = {
    requestDate: draft.requestDate,
    requester: draft.requester,
    frequency: draft.frequency,
    period: draft.period,
    cells: cells.map((c) => ({
      id: c.id,
      name: c.siteName,
      lon: c.lon,
      lat: c.lat,
      eirpDbmPer5MHz: c.eirpDbmPer5MHz,
      aas: c.aas,
      ...(c.trpDbmPer5MHz === null ? {} : { trpDbmPer5MHz: c.trpDbmPer5MHz }),
    })),
    leaseArea: area?.geometry ?? null,
  };
  if (options.requiredBandwidthMHz !== undefined) input.requiredBandwidthMHz = options.requiredBandwidthMHz;
  if (area) input.coordination = coordinationFor(project, area.id, area.geometry, options.neighbourLand ?? []);
  const computed = options.coverage === 'compute' && area ? requestCoverage(project, area.geometry, lang) : null;
  if (computed?.boundaryField) input.boundaryFieldDbuvPerMPer5MHz = computed.boundaryField.maxDbuvPerMPer5MHz;
  const coverage = computed ?? (options.coverage === 'compute' ? undefined : options.coverage);
  const findings = checkLeaseRequest(profile, input);
  const areaKm2 = area ? areaKm2Utm32(area.geometry) : null;
  const areaEll = area ? areaKm2Ellipsoidal(area.geometry) : null;
  const bandwidthMHz = draft.frequency.toMHz - draft.frequency.fromMHz;
  const settlement = Math.min(draft.settlementKm2, areaKm2 ?? 0);
  const fee = profile.fee.value
    ? estimateFee(profile.fee.value, {
        bandwidthMHz,
        period: draft.period,
        settlementKm2: settlement,
        otherKm2: Math.max(0, (areaKm2 ?? 0) - settlement),
      })
    : null;
  const ring = area ? outerRing(area.geometry) : null;
  const addressee = profile.addressee.value;
  const sections: DocSection[] = [
    {
      id: 'parties',
      heading: t('Parter', 'Parties'),
      paragraphs: [],
      fields: [
        [
          t('Til', 'To'),
          [addressee?.name ?? t('(ikke offentliggjort)', '(not published)'), addressee?.address, addressee?.email]
            .filter(Boolean)
            .join(', '),
        ],
        [t('Fra', 'From'), draft.requester.name],
        ['CVR', draft.requester.cvr],
        [
          t('Kontaktperson', 'Contact'),
          [draft.requester.contactName, draft.requester.contactEmail, draft.requester.contactPhone]
            .filter(Boolean)
            .join(', '),
        ],
        [t('Adresse', 'Address'), draft.requester.address],
        [t('Ordning', 'Regime'), profile.name[lang]],
      ],
    },
    {
      id: 'purpose',
      heading: t('Formål og tjenester', 'Purpose and services'),
      paragraphs: [draft.purpose, ...draft.services.map((s) => `• ${s}`)].filter((p) => p.trim() !== ''),
    },
    {
      id: 'area',
      heading: t('Område', 'Area'),
      paragraphs: area ? [] : [t('Der er ikke valgt et lejeområde.', 'No lease area is chosen.')],
      fields: area
        ? [
            [t('Lejeområde', 'Lease area'), area.name],
            [t('Areal (EPSG:25832)', 'Area (EPSG:25832)'), `${n(areaKm2 ?? 0, 3)} km²`],
            [t('Areal (ellipsoide)', 'Area (ellipsoidal)'), `${n(areaEll ?? 0, 3)} km²`],
            [t('Omkreds', 'Perimeter'), `${n(perimeterKmUtm32(area.geometry), 2)} km`],
            [t('Koordinatliste', 'Coordinate list'), t('Se bilag A', 'See annex A')],
          ]
        : [],
    },
    {
      id: 'spectrum',
      heading: t('Frekvenser og TDD', 'Frequencies and TDD'),
      paragraphs: [
        draft.synchronised
          ? t(
              `Nettet synkroniseres med operatørens net med TDD-rammen ${draft.tddPattern}.`,
              `The network is synchronised with the operator's network using the TDD frame ${draft.tddPattern}.`,
            )
          : t(
              `Nettet anvender TDD-rammen ${draft.tddPattern} uden synkronisering; grænseværdier for usynkroniseret brug gælder.`,
              `The network uses the TDD frame ${draft.tddPattern} unsynchronised; limits for unsynchronised use apply.`,
            ),
      ],
      fields: [
        [t('Frekvenser', 'Frequencies'), `${n(draft.frequency.fromMHz)}–${n(draft.frequency.toMHz)} MHz`],
        [t('Båndbredde', 'Bandwidth'), `${n(bandwidthMHz)} MHz`],
        [t('Periode', 'Period'), `${date(draft.period.from)} – ${date(draft.period.to)}`],
      ],
    },
    {
      id: 'cells',
      heading: t('Celler og effekt', 'Cells and power'),
      paragraphs: cells.length === 0 ? [t('Ingen celler er planlagt.', 'No cells are planned.')] : [],
      table: {
        columns: [t('Site', 'Site'), 'EPSG:25832', t('Højde', 'Height'), t('Azimut', 'Azimuth'), t('Effekt', 'Power')],
        rows: cells.map((c) => [
          c.siteName,
          formatUtm(c.easting, c.northing, lang),
          `${n(c.antennaHeightM)} m`,
          c.azimuthDeg === null ? t('omni', 'omni') : `${n(c.azimuthDeg)}°`,
          c.aas && c.trpDbmPer5MHz !== null
            ? `TRP ${n(c.trpDbmPer5MHz, 1)} dBm/5 MHz (AAS)`
            : `EIRP ${n(c.eirpDbmPer5MHz, 1)} dBm/5 MHz`,
        ]),
      },
    },
    {
      id: 'coverage',
      heading: t('Dækning', 'Coverage'),
      paragraphs: [coverage?.summary ?? t('Dækning er ikke beregnet.', 'Coverage has not been computed.')],
    },
    {
      id: 'findings',
      heading: t('Kontrol mod vilkår', 'Compliance findings'),
      paragraphs: [],
      table: {
        columns: [t('Alvor', 'Severity'), t('Fund', 'Finding'), t('Verificeret', 'Verified')],
        rows: findings.map((f) => [
          severityLabel(f.severity, lang),
          `${f.message[lang]}${f.hint ? ` ${f.hint[lang]}` : ''}`,
          f.verified ? t('ja', 'yes') : t('nej', 'no'),
        ]),
      },
    },
    {
      id: 'fee',
      heading: t('Gebyr / pris', 'Fee / price'),
      paragraphs: [
        fee
          ? `${n(fee.amount, 2)} ${fee.currency}: ${fee.formula}`
          : t('Prisen er ikke offentliggjort.', 'The price is not published.'),
      ],
    },
  ];
  return {
    lang,
    draft: options.markDraft,
    title: t('Anmodning om leje af frekvenser til privat 5G-net', 'Request to lease spectrum for a private 5G network'),
    requestDate: draft.requestDate,
    profileId: profile.id,
    sections,
    signature: [
      `${t('Dato', 'Date')}: ${date(draft.requestDate)}`,
      `${t('Underskrift', 'Signature')}: ______________________________`,
      `${draft.requester.contactName}, ${draft.requester.name}`,
    ],
    leaseArea:
      area && ring
        ? { name: area.name, geometry: area.geometry, outerRingUtm: ring.map((p) => wgs84ToUtm32(p)) }
        : null,
    cells,
    coverageContour: coverage?.contour ?? null,
    machine: {
      requester: { ...draft.requester },
      addressee: addressee ? { ...addressee } : null,
      areaKm2,
      areaKm2Ellipsoidal: areaEll,
      frequencyMHz: { from: draft.frequency.fromMHz, to: draft.frequency.toMHz },
      bandwidthMHz,
      period: { ...draft.period },
      findings,
      fee,
      bboxWgs84: ring ? bboxOf(ring) : null,
      outerRingWgs84: ring,
    },
  };
}

/** Border distances and neighbouring lease areas of the chosen lease area. */
function coordinationFor(
  project: Project,
  areaId: string,
  geometry: AreaGeometry,
  neighbours: NonNullable<BuildRequestOptions['neighbourLand']>,
): NonNullable<LeaseRequestInput['coordination']> {
  return {
    borders: neighbours.map((n) => ({ country: n.country, distanceKm: distanceToPolygonsKm(geometry, n.polygons) })),
    otherLeaseAreas: project.areas
      .filter((a) => a.kind === 'lease' && a.id !== areaId)
      .map((a) => ({
        name: a.name,
        distanceKm: distanceToPolygonsKm(
          geometry,
          a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates,
        ),
        overlapKm2: intersectionAreaKm2(geometry, a.geometry),
      })),
  };
}

function severityLabel(severity: 'blocking' | 'warning' | 'info', lang: Lang): string {
  const labels = {
    blocking: ['Blokerende', 'Blocking'],
    warning: ['Advarsel', 'Warning'],
    info: ['Info', 'Info'],
  } as const;
  return labels[severity][lang === 'da' ? 0 : 1];
}

/** True when any finding blocks sending the request. */
export function hasBlockingFindings(doc: RequestDocument): boolean {
  return doc.machine.findings.some((f) => f.severity === 'blocking');
}
