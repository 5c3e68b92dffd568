import type { CalibrationFit, CalibrationStats, ErrorStats, ParsedMeasurements } from '../../core/calibration';
import { correctionWarnings, signedDb } from '../../core/calibration';
import { formatNumber } from '../../core/geo/format';
import type { Lang } from '../../core/i18n/localized';
import { formatProblem } from '../../core/project';

const REASONS: Record<keyof CalibrationStats['excluded'], { da: string; en: string }> = {
  'unknown-cell': { da: 'ukendt celle', en: 'unknown cell' },
  'outside-distance': { da: 'afstand uden for modellens gyldighed', en: 'distance outside the model’s validity' },
  'outside-height': { da: 'højde uden for modellens gyldighed', en: 'height outside the model’s validity' },
  'too-far': { da: 'ingen celle inden for 50 km', en: 'no cell within 50 km' },
};

/** One table row: label, n, mean, σ, RMSE (dB, one decimal in the language's format). */
function row(label: string, s: ErrorStats, lang: Lang): string {
  const f = (v: number | null) => (v === null ? '–' : formatNumber(v, lang, 1)).padStart(7);
  return `  ${label.padEnd(22)}${String(s.n).padStart(8)}${f(s.meanErrorDb)}${f(s.stdDb)}${f(s.rmseDb)}`;
}

/** The text report of `frekvensplan calibrate`: rows read, statistics per model, cell and distance bin, the fit. */
export function calibrationReport(args: {
  file: string;
  parsed: ParsedMeasurements;
  stats: CalibrationStats;
  unknownCellIds: string[];
  fit: CalibrationFit | null;
  lang: Lang;
}): string {
  const { file, parsed, stats, fit, lang } = args;
  const da = lang === 'da';
  const n = (v: number) => formatNumber(v, lang);
  const km = (m: number) => (m >= 1000 ? `${formatNumber(m / 1000, lang, m % 1000 ? 1 : 0)} km` : `${m} m`);
  const lines = [
    `${file}: ${n(parsed.layout.dataRows)} ${da ? 'rækker' : 'rows'} (${parsed.layout.crs}${parsed.layout.decimalComma ? (da ? ', decimalkomma' : ', decimal comma') : ''})` +
      (parsed.badRowCount > 0
        ? `, ${n(parsed.badRowCount)} ${da ? 'ugyldige sprunget over' : 'bad rows skipped'}`
        : ''),
    `${da ? 'Sammenlignet' : 'Compared'}: n = ${n(stats.overall.n)}; ${da ? 'udeladt' : 'left out'}: ${n(stats.excludedTotal)}`,
  ];
  for (const [reason, count] of Object.entries(stats.excluded))
    if (count > 0) lines.push(`  ${REASONS[reason as keyof typeof REASONS][lang]}: ${n(count)}`);
  if (args.unknownCellIds.length > 0)
    lines.push(`  ${da ? 'ukendte celle-id’er' : 'unknown cell ids'}: ${args.unknownCellIds.join(', ')}`);
  const head = `  ${''.padEnd(22)}${'n'.padStart(8)}${(da ? 'middel' : 'mean').padStart(7)}${'σ'.padStart(7)}${'RMSE'.padStart(7)}`;
  lines.push('', `${da ? 'Afvigelse målt − beregnet (dB)' : 'Error measured − predicted (dB)'}:`, head);
  lines.push(row(da ? 'alle' : 'all', stats.overall, lang));
  for (const m of stats.byModel) lines.push(row(m.model, m, lang));
  lines.push('', da ? 'Pr. celle:' : 'Per cell:', head);
  for (const c of stats.byCell) lines.push(row(c.cellId, c, lang));
  lines.push('', da ? 'Pr. afstand:' : 'Per distance:', head);
  for (const b of stats.byDistance)
    lines.push(row(b.toM === null ? `> ${km(b.fromM)}` : `${km(b.fromM)}–${km(b.toM)}`, b, lang));
  if (fit) {
    lines.push('', da ? 'Tilpasset korrektion:' : 'Fitted correction:');
    for (const m of fit.models) {
      const slope =
        m.slopeDbPerDecade !== 0 ? `, ${signedDb(m.slopeDbPerDecade, lang)}/${da ? 'dekade' : 'decade'}` : '';
      lines.push(
        `  ${m.model}: ${signedDb(m.offsetDb, lang)} ±${formatNumber(m.offsetStdErrorDb, lang, 1)}${slope} (n = ${n(m.n)}), RMSE ${formatNumber(m.rmseDb, lang, 1)} → ${formatNumber(m.rmseAfterDb, lang, 1)} dB`,
      );
      for (const w of correctionWarnings(m)) lines.push(`    ! ${w[lang]}`);
    }
    for (const m of fit.notFitted)
      lines.push(
        `  ${m.model}: ${da ? 'ikke tilpasset' : 'not fitted'} (n = ${m.n}; ${m.reason === 'too-few' ? (da ? 'for få målinger, mindst 10' : 'too few measurements, at least 10') : da ? 'urimelig stor afvigelse' : 'implausibly large error'})`,
      );
  }
  if (parsed.badRowCount > 0) {
    lines.push('', da ? 'Sprunget over:' : 'Skipped:');
    for (const p of parsed.badRows.slice(0, 20)) lines.push(`  ${formatProblem(p, lang)}`);
    if (parsed.badRowCount > 20) lines.push(`  … ${n(parsed.badRowCount - 20)} ${da ? 'flere' : 'more'}`);
  }
  return lines.join('\n');
}
