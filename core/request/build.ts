import type { NeighbourLand } from '../coverage/border-field';
import { allRings } from '../coverage/boundary-field';
import { radioCellsOf } from '../coverage/cells';
import { bboxOf } from '../io/imported';
import { areaKm2Ellipsoidal, areaKm2Utm32, perimeterKmUtm32 } from '../geo/measure';
import { distanceToPolygonsKm, intersectionAreaKm2 } from '../geo/overlap';
import type { Lang } from '../i18n/localized';
import type { AreaGeometry, Project } from '../project/schema';
import {
  assessRequestDate,
  checkLeaseRequest,
  documentLanguage,
  documentOf,
  estimateFee,
  isRealIsoDate,
  roundKm2ToM2,
  type DocLang,
  type LeaseRequestInput,
  type TermsProfile,
} from '../terms';
import { coordinateAnnex } from './annex';
import { requestCellsOf } from './build-cells';
import { fieldAt, fieldSummary, requestFields } from './build-fields';
import { requestMapData } from './build-map';
import { requestChecklist } from './checklist';
import { requestCoverage, type RequestCoverage } from './coverage-summary';
import { docFormat, pick, uiLangOf } from './doc-format';
import type { RequestDraft } from './draft';
import { foreignLandOverlap } from './land';
import type { RequestDocument } from './model';
import { requestIdOf } from './request-id';
import { circleRing } from './templates/geometry';
import type { TemplateContext, TemplateOutput } from './templates/context';
import { deBnetzaApplication } from './templates/de-bnetza';
import { dkLeaseLetter } from './templates/dk-lease-letter';
import { sePtsApplication } from './templates/se-pts';
import { ukOfcomApplication } from './templates/uk-ofcom';

export interface BuildRequestOptions {
  project: Project;
  profile: TermsProfile;
  draft: RequestDraft;
  /** Document language; a language the regime does not write falls back to its first (BNetzA: German). */
  lang: DocLang;
  /** Language of the requester's checklist (default: Danish for Danish documents, else English). */
  uiLang?: Lang;
  /** Export despite blocking findings, marked DRAFT. */
  markDraft: boolean;
  /** Bandwidth the slices need (from the slice plan), MHz. */
  requiredBandwidthMHz?: number;
  /** The project has slices but no fresh plan: say that the bandwidth is unchecked. */
  slicesUnsized?: boolean;
  /** A fresh plan found no allowed bandwidth that carries every slice: say so. */
  slicesInfeasible?: boolean;
  /** Coverage for the document: given, or 'compute' to predict it over the lease area (core/coverage). */
  coverage?: RequestCoverage | 'compute' | null;
  /** Land polygons by country (the offline basemap): border fields, foreign-land check and the map. */
  land?: readonly NeighbourLand[];
}

/** Remembers the last result per key: the wizard rebuilds the document on every keystroke, the geometry rarely changes. */
function lastValue<T>(): (key: string, compute: () => T) => T {
  let last: { key: string; value: T } | null = null;
  return (key, compute) => {
    if (last?.key !== key) last = { key, value: compute() };
    return last.value;
  };
}
const fieldsMemo = lastValue<ReturnType<typeof requestFields>>();
const foreignMemo = lastValue<ReturnType<typeof foreignLandOverlap>>();
const landKeys = new WeakMap<readonly NeighbourLand[], number>();
let landSeq = 0;
/** A key for a land array (identity: the renderer and CLI load the basemap once). */
function landKey(land: readonly NeighbourLand[]): number {
  let key = landKeys.get(land);
  if (key === undefined) landKeys.set(land, (key = ++landSeq));
  return key;
}

const TEMPLATES = {
  'dk-lease-letter': dkLeaseLetter,
  'de-bnetza-application': deBnetzaApplication,
  'se-pts-application': sePtsApplication,
  'uk-ofcom-sal-application': ukOfcomApplication,
} satisfies Record<string, (ctx: TemplateContext) => TemplateOutput>;

