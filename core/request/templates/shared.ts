import { plain } from '../../terms/fees';
import { applicableBorderLimits } from '../../terms';
import { countryName } from '../../terms/checks/text';
import type { TemplateContext } from './context';
import { rmseAfterDb } from '../../calibration/describe';

const L = (da: string, en: string, de: string, sv: string) => ({ da, en, de, sv });

/** Country names in the document languages. */
export function country(ctx: TemplateContext, code: string): string {
  const names: Record<string, ReturnType<typeof L>> = {
    DK: L('Danmark', 'Denmark', 'Dänemark', 'Danmark'),
    SE: L('Sverige', 'Sweden', 'Schweden', 'Sverige'),
    DE: L('Tyskland', 'Germany', 'Deutschland', 'Tyskland'),
    GB: L('Storbritannien', 'the United Kingdom', 'das Vereinigte Königreich', 'Storbritannien'),
  };
  const n = names[code];
  return n ? ctx.t(n) : countryName(code, 'en');
}

/** The cells table: name, kind, WGS84 and EPSG:25832 position, height, azimuth/tilt, carrier, power, antenna. */
export function cellsTable(ctx: TemplateContext) {
  const { f } = ctx;
  const eirpLimitVerified = ctx.profile.nonAasEirpDbmPer5MHz.verified;
  return {
    columns: [
      ctx.t(L('Celle', 'Cell', 'Zelle', 'Cell')),
      ctx.t(
        L(
          'Position (WGS84 / EPSG:25832)',
          'Position (WGS84 / EPSG:25832)',
          'Standort (WGS84 / EPSG:25832)',
          'Position (WGS84 / EPSG:25832)',
        ),
      ),
      ctx.t(L('Højde, azimut, tilt', 'Height, azimuth, tilt', 'Höhe, Azimut, Neigung', 'Höjd, azimut, tilt')),
      ctx.t(L('Frekvens, båndbredde', 'Frequency, bandwidth', 'Frequenz, Bandbreite', 'Frekvens, bandbredd')),
      ctx.t(L('Effekt pr. 5 MHz', 'Power per 5 MHz', 'Leistung je 5 MHz', 'Effekt per 5 MHz')),
      ctx.t(L('Antenne', 'Antenna', 'Antenne', 'Antenn')),
    ],
    weights: [1.7, 2.1, 1.3, 1.3, 1.3, 1.5],
    rows: ctx.cells.map((c) => [
      `${c.label}\n${c.siteKindLabel}`,
      `${f.latLon(c.lat, c.lon)}\n${f.utm(c.easting, c.northing)}`,
      `${f.num(c.antennaHeightM)} m\n${c.azimuthDeg === null ? ctx.t(L('omni', 'omni', 'rundstrahlend', 'rundstrålande')) : `${f.num(c.azimuthDeg)}°`}\n${ctx.t(L('tilt', 'tilt', 'Neigung', 'tilt'))} ${f.num(c.downtiltDeg, 1)}°`,
      `${f.num(c.frequencyMHz, 1)} MHz\n${f.num(c.bandwidthMHz)} MHz (${f.num(c.frequencyMHz - c.bandwidthMHz / 2, 1)}–${f.num(c.frequencyMHz + c.bandwidthMHz / 2, 1)})`,
      c.aas && c.trpDbmPer5MHz !== null
        ? `TRP ${f.num(c.trpDbmPer5MHz, 1)} dBm (AAS)\nEIRP ${f.num(c.eirpDbmPer5MHz, 1)} dBm`
        : `EIRP ${f.num(c.eirpDbmPer5MHz, 1)} dBm${ctx.mark(eirpLimitVerified)}`,
      `${f.num(c.antenna.maxGainDbi, 1)} dBi\nHPBW ${f.num(c.antenna.horizontalBeamwidthDeg)}°/${f.num(c.antenna.verticalBeamwidthDeg)}°\nF/B ${f.num(c.antenna.frontToBackDb)} dB`,
    ]),
  };
}

