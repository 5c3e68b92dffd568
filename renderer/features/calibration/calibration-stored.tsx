import { calibrationLine, configurationText, correctionWarnings, type Calibration } from '../../../core/calibration';
import { formatDate, formatNumber } from '../../../core/geo/format';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { clearCalibration } from './calibration-flow';

/** The project's stored calibration: the offsets, where and how they were fitted, warnings, and "Ryd kalibrering". */
export function StoredCalibration({ calibration }: { calibration: Calibration | null }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  return (
    <section aria-labelledby="calibration-stored-title">
      <h3 id="calibration-stored-title">{t('calibration.stored')}</h3>
      {!calibration ? (
        <p className="muted">{t('calibration.none')}</p>
      ) : (
        <>
          <p className="calibration-line">
            <strong>{t('calibration.line', { line: calibrationLine(calibration, lang) })}</strong>
          </p>
          <p className="muted">
            {t('calibration.storedFrom', {
              file: calibration.measurementFile.name,
              rows: formatNumber(calibration.measurementFile.rows, lang),
              hash: calibration.measurementFile.sha256.slice(0, 12),
              date: formatDate(new Date(calibration.fittedAt), lang),
            })}{' '}
            {t('calibration.storedUnder', { config: configurationText(calibration.fittedUnder, lang) })}
          </p>
          {calibration.models.flatMap(correctionWarnings).map((w, i) => (
            <p key={i} className="notice notice--warning">
              {w[lang]}
            </p>
          ))}
          <button type="button" className="button" onClick={clearCalibration}>
            {t('calibration.clear')}
          </button>
        </>
      )}
    </section>
  );
}
