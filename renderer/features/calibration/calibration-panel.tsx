import { useMemo } from 'react';
import { ProgressBar } from '../progress-bar';
import { calibrationStats, comparisonCorrection, configurationText, fitCalibration } from '../../../core/calibration';
import { formatNumber } from '../../../core/geo/format';
import { formatProblem } from '../../../core/project/problem';
import { useT } from '../../i18n/use-t';
import { toggleCalibrationPanel, updateCalibration } from '../../state/calibration-actions';
import { appStore, useApp } from '../../state/store';
import '../coverage/coverage.css';
import './calibration.css';
import { CalibrationHistogram, CalibrationScatter } from './calibration-charts';
import {
  calibrationInputsOf,
  cancelComparison,
  compareMeasurementsInWorker,
  fitAndStore,
  importMeasurements,
} from './calibration-flow';
import { StoredCalibration } from './calibration-stored';
import { CalibrationTables } from './calibration-tables';

/** Right panel "Kalibrering": import measurements, compare them with the prediction, fit and store offsets. */
export function CalibrationPanel() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const session = useApp((s) => s.calibration);
  const stored = useApp((s) => s.project.calibration);
  const sites = useApp((s) => s.project.sites);
  const settings = useApp((s) => s.coverage.settings);
  const terrain = useApp((s) => s.coverage.terrain);
  const currentKey = useMemo(() => calibrationInputsOf(sites, settings, terrain).key, [sites, settings, terrain]);
  const { analysis, job, source } = session;
  const ok = analysis?.ok ? analysis : null;
  const usable = ok !== null && (ok.badRowCount === 0 || session.acceptBadRows);
  const stale = ok !== null && session.inputsKey !== currentKey;
  const after = useMemo(
    () =>
      ok && stored
        ? calibrationStats(ok.set, ok.comparison, comparisonCorrection(stored, ok.comparison)).overall
        : null,
    [ok, stored],
  );
  const notFitted = useMemo(() => (ok ? fitCalibration(ok.set, ok.comparison, { slope: false }).notFitted : []), [ok]);
  const n = (v: number) => formatNumber(v, lang);
  const percent = Math.round((job?.progress ?? 0) * 100);
  return (
    <aside className="panel panel--right panel--coverage panel--calibration" aria-labelledby="calibration-title">
      <div className="panel__title panel__title--row">
        <h2 id="calibration-title">{t('calibration.title')}</h2>
        <button type="button" className="link-button" onClick={() => toggleCalibrationPanel(appStore)}>
          {t('dialog.close')}
        </button>
      </div>
      <div className="panel__scroll coverage-panel calibration-panel">
        <p className="muted">{t('calibration.intro')}</p>
        <StoredCalibration calibration={stored} />
        <section aria-labelledby="calibration-measurements-title">
          <h3 id="calibration-measurements-title">{t('calibration.measurements')}</h3>
          <p className="muted">{t('calibration.format')}</p>
          <div className="coverage-run">
            <button
              type="button"
              className="button button--primary"
              disabled={job !== null}
              onClick={() => void importMeasurements()}
            >
              {t('calibration.import')}
            </button>
            {job && (
              <button type="button" className="button" onClick={cancelComparison}>
                {t('calibration.cancel')}
              </button>
            )}
          </div>
          {job && source && (
            <div className="coverage-progress">
              <ProgressBar label={t('calibration.progress')} percent={percent} />
              <span className="muted" role="status">
                {t('calibration.reading', { file: source.name })}
              </span>
            </div>
          )}
          {session.error && <p className="notice notice--error">{session.error}</p>}
          {analysis && !analysis.ok && (
            <div className="notice notice--error" role="alert">
              <p>{t('calibration.unreadable', { file: source?.name ?? '' })}</p>
              <ul>
                {analysis.problems.map((p, i) => (
                  <li key={i}>{formatProblem(p, lang)}</li>
                ))}
              </ul>
            </div>
          )}
          {ok && (
            <p>
              {t('calibration.file', { file: ok.fileName, rows: n(ok.layout.dataRows), crs: ok.layout.crs })}
              {usable && ok.badRowCount > 0 && <> {t('calibration.skipped', { count: n(ok.badRowCount) })}</>}
            </p>
          )}
          {ok && ok.badRowCount > 0 && (
            <div className={usable ? 'calibration-bad-rows' : 'notice notice--warning calibration-bad-rows'}>
              {!usable && (
                <p role="alert">
                  {t('calibration.badRows', { count: n(ok.badRowCount), file: ok.fileName, good: n(ok.set.count) })}
                </p>
              )}
              <details open={!usable}>
                <summary>
                  {t('calibration.badRowsList')} ({n(ok.badRowCount)})
                </summary>
                <ul aria-label={t('calibration.badRowsList')}>
                  {ok.badRows.map((p, i) => (
                    <li key={i}>{formatProblem(p, lang)}</li>
                  ))}
                  {ok.badRowCount > ok.badRows.length && (
                    <li>{t('calibration.moreBadRows', { count: n(ok.badRowCount - ok.badRows.length) })}</li>
                  )}
                </ul>
              </details>
              {!usable && (
                <button
                  type="button"
                  className="button"
                  onClick={() => updateCalibration(appStore, { acceptBadRows: true })}
                >
                  {t('calibration.useGoodRows', { good: n(ok.set.count) })}
                </button>
              )}
            </div>
          )}
        </section>
        {ok && usable && (
          <section aria-labelledby="calibration-comparison-title">
            <h3 id="calibration-comparison-title">{t('calibration.comparison')}</h3>
            <p className="muted">{t('calibration.comparedWith', { config: configurationText(ok.config, lang) })}</p>
            {stale && (
              <div className="notice notice--warning" role="status">
                {t('calibration.stale')}{' '}
                <button
                  type="button"
                  className="link-button"
                  disabled={job !== null}
                  onClick={compareMeasurementsInWorker}
                >
                  {t('calibration.rerun')}
                </button>
              </div>
            )}
            <CalibrationTables stats={ok.stats} after={after} />
            {ok.comparison.unknownCellIds.length > 0 && (
              <p className="notice notice--warning">
                {t('calibration.unknownIds', { ids: ok.comparison.unknownCellIds.join(', ') })}
              </p>
            )}
            {ok.stats.noExtraData > 0 && (
              <p className="notice notice--warning">
                {t('calibration.noTerrainData', { count: n(ok.stats.noExtraData) })}
              </p>
            )}
            {ok.comparison.heightStepPercent > 0 && (
              <p className="muted">{t('calibration.heightGrid', { step: n(ok.comparison.heightStepPercent) })}</p>
            )}
            <CalibrationScatter points={ok.scatter} n={ok.stats.overall.n} />
            <CalibrationHistogram histogram={ok.stats.histogram} />
            <h3>{t('calibration.fitTitle')}</h3>
            <label className="calibration-slope">
              <input
                type="checkbox"
                checked={session.slope}
                onChange={(e) => updateCalibration(appStore, { slope: e.target.checked })}
              />
              {t('calibration.slope')}
            </label>
            {session.slope && <p className="muted">{t('calibration.slopeHint')}</p>}
            {notFitted.map((m) => (
              <p key={m.model} className="muted">
                {t('calibration.notFitted', { model: m.model, n: m.n })}
              </p>
            ))}
            {stored && <p className="muted">{t('calibration.replaces')}</p>}
            <button
              type="button"
              className="button button--primary"
              disabled={stale || job !== null || ok.stats.overall.n === 0}
              onClick={() => fitAndStore()}
            >
              {t('calibration.fit')}
            </button>
          </section>
        )}
      </div>
    </aside>
  );
}