/** States positively that every cell is within the power limits, or names the cells that are not. */
export function powerStatement(ctx: TemplateContext): string {
  const over = ctx.findings.filter((x) => x.id.startsWith('power.') && x.severity === 'blocking');
  const eirp = ctx.profile.nonAasEirpDbmPer5MHz;
  const trp = ctx.profile.aasTrpDbmPer5MHz;
  const limits = [
    eirp.value !== null ? `EIRP ≤ ${ctx.f.num(eirp.value)} dBm/5 MHz${ctx.mark(eirp.verified)}` : '',
    trp.value !== null ? `TRP ≤ ${ctx.f.num(trp.value)} dBm/5 MHz (AAS)${ctx.mark(trp.verified)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (ctx.cells.length === 0) return '';
  if (!limits)
    return ctx.t(
      L(
        'Ordningen har ingen offentliggjort effektgrænse i blokken; cellernes effekt fremgår af tabellen.',
        'The regime has no published in-block power limit; the cells’ power is given in the table.',
        'Für den Bereich ist kein Leistungsgrenzwert innerhalb des Blocks veröffentlicht; die Leistung der Zellen steht in der Tabelle.',
        'Ordningen har ingen publicerad effektgräns inom blocket; cellernas effekt framgår av tabellen.',
      ),
    );
  if (over.length > 0) {
    const names = ctx.cells.filter((c) => over.some((x) => x.id === `power.${c.id}`)).map((c) => c.label);
    return ctx.t(
      L(
        `Følgende celler overskrider effektgrænserne (${limits}): ${names.join('; ')}.`,
        `The following cells exceed the power limits (${limits}): ${names.join('; ')}.`,
        `Folgende Zellen überschreiten die Leistungsgrenzwerte (${limits}): ${names.join('; ')}.`,
        `Följande celler överskrider effektgränserna (${limits}): ${names.join('; ')}.`,
      ),
    );
  }
  const n = ctx.f.num(ctx.cells.length);
  return ctx.t(
    L(
      `Alle ${n} celler overholder effektgrænserne (${limits}).`,
      `All ${n} cells are within the power limits (${limits}).`,
      `Alle ${n} Zellen halten die Leistungsgrenzwerte ein (${limits}).`,
      `Alla ${n} celler håller effektgränserna (${limits}).`,
    ),
  );
}

/** The synchronisation statement with the conditions that follow from it. */
export function syncParagraph(ctx: TemplateContext): string {
  const tdd = ctx.draft.tddPattern;
  return ctx.draft.synchronised
    ? ctx.t(
        L(
          `Nettet synkroniseres med operatørens landsdækkende net (TDD-ramme ${tdd}, fælles UTC-tidsreference og samme specialslot-format). Dermed gælder grænseværdierne for synkroniseret brug.`,
          `The network is synchronised with the operator’s national network (TDD frame ${tdd}, common UTC time reference and the same special-slot format). The limits for synchronised use therefore apply.`,
          `Das Netz wird mit den bundesweiten Netzen synchronisiert (TDD-Rahmen ${tdd}, gemeinsame UTC-Zeitreferenz, gleiches Sonderslot-Format). Es gelten die Grenzwerte für synchronisierten Betrieb.`,
          `Nätet synkroniseras med de rikstäckande näten (TDD-ram ${tdd}, gemensam UTC-tidsreferens och samma format för specialslot). Därmed gäller gränsvärdena för synkroniserad användning.`,
        ),
      )
    : ctx.t(
        L(
          `Nettet anvender TDD-rammen ${tdd} uden synkronisering med operatørens net. Dermed gælder grænseværdierne for usynkroniseret brug ved grænser og områdets kant, og der kan være behov for vagtbånd inden for den lejede blok.`,
          `The network uses the TDD frame ${tdd} without synchronisation with the operator’s network. The limits for unsynchronised use at borders and at the area edge therefore apply, and a guard band inside the leased block may be needed.`,
          `Das Netz nutzt den TDD-Rahmen ${tdd} ohne Synchronisation mit den bundesweiten Netzen. Es gelten die Grenzwerte für unsynchronisierten Betrieb; ein Schutzabstand innerhalb des eigenen Blocks kann erforderlich sein.`,
          `Nätet använder TDD-ramen ${tdd} utan synkronisering med de rikstäckande näten. Därmed gäller gränsvärdena för osynkroniserad användning, och ett skyddsband inom det egna blocket kan behövas.`,
        ),
      );
}

/** Coverage share and spill-over, or "not computed". */
export function coverageParagraph(ctx: TemplateContext): string {
  const c = ctx.coverage;
  if (!c)
    return ctx.t(
      L(
        'Dækning er ikke beregnet.',
        'Coverage has not been computed.',
        'Die Versorgung wurde nicht berechnet.',
        'Täckningen har inte beräknats.',
      ),
    );
  const { f } = ctx;
  const g = f.num(c.shareGood * 100, 1);
  const e = f.num(c.shareEdge * 100, 1);
  const s = f.num(c.spillKm2, 2);
  const r = f.num(c.resolutionM);
  return (
    ctx.t(
      L(
        `Beregnet med 3GPP TR 38.901 (medianværdier, ${r} m opløsning, modtager 1,5 m over terræn): ${g} % af området har RSRP ≥ −100 dBm og ${e} % ≥ −110 dBm. Konturen for −100 dBm på kortet er ikke skåret ved områdets kant; ${s} km² af den ligger uden for området.`,
        `Predicted with 3GPP TR 38.901 (median values, ${r} m resolution, receiver 1.5 m above ground): ${g} % of the area has RSRP ≥ −100 dBm and ${e} % ≥ −110 dBm. The −100 dBm contour on the map is not cut at the area edge; ${s} km² of it lies outside the area.`,
        `Berechnet mit 3GPP TR 38.901 (Medianwerte, ${r} m Raster, Empfänger 1,5 m über Grund): ${g} % des Gebiets haben RSRP ≥ −100 dBm, ${e} % ≥ −110 dBm. Die −100-dBm-Kontur auf der Karte ist an der Gebietsgrenze nicht abgeschnitten; ${s} km² davon liegen außerhalb des Gebiets.`,
        `Beräknat med 3GPP TR 38.901 (medianvärden, ${r} m upplösning, mottagare 1,5 m över mark): ${g} % av området har RSRP ≥ −100 dBm och ${e} % ≥ −110 dBm. Konturen för −100 dBm på kartan är inte avskuren vid områdets gräns; ${s} km² av den ligger utanför området.`,
      ),
    ) + calibrationParagraphPart(ctx)
  );
}

/** " The prediction is calibrated against measured RSRP (file, date): offsets; RMSE before/after." or ''. */
function calibrationParagraphPart(ctx: TemplateContext): string {
  const c = ctx.project.calibration;
  if (!c) return '';
  const { f } = ctx;
  const file = c.measurementFile.name;
  const date = f.date(c.fittedAt.slice(0, 10));
  const offsets = c.models
    .map((m) => `${m.offsetDb >= 0 ? '+' : '−'}${f.num(Math.abs(m.offsetDb), 1)} dB (${m.model}, n = ${f.num(m.n)})`)
    .join('; ');
  const before = f.num(c.overall.rmseDb, 1);
  const after = f.num(rmseAfterDb(c), 1);
  return ctx.t(
    L(
      ` Beregningen er kalibreret mod målt RSRP (${file}, ${date}): ${offsets}; RMSE ${before} dB før og ${after} dB efter kalibrering.`,
      ` The prediction is calibrated against measured RSRP (${file}, ${date}): ${offsets}; RMSE ${before} dB before and ${after} dB after calibration.`,
      ` Die Berechnung ist gegen gemessene RSRP kalibriert (${file}, ${date}): ${offsets}; RMSE ${before} dB vor und ${after} dB nach der Kalibrierung.`,
      ` Beräkningen är kalibrerad mot uppmätt RSRP (${file}, ${date}): ${offsets}; RMSE ${before} dB före och ${after} dB efter kalibrering.`,
    ),
  );
}

/** The field along the area boundary and each national border: numbers with places, heights and limits. */
export function fieldParagraphs(ctx: TemplateContext): string[] {
  const { f } = ctx;
  const out: string[] = [
    ctx.t(
      L(
        'Feltstyrken er beregnet som E = EIRP − L + 20·log10(f/MHz) + 77,2 dB(µV/m) pr. 5 MHz (ITU-R P.525, isotrop modtageantenne), med alle cellers effekt summeret, antennediagrammer og LOS-udbredelsestab efter 3GPP TR 38.901 (den forsigtige læsning; uden terræn og jordkrumning).',
        'The field strength is computed as E = EIRP − L + 20·log10(f/MHz) + 77.2 dB(µV/m) per 5 MHz (ITU-R P.525, isotropic receiving antenna), all cells’ power summed, with antenna patterns and LOS path loss after 3GPP TR 38.901 (the conservative reading; no terrain or Earth curvature).',
        'Die Feldstärke ist berechnet als E = EIRP − L + 20·log10(f/MHz) + 77,2 dB(µV/m) je 5 MHz (ITU-R P.525, isotrope Empfangsantenne), Leistung aller Zellen summiert, mit Antennendiagrammen und LOS-Ausbreitungsdämpfung nach 3GPP TR 38.901 (konservativ; ohne Gelände und Erdkrümmung).',
        'Fältstyrkan är beräknad som E = EIRP − L + 20·log10(f/MHz) + 77,2 dB(µV/m) per 5 MHz (ITU-R P.525, isotrop mottagarantenn), alla cellers effekt summerad, med antenndiagram och LOS-utbredningsförlust enligt 3GPP TR 38.901 (försiktig läsning; utan terräng och jordkrökning).',
      ),
    ),
  ];
  const at = (v: number, lat: number, lon: number, e: number, n: number, h: number) =>
    ctx.t(
      L(
        `${f.num(v, 1)} dB(µV/m) pr. 5 MHz i ${f.num(h)} m højde ved ${f.latLon(lat, lon)} (EPSG:25832 ${f.utm(e, n)})`,
        `${f.num(v, 1)} dB(µV/m) per 5 MHz at ${f.num(h)} m height at ${f.latLon(lat, lon)} (EPSG:25832 ${f.utm(e, n)})`,
        `${f.num(v, 1)} dB(µV/m) je 5 MHz in ${f.num(h)} m Höhe bei ${f.latLon(lat, lon)} (EPSG:25832 ${f.utm(e, n)})`,
        `${f.num(v, 1)} dB(µV/m) per 5 MHz på ${f.num(h)} m höjd vid ${f.latLon(lat, lon)} (EPSG:25832 ${f.utm(e, n)})`,
      ),
    );
  const b = ctx.fields.boundary;
  if (b) {
    const limit = ctx.profile.boundaryLimitDbuvPerMPer5MHz;
    const lim =
      limit.value === null
        ? ctx.t(
            L(
              'Ordningen har ingen offentliggjort grænse for kanten.',
              'The regime has no published limit at the edge.',
              'Für die Gebietsgrenze ist kein Grenzwert veröffentlicht.',
              'Ordningen har ingen publicerad gräns vid områdets kant.',
            ),
          )
        : ctx.t(
            L(
              `Grænsen er ${f.num(limit.value, 1)} dB(µV/m)${ctx.mark(limit.verified)} og ${b.maxDbuvPerMPer5MHz > limit.value ? 'overskrides' : 'overholdes'}.`,
              `The limit is ${f.num(limit.value, 1)} dB(µV/m)${ctx.mark(limit.verified)} and is ${b.maxDbuvPerMPer5MHz > limit.value ? 'exceeded' : 'met'}.`,
              `Der Grenzwert beträgt ${f.num(limit.value, 1)} dB(µV/m)${ctx.mark(limit.verified)} und wird ${b.maxDbuvPerMPer5MHz > limit.value ? 'überschritten' : 'eingehalten'}.`,
              `Gränsen är ${f.num(limit.value, 1)} dB(µV/m)${ctx.mark(limit.verified)} och ${b.maxDbuvPerMPer5MHz > limit.value ? 'överskrids' : 'hålls'}.`,
            ),
          );
    const v = at(b.maxDbuvPerMPer5MHz, b.at[1], b.at[0], b.atUtm[0], b.atUtm[1], b.heightM);
    out.push(
      ctx.t(
        L(
          `Områdets kant (alle ringe): højst ${v}. ${lim}`,
          `Area boundary (every ring): at most ${v}. ${lim}`,
          `Gebietsgrenze (alle Ringe): höchstens ${v}. ${lim}`,
          `Områdets gräns (alla ringar): högst ${v}. ${lim}`,
        ),
      ),
    );
  }
  for (const border of ctx.fields.borders) {
    const name = country(ctx, border.country);
    if (!border.field) {
      out.push(
        ctx.t(
          L(
            `Grænsen til ${name}: intet land inden for radiohorisonten (${f.num(border.rangeKm, 1)} km); ikke beregnet.`,
            `Border with ${name}: no land within the radio horizon (${f.num(border.rangeKm, 1)} km); not computed.`,
            `Grenze zu ${name}: kein Land innerhalb des Radiohorizonts (${f.num(border.rangeKm, 1)} km); nicht berechnet.`,
            `Gränsen mot ${name}: inget land inom radiohorisonten (${f.num(border.rangeKm, 1)} km); inte beräknad.`,
          ),
        ),
      );
      continue;
    }
    const fr = border.field;
    const v = at(fr.maxDbuvPerMPer5MHz, fr.at[1], fr.at[0], fr.atUtm[0], fr.atUtm[1], fr.heightM);
    const limits = applicableBorderLimits(ctx.profile, border.country, ctx.draft.synchronised).filter(
      (l) => l.heightM === border.heightM,
    );
    const limitText =
      limits.length === 0
        ? ctx.t(
            L(
              'Ingen grænseværdi i profilen for denne brug.',
              'No limit in the profile for this use.',
              'Kein Grenzwert im Profil für diese Nutzung.',
              'Inget gränsvärde i profilen för denna användning.',
            ),
          )
        : limits
            .map((l) => {
              const verdict = fr.maxDbuvPerMPer5MHz > l.fieldStrengthDbuvPerMPer5MHz;
              const mk = ctx.mark((l.verified ?? ctx.profile.borderLimits.verified) && l.heightVerified !== false);
              const where =
                l.distanceInsideKm > 0
                  ? ctx.t(
                      L(
                        ` ${f.num(l.distanceInsideKm)} km inde i landet (vurderet på grænsen)`,
                        ` ${f.num(l.distanceInsideKm)} km inside the country (assessed on the border)`,
                        ` ${f.num(l.distanceInsideKm)} km im Nachbarland (an der Grenze bewertet)`,
                        ` ${f.num(l.distanceInsideKm)} km in i landet (bedömt vid gränsen)`,
                      ),
                    )
                  : '';
              return ctx.t(
                L(
                  `Grænse ${f.num(l.fieldStrengthDbuvPerMPer5MHz)} dB(µV/m)${mk}${where}: ${verdict ? 'overskredet' : 'overholdt'}.`,
                  `Limit ${f.num(l.fieldStrengthDbuvPerMPer5MHz)} dB(µV/m)${mk}${where}: ${verdict ? 'exceeded' : 'met'}.`,
                  `Grenzwert ${f.num(l.fieldStrengthDbuvPerMPer5MHz)} dB(µV/m)${mk}${where}: ${verdict ? 'überschritten' : 'eingehalten'}.`,
                  `Gräns ${f.num(l.fieldStrengthDbuvPerMPer5MHz)} dB(µV/m)${mk}${where}: ${verdict ? 'överskriden' : 'hålls'}.`,
                ),
              );
            })
            .join(' ');
    out.push(
      ctx.t(
        L(
          `Grænsen til ${name} (${ctx.draft.synchronised ? 'synkroniseret' : 'usynkroniseret'} brug): højst ${v}. ${limitText}`,
          `Border with ${name} (${ctx.draft.synchronised ? 'synchronised' : 'unsynchronised'} use): at most ${v}. ${limitText}`,
          `Grenze zu ${name} (${ctx.draft.synchronised ? 'synchronisierter' : 'unsynchronisierter'} Betrieb): höchstens ${v}. ${limitText}`,
          `Gränsen mot ${name} (${ctx.draft.synchronised ? 'synkroniserad' : 'osynkroniserad'} användning): högst ${v}. ${limitText}`,
        ),
      ),
    );
  }
  if (ctx.fields.borders.length > 0)
    out.push(
      ctx.t(
        L(
          'Havgrænsen er ikke modelleret: grænsefeltet er beregnet på nabolandets kyst og landgrænse fra det offline grundkort (OpenStreetMap-data); på selve havgrænsen kan feltet være højere.',
          'The sea border is not modelled: the border field is computed on the neighbour’s coast and land border from the offline basemap (OpenStreetMap data); on the sea border itself the field can be higher.',
          'Die Seegrenze ist nicht modelliert: das Grenzfeld ist an der Küste und Landgrenze des Nachbarlands aus der Offline-Grundkarte (OpenStreetMap-Daten) berechnet; auf der Seegrenze selbst kann es höher sein.',
          'Sjögränsen är inte modellerad: gränsfältet är beräknat på grannlandets kust och landgräns från offlinekartan (OpenStreetMap-data); på själva sjögränsen kan fältet vara högre.',
        ),
      ),
    );
  return out;
}

/** The fee with its formula and the exact values used, or that the price is not published. */
export function feeParagraphs(ctx: TemplateContext): string[] {
  const fee = ctx.fee;
  const { f } = ctx;
  if (!fee)
    return [
      ctx.t(
        L(
          'Prisen er ikke offentliggjort; den fastsættes efter standardlejekontrakten.',
          'The price is not published; it follows the standard lease contract.',
          'Die Gebühr ist nicht veröffentlicht.',
          'Avgiften är inte publicerad.',
        ),
      ),
    ];
  const mk = ctx.mark(ctx.profile.fee.verified);
  const amount = `${f.num(fee.amount, 2)} ${fee.currency}${mk}`;
  if (fee.model === 'bnetza-area' && ctx.profile.fee.value?.model === 'bnetza-area') {
    const m = ctx.profile.fee.value;
    const T = fee.terms;
    const t = T.months % 12 === 0 ? f.num(T.months / 12) : `${T.months}/12`;
    const dec = (v: number) => f.num(v, 6);
    return [
      `${ctx.t(L('Gebyr', 'Fee', 'Gebühr', 'Avgift'))} = ${f.num(m.baseAmount)} + B · t · ${plainNum(ctx, m.rate)} · (${plainNum(ctx, m.settlementWeight)} · a1 + ${plainNum(ctx, m.otherWeight)} · a2)`,
      `= ${f.num(m.baseAmount)} + ${f.num(T.bandwidthMHz)} · ${t} · ${plainNum(ctx, m.rate)} · (${plainNum(ctx, m.settlementWeight)} · ${dec(T.a1Km2)} + ${plainNum(ctx, m.otherWeight)} · ${dec(T.a2Km2)}) = ${amount}`,
      ctx.t(
        L(
          `B = ${f.num(T.bandwidthMHz)} MHz; t = ${T.months} påbegyndte måneder / 12; a1 = ${dec(T.a1Km2)} km² bebyggelses- og trafikareal, a2 = ${dec(T.a2Km2)} km² andet areal (afrundet til hele m²).`,
          `B = ${f.num(T.bandwidthMHz)} MHz; t = ${T.months} started months / 12; a1 = ${dec(T.a1Km2)} km² settlement and transport land, a2 = ${dec(T.a2Km2)} km² other land (rounded to whole m²).`,
          `B = ${f.num(T.bandwidthMHz)} MHz; t = ${T.months} begonnene Monate / 12; a1 = ${dec(T.a1Km2)} km² Siedlungs- und Verkehrsfläche, a2 = ${dec(T.a2Km2)} km² sonstige Fläche (auf volle m² gerundet).`,
          `B = ${f.num(T.bandwidthMHz)} MHz; t = ${T.months} påbörjade månader / 12; a1 = ${dec(T.a1Km2)} km² bebyggelse- och trafikmark, a2 = ${dec(T.a2Km2)} km² övrig mark (avrundat till hela m²).`,
        ),
      ),
    ];
  }
  const T = fee.terms;
  const m = ctx.profile.fee.value;
  const per = m?.model === 'per-block-year' ? `${f.num(m.amountPerBlockYear)} ${m.currency}` : '';
  return [
    ctx.t(
      L(
        `${T.blocks} blokke à ${per} pr. år × ${T.years} år × ${T.units} = ${amount}`,
        `${T.blocks} blocks × ${per} per year × ${T.years} years × ${T.units} = ${amount}`,
        `${T.blocks} Blöcke × ${per} je Jahr × ${T.years} Jahre × ${T.units} = ${amount}`,
        `${T.blocks} block × ${per} per år × ${T.years} år × ${T.units} = ${amount}`,
      ),
    ),
  ];
}

function plainNum(ctx: TemplateContext, v: number): string {
  return ctx.f.num(Number(plain(v)), v % 1 === 0 ? 0 : 3);
}
