import { formatDate, formatNumber } from '../geo/format';
import { lt, type Lang, type LocalizedText } from '../i18n/localized';
import type { Environment } from '../project/schema';
import { AERIAL_HEIGHT_THRESHOLD_M } from '../radio';
import { calibrationModelOf } from './model-key';
import type { CalibrationConfig } from './record';
import type { Calibration, ModelCorrection } from './schema';

/** Below this n the offset's uncertainty is called out. */
export const SMALL_FIT_N = 100;
/** A slope fitted over less than this many decades of distance is called poorly determined. */
export const NARROW_RANGE_DECADES = 0.5;
/** Offsets beyond ±this many dB suggest a setup error (power, height, cell ids) rather than a model bias. */
export const LARGE_OFFSET_DB = 15;

/** "+3,2 dB" / "−1.0 dB" with a true minus sign. */
export function signedDb(value: number, lang: Lang, digits = 1): string {
  const rounded = Number(value.toFixed(digits));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(rounded), lang, digits)} dB`;
}

/** "+3,2 dB (UMa, n = 412)" per model, joined with "; " (the coverage panel's "Kalibreret:" line). */
export function calibrationLine(calibration: Calibration, lang: Lang): string {
  return calibration.models
    .map((m) => {
      const slope =
        m.slopeDbPerDecade !== 0
          ? `, ${signedDb(m.slopeDbPerDecade, lang)}/${lang === 'da' ? 'dekade' : 'decade'}`
          : '';
      return `${signedDb(m.offsetDb, lang)}${slope} (${m.model}, n = ${formatNumber(m.n, lang)})`;
    })
    .join('; ');
}

/** Warnings about one correction: few measurements, a narrow distance range for a slope, an implausibly large offset. */
export function correctionWarnings(c: ModelCorrection): LocalizedText[] {
  const out: LocalizedText[] = [];
  const f = (v: number, lang: Lang, d = 1) => formatNumber(v, lang, d);
  if (c.n < SMALL_FIT_N)
    out.push(
      lt(
        `Kun n = ${c.n} målinger for ${c.model}: forskydningen er usikker (±${f(c.offsetStdErrorDb, 'da')} dB, én standardfejl).`,
        `Only n = ${c.n} measurements for ${c.model}: the offset is uncertain (±${f(c.offsetStdErrorDb, 'en')} dB, one standard error).`,
      ),
    );
  const decades = Math.log10(Math.max(1, c.maxDistanceM) / Math.max(1, c.minDistanceM));
  if (c.slopeDbPerDecade !== 0 && decades < NARROW_RANGE_DECADES)
    out.push(
      lt(
        `Afstandene for ${c.model} spænder kun ${f(decades, 'da', 2)} dekader (${f(c.minDistanceM, 'da')}–${f(c.maxDistanceM, 'da')} m): hældningen er dårligt bestemt.`,
        `The distances for ${c.model} span only ${f(decades, 'en', 2)} decades (${f(c.minDistanceM, 'en')}–${f(c.maxDistanceM, 'en')} m): the slope is poorly determined.`,
      ),
    );
  if (Math.abs(c.offsetDb) > LARGE_OFFSET_DB)
    out.push(
      lt(
        `Forskydningen for ${c.model} er stor (${signedDb(c.offsetDb, 'da')}): kontrollér cellernes effekt, højde og id'er, før den bruges.`,
        `The offset for ${c.model} is large (${signedDb(c.offsetDb, 'en')}): check the cells' power, height and ids before relying on it.`,
      ),
    );
  return out;
}

const LOS_NAMES: Record<CalibrationConfig['losMode'], LocalizedText> = {
  'blend-mean-db': lt('LOS-sandsynlighed (dB-middel)', 'LOS probability (mean in dB)'),
  'blend-linear': lt('LOS-sandsynlighed (lineær)', 'LOS probability (linear)'),
  nlos: lt('NLOS overalt', 'NLOS everywhere'),
  los: lt('LOS overalt', 'LOS everywhere'),
};

const TERRAIN_NAMES: Record<CalibrationConfig['terrain'], LocalizedText> = {
  none: lt('uden terrænmodel', 'without a terrain model'),
  DTM: lt('med terrænmodel (DTM)', 'with a terrain model (DTM)'),
  DSM: lt('med overflademodel (DSM)', 'with a surface model (DSM)'),
  unknown: lt('med en højdemodel af ukendt art', 'with an elevation model of unknown kind'),
};