/** Builds the request document model for the profile's regime (one model for every output format). */
export function buildRequestDocument(options: BuildRequestOptions): RequestDocument {
  const { project, profile, draft } = options;
  const lang = documentLanguage(profile, options.lang);
  const uiLang = options.uiLang ?? uiLangOf(lang);
  const f = docFormat(lang);
  const template = documentOf(profile).template;
  const land = options.land ?? [];
  const area = project.areas.find((a) => a.id === draft.leaseAreaId) ?? null;
  const cells = requestCellsOf(project, lang);
  const radio = radioCellsOf(project);
  const areaModel = profile.areaModel?.value;
  const circleRadius = areaModel?.kind === 'circle-per-base-station' ? areaModel.radiusM : null;
  const sites = project.sites.filter((s) => s.cells.length > 0);
  const circles =
    circleRadius === null ? [] : sites.map((s) => ({ label: s.name, lon: s.lon, lat: s.lat, radiusM: circleRadius }));
  const areaKm2 = area ? areaKm2Utm32(area.geometry) : null;
  const fields = fieldsMemo(
    JSON.stringify([
      radio,
      area?.geometry ?? null,
      landKey(land),
      profile.country,
      profile.borderLimits,
      draft.synchronised,
    ]),
    () => requestFields(radio, area?.geometry ?? null, land, profile, draft.synchronised),
  );
  const coverage =
    options.coverage === 'compute'
      ? area
        ? requestCoverage(project, area.geometry)
        : null
      : (options.coverage ?? null);
  const bandwidthMHz = draft.frequency.toMHz - draft.frequency.fromMHz;
  const a1 = roundKm2ToM2(Math.min(draft.settlementKm2, areaKm2 ?? 0));
  const a2 = roundKm2ToM2(Math.max(0, (areaKm2 ?? 0) - a1));
  const settlementSource =
    draft.settlementSource.trim() ||
    (project.areas.some((a) => a.kind === 'settlement') && a1 > 0
      ? pick(
          {
            da: 'Beregnet af projektets bebyggelsesarealer (EPSG:25832)',
            en: "Computed from the project's settlement areas (EPSG:25832)",
            de: 'Berechnet aus den Siedlungsflächen des Projekts (EPSG:25832)',
            sv: 'Beräknat från projektets bebyggelseområden (EPSG:25832)',
          },
          lang,
        )
      : '');
  const fee = profile.fee.value
    ? estimateFee(profile.fee.value, {
        bandwidthMHz,
        period: draft.period,
        settlementKm2: a1,
        otherKm2: a2,
        units: circles.length > 0 ? circles.length : 1,
      })
    : null;
  const circlesKm2 = (circles.length * (Math.PI * (circleRadius ?? 0) ** 2)) / 1e6;
  const input: LeaseRequestInput = {
    requestDate: draft.requestDate,
    requester: draft.requester,
    fieldValues: {
      purpose: draft.purpose,
      caseReference: draft.caseReference,
      tddSync: draft.tddPattern,
      useRight: draft.useRight.kind === null ? '' : `${draft.useRight.kind} ${draft.useRight.statement}`.trim(),
      propertyDesignation: draft.propertyDesignation,
      indoorOutdoor: draft.indoorOutdoor ?? '',
      settlementSource: a1 > 0 ? settlementSource : 'n/a',
    },
    frequency: draft.frequency,
    period: draft.period,
    declaredInterest: draft.declaredInterest,
    synchronised: draft.synchronised,
    cells: cells.map((c) => ({
      id: c.id,
      label: c.label,
      lon: c.lon,
      lat: c.lat,
      eirpDbmPer5MHz: c.eirpDbmPer5MHz,
      aas: c.aas,
      ...(c.trpDbmPer5MHz === null ? {} : { trpDbmPer5MHz: c.trpDbmPer5MHz }),
      frequencyMHz: c.frequencyMHz,
      bandwidthMHz: c.bandwidthMHz,
    })),
    leaseArea: circleRadius !== null ? null : (area?.geometry ?? null),
    boundaryField: fields.boundary ? fieldAt(fields.boundary) : null,
    borderFields: fields.borders.map((b) => ({
      country: b.country,
      heightM: b.heightM,
      rangeKm: b.rangeKm,
      max: b.field ? fieldAt(b.field) : null,
    })),
  };
  if (options.requiredBandwidthMHz !== undefined) input.requiredBandwidthMHz = options.requiredBandwidthMHz;
  if (options.slicesUnsized) input.slicesUnsized = true;
  if (options.slicesInfeasible) input.slicesInfeasible = true;
  if (circleRadius !== null)
    input.circles = { count: circles.length, radiusM: circleRadius, totalKm2: circlesKm2, leaseAreaKm2: areaKm2 };
  if (area && land.length > 0)
    input.foreignLand = foreignMemo(JSON.stringify([area.geometry, landKey(land), profile.country]), () =>
      foreignLandOverlap(area.geometry, land, profile.country),
    );
  if (area) input.coordination = { otherLeaseAreas: otherLeaseAreas(project, area.id, area.geometry) };
  const findings = checkLeaseRequest(profile, input);
  const valid = isRealIsoDate(draft.requestDate);
  const window = assessRequestDate(profile, valid ? draft.requestDate : '0000-01-01', draft.declaredInterest);
  let unverifiedUsed = false;
  const ctx: TemplateContext = {
    lang,
    f,
    t: (text) => pick(text, lang),
    mark: (verified) => (verified ? '' : ((unverifiedUsed = true), '†')),
    project,
    profile,
    draft,
    area,
    areaKm2,
    areaEllipsoidalKm2: area ? areaKm2Ellipsoidal(area.geometry) : null,
    perimeterKm: area ? perimeterKmUtm32(area.geometry) : null,
    cells,
    findings,
    window,
    fee,
    settlement: { a1Km2: a1, a2Km2: a2, source: settlementSource },
    coverage,
    fields,
    circles,
    bandwidthMHz,
  };
  const out = TEMPLATES[template](ctx);
  const footnotes = unverifiedUsed
    ? [
        pick(
          {
            da: '† Værdien bygger på en kilde, der ikke er verificeret (vilkårsprofilen markerer den som ikke verificeret).',
            en: '† The value rests on a source that is not verified (the terms profile marks it unverified).',
            de: '† Der Wert beruht auf einer nicht verifizierten Quelle (im Konditionenprofil als nicht verifiziert markiert).',
            sv: '† Värdet bygger på en källa som inte är verifierad (villkorsprofilen markerar den som ej verifierad).',
          },
          lang,
        ),
      ]
    : [];
  const geometry = circleRadius !== null && !area ? null : (area?.geometry ?? null);
  const circleGeometry =
    circles.length > 0
      ? { type: 'MultiPolygon' as const, coordinates: circles.map((c) => [circleRing([c.lon, c.lat], c.radiusM)]) }
      : null;
  const requestId = requestIdOf(draft.requestDate, [
    profile.id,
    draft.requester.name,
    draft.frequency,
    draft.period,
    area?.geometry ?? null,
    cells.map((c) => [c.lon, c.lat, c.eirpDbmPer5MHz, c.frequencyMHz, c.bandwidthMHz]),
  ]);
  return {
    lang,
    uiLang,
    template,
    draft: options.markDraft,
    sample: project.meta.isSample,
    requestId,
    title: out.title,
    kindLabel: out.kindLabel,
    requestDate: draft.requestDate,
    profileId: profile.id,
    letterhead: out.letterhead,
    sections: out.sections,
    signature: out.signature,
    footnotes,
    annexes: geometry && area ? [coordinateAnnex(area.name, geometry, f)] : [],
    leaseArea: area
      ? { name: area.name, geometry: area.geometry }
      : circleGeometry
        ? { name: pick({ da: 'Cirkler', en: 'Circles', de: 'Kreise', sv: 'Cirklar' }, lang), geometry: circleGeometry }
        : null,
    circles,
    cells,
    coverageContour: coverage?.contour ?? null,
    map: requestMapData({
      area: area?.geometry ?? circleGeometry,
      cells,
      contour: coverage?.contour ?? null,
      land,
      home: profile.country,
      fields,
      lang,
    }),
    checklist: requestChecklist(findings, profile, uiLang),
    machine: {
      requester: { ...draft.requester },
      addressee: profile.addressee.value ? { ...profile.addressee.value } : null,
      areaKm2: circleRadius !== null && !area ? circlesKm2 : areaKm2,
      areaKm2Ellipsoidal: area ? ctx.areaEllipsoidalKm2 : null,
      frequencyMHz: { from: draft.frequency.fromMHz, to: draft.frequency.toMHz },
      bandwidthMHz,
      period: { ...draft.period },
      findings,
      fee,
      bboxWgs84: area ? bboxOf(allRings(area.geometry).flat()) : null,
      fields: {
        boundary: fields.boundary ? fieldSummary(fields.boundary) : null,
        borders: fields.borders
          .filter((b) => b.field)
          .map((b) => ({
            country: b.country,
            limitDbuvPerMPer5MHz: b.limitDbuvPerMPer5MHz,
            ...fieldSummary(b.field!),
          })),
      },
      declaredInterest: { ...draft.declaredInterest },
      caseReference: draft.caseReference,
    },
  };
}

/** The project's other lease areas: distance and overlap with the chosen one. */
function otherLeaseAreas(project: Project, areaId: string, geometry: AreaGeometry) {
  return project.areas
    .filter((a) => a.kind === 'lease' && a.id !== areaId)
    .map((a) => ({
      name: a.name,
      distanceKm: distanceToPolygonsKm(
        geometry,
        a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates,
      ),
      overlapKm2: intersectionAreaKm2(geometry, a.geometry),
    }));
}

/** True when any finding blocks sending the request. */
export function hasBlockingFindings(doc: RequestDocument): boolean {
  return doc.machine.findings.some((f) => f.severity === 'blocking');
}
