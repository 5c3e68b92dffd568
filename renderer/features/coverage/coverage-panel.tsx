import { useEffect } from 'react';
import { ProgressBar } from '../progress-bar';
import { formatNumber } from '../../i18n/format-number';
import { useT } from '../../i18n/use-t';
import { toggleCoveragePanel } from '../../state/coverage-actions';
import { shownResult } from '../../state/coverage-state';
import { appStore, useApp } from '../../state/store';
import './coverage.css';
import { exportCoverageGeoTiff, exportCoveragePolygons } from './coverage-export';
import { cancelCoverage, runCoverage } from './coverage-flow';
import { currentCoverageInputs } from './coverage-inputs';
import { CoverageSettingsForm } from './coverage-settings-form';
import { CoverageStatsView } from './coverage-stats';
import { CalibrationStatus } from '../calibration/calibration-status';
import { CoverageTimingLine } from './coverage-timing';
import { warmCoverageWorkers } from './run-in-workers';
import { TerrainLine } from './terrain-line';

/** Right panel "Dækning": settings, run with progress and cancel, stale marking, statistics and exports. */
export function CoveragePanel() {
  const t = useT();
  // Start the workers while the planner looks at the settings: the run then starts at once.
  useEffect(warmCoverageWorkers, []);
  const lang = useApp((s) => s.lang);
  const project = useApp((s) => s.project);
  const coverage = useApp((s) => s.coverage);
  const inputs = currentCoverageInputs(project, coverage.settings, coverage.terrain);
  const shown = inputs ? shownResult(coverage, inputs.hash) : null;
  // Only the high-loss building can be refused (RMa sites); building the cells on every render would cost on large plans.
  const refused = inputs && coverage.settings.target === 'indoor-high-loss' ? inputs.problems : [];
  const job = coverage.job;
  const running = job?.running ?? false;
  const workers = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 16));
  const percent = Math.round((job?.progress ?? 0) * 100);
  return (
    <aside className="panel panel--right panel--coverage" aria-labelledby="coverage-title">
      <div className="panel__title panel__title--row">
        <h2 id="coverage-title">{t('coverage.title')}</h2>
        <button type="button" className="link-button" onClick={() => toggleCoveragePanel(appStore, 'coverage')}>
          {t('dialog.close')}
        </button>
      </div>
      <div className="panel__scroll coverage-panel">
        <TerrainLine result={shown && !shown.stale ? shown.result : null} />
        <CalibrationStatus />
        <CoverageSettingsForm disabled={running} />
        {inputs && (
          <p className="muted">
            {t('coverage.gridInfo', {
              width: formatNumber(inputs.grid.width, lang),
              height: formatNumber(inputs.grid.height, lang),
              res: formatNumber(inputs.grid.resolutionM, lang),
            })}
          </p>
        )}
        {!inputs && <p className="notice notice--warning">{t('coverage.noInputs')}</p>}
        {refused.length > 0 && (
          <div className="notice notice--error" role="alert">
            {t('radio.settingsRefused')}
            <ul>
              {refused.map((p) => (
                <li key={p.path}>{`${p.message[lang]} ${p.hint?.[lang] ?? ''}`}</li>
              ))}
            </ul>
          </div>
        )}
        {inputs && inputs.cellCount === 0 && <p className="notice notice--warning">{t('coverage.noCells')}</p>}
        <div className="coverage-run">
          <button
            type="button"
            className="button button--primary"
            disabled={!inputs || inputs.cellCount === 0 || refused.length > 0 || running}
            onClick={() => void runCoverage()}
          >
            {t('coverage.run')}
          </button>
          {running && (
            <button type="button" className="button" onClick={cancelCoverage}>
              {t('coverage.cancel')}
            </button>
          )}
        </div>
        {job && (
          <div className="coverage-progress">
            <ProgressBar label={t('coverage.progress')} percent={percent} />
            <CoverageTimingLine
              running={t('coverage.running', { workers })}
              result={shown && !shown.stale ? shown.result : null}
            />
          </div>
        )}
        {coverage.error && <p className="notice notice--error">{coverage.error}</p>}
        {shown?.stale && (
          <div className="notice notice--warning coverage-stale" role="status">
            <strong className="badge coverage-badge--stale">{t('coverage.stale')}</strong> {t('coverage.staleHint')}{' '}
            <button type="button" className="link-button" disabled={running} onClick={() => void runCoverage()}>
              {t('coverage.rerun')}
            </button>
          </div>
        )}
        {shown && (
          <>
            <CoverageStatsView result={shown.result} />
            <section className="coverage-export" aria-labelledby="coverage-export-title">
              <h3 id="coverage-export-title">{t('coverage.export')}</h3>
              <button type="button" className="button" onClick={() => void exportCoverageGeoTiff(shown.result)}>
                {t('coverage.exportTiff')}
              </button>
              <button type="button" className="button" onClick={() => void exportCoveragePolygons(shown.result)}>
                {t('coverage.exportGeojson')}
              </button>
            </section>
          </>
        )}
      </div>
    </aside>
  );
}