/** "LOS probability (mean in dB), rows without a height at 1.5 m, without a terrain model". */
export function configurationText(config: CalibrationConfig, lang: Lang): string {
  const height = formatNumber(config.defaultHeightM, lang, 1);
  return lang === 'da'
    ? `${LOS_NAMES[config.losMode].da}, rækker uden højde i ${height} m, ${TERRAIN_NAMES[config.terrain].da}`
    : `${LOS_NAMES[config.losMode].en}, rows without a height at ${height} m, ${TERRAIN_NAMES[config.terrain].en}`;
}

/**
 * How the current coverage configuration differs from the one a calibration was fitted under (LOS mode, terrain),
 * and for each scenario of the project's cells whether its model at the receiver height (aerial above the TR 36.777
 * threshold) has a correction fitted at about that height; as warnings beside the calibrated result.
 */
export function configurationDifferences(
  calibration: Calibration,
  current: {
    losMode: CalibrationConfig['losMode'];
    rxHeightM: number;
    terrain: CalibrationConfig['terrain'];
    /** Scenarios of the project's cells. */
    environments: readonly Environment[];
  },
): LocalizedText[] {
  const out: LocalizedText[] = [];
  const was = calibration.fittedUnder;
  if (was.terrain !== current.terrain)
    out.push(
      lt(
        `Kalibreringen er tilpasset ${TERRAIN_NAMES[was.terrain].da}, men dækningen beregnes nu ${TERRAIN_NAMES[current.terrain].da}.`,
        `The calibration was fitted ${TERRAIN_NAMES[was.terrain].en}, but coverage is now computed ${TERRAIN_NAMES[current.terrain].en}.`,
      ),
    );
  else if (was.losMode !== current.losMode)
    out.push(
      lt(
        `Kalibreringen er tilpasset med ${LOS_NAMES[was.losMode].da}, men dækningen bruger nu ${LOS_NAMES[current.losMode].da}.`,
        `The calibration was fitted with ${LOS_NAMES[was.losMode].en}, but coverage now uses ${LOS_NAMES[current.losMode].en}.`,
      ),
    );
  const h = (lang: Lang) => formatNumber(current.rxHeightM, lang, 1);
  for (const environment of new Set(current.environments)) {
    const threshold = (AERIAL_HEIGHT_THRESHOLD_M as Record<string, number>)[`${environment}-AV`];
    const model = calibrationModelOf(environment, threshold !== undefined && current.rxHeightM > threshold);
    const correction = calibration.models.find((m) => m.model === model);
    if (!correction) {
      out.push(
        lt(
          `Ingen korrektion for ${model} i ${h('da')} m: ${environment}-cellerne er ukalibrerede her.`,
          `No correction for ${model} at ${h('en')} m: the ${environment} cells are uncalibrated here.`,
        ),
      );
      continue;
    }
    const { minHeightM: lo, maxHeightM: hi } = correction;
    if (current.rxHeightM >= lo - 0.5 && current.rxHeightM <= hi + 0.5) continue;
    const range = (lang: Lang) =>
      lo === hi ? `${formatNumber(lo, lang, 1)} m` : `${formatNumber(lo, lang, 1)}–${formatNumber(hi, lang, 1)} m`;
    out.push(
      lt(
        `${model}-korrektionen er tilpasset målinger i ${range('da')}, men dækningen beregnes i ${h('da')} m.`,
        `The ${model} correction was fitted to measurements at ${range('en')}, but coverage is computed at ${h('en')} m.`,
      ),
    );
  }
  return out;
}

/** RMSE of all fitted measurements after their corrections, dB (pooled over the models). */
export function rmseAfterDb(calibration: Calibration): number {
  const n = calibration.models.reduce((sum, m) => sum + m.n, 0);
  return Math.sqrt(calibration.models.reduce((sum, m) => sum + m.n * m.rmseAfterDb ** 2, 0) / Math.max(1, n));
}

/** One sentence for the lease request's coverage summary: which corrections were applied, from what, with what fit. */
export function calibrationSentence(calibration: Calibration | null, lang: Lang): string {
  if (!calibration) return '';
  const date = formatDate(new Date(calibration.fittedAt), lang);
  const file = calibration.measurementFile.name;
  const before = formatNumber(calibration.overall.rmseDb, lang, 1);
  const after = formatNumber(rmseAfterDb(calibration), lang, 1);
  return lang === 'da'
    ? ` Beregningen er kalibreret mod målt RSRP (${file}, ${date}): ${calibrationLine(calibration, lang)}; RMSE ${before} dB før og ${after} dB efter kalibrering.`
    : ` The prediction is calibrated against measured RSRP (${file}, ${date}): ${calibrationLine(calibration, lang)}; RMSE ${before} dB before and ${after} dB after calibration.`;
}
