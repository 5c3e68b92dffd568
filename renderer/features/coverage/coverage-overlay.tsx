import { cellLabel } from '../../../core/project/labels';
import { formatNumber } from '../../i18n/format-number';
import { useT } from '../../i18n/use-t';
import { cssRgb, rsrpClasses, serverRgb } from '../../map/coverage-colours';
import { toggleCalibrationPanel } from '../../state/calibration-actions';
import { toggleCoveragePanel, updateCoverage } from '../../state/coverage-actions';
import { shownResult } from '../../state/coverage-state';
import { appStore, useApp } from '../../state/store';
import './coverage.css';
import { currentCoverageInputs } from './coverage-inputs';

/** Legend of the shown result (RSRP classes with the thresholds, gaps, best servers), stale badge and opacity. */
export function CoverageLegend() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const project = useApp((s) => s.project);
  const coverage = useApp((s) => s.coverage);
  // A running job's refining raster is what the map shows: describe it, marked as preliminary.
  const live = coverage.job?.running && coverage.preview?.hash === coverage.job.hash ? coverage.preview : null;
  const inputs =
    !live && coverage.cache.length > 0 ? currentCoverageInputs(project, coverage.settings, coverage.terrain) : null;
  const cached = inputs ? shownResult(coverage, inputs.hash) : null;
  const shown = live ? { result: { settings: coverage.settings, raster: live.raster }, stale: false } : cached;
  if (!shown || !(coverage.layers.rsrp || coverage.layers.bestServer || coverage.layers.gaps)) return null;
  const { result, stale } = shown;
  const classes = rsrpClasses(result.settings.goodDbm, result.settings.edgeDbm);
  const n = (v: number) => formatNumber(v, lang);
  const edge = Math.min(result.settings.goodDbm, result.settings.edgeDbm);
  return (
    <section className="coverage-legend" aria-labelledby="coverage-legend-title">
      <h2 id="coverage-legend-title">
        {t('coverage.legend')}
        {stale && <strong className="badge coverage-badge--stale">{t('coverage.stale')}</strong>}
        {live && <strong className="badge">{t('coverageRun.preliminary')}</strong>}
      </h2>
      {coverage.layers.rsrp && (
        <ul aria-labelledby="coverage-legend-title">
          {classes.map((c) => (
            <li key={c.minDbm}>
              <span className="swatch" style={{ background: cssRgb(c.rgb) }} aria-hidden="true" />
              {c.maxDbm === null ? `≥ ${n(c.minDbm)}` : `${n(c.minDbm)} … ${n(c.maxDbm)}`}
              {c.minDbm === result.settings.goodDbm ? ` · ${t('coverage.contour.good')}` : ''}
              {c.minDbm === edge && edge !== result.settings.goodDbm ? ` · ${t('coverage.contour.edge')}` : ''}
            </li>
          ))}
        </ul>
      )}
      {coverage.layers.gaps && (
        <p className="coverage-legend__gap">
          <span className="swatch coverage-legend__hatch" aria-hidden="true" />
          {t('coverage.legendGaps', { edge: n(edge) })}
        </p>
      )}
      {coverage.layers.bestServer && (
        <p className="coverage-legend__servers">
          {t('coverage.legendBestServer')}:{' '}
          {result.raster.cellIds.map((id, i) => (
            <span
              key={id}
              className="swatch"
              role="img"
              aria-label={cellLabel(project, id, lang)}
              title={cellLabel(project, id, lang)}
              style={{ background: cssRgb(serverRgb(i)) }}
            />
          ))}
        </p>
      )}
      <label className="coverage-legend__opacity">
        {t('coverage.opacity')}
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(coverage.opacity * 100)}
          onChange={(e) => updateCoverage(appStore, { opacity: Number(e.target.value) / 100 })}
        />
      </label>
    </section>
  );
}

/** Map toolbar with the coverage and link-calculator panel toggles. */
export function CoverageToolbar() {
  const t = useT();
  const coverageOpen = useApp((s) => s.panels.coverage);
  const linkOpen = useApp((s) => s.panels.link);
  const calibrationOpen = useApp((s) => s.panels.calibration);
  return (
    <div className="coverage-toolbar map-control" role="toolbar" aria-label={t('coverage.toolbar')}>
      <button
        type="button"
        className="button"
        aria-pressed={coverageOpen}
        onClick={() => toggleCoveragePanel(appStore, 'coverage')}
      >
        {t('coverage.title')}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={linkOpen}
        onClick={() => toggleCoveragePanel(appStore, 'link')}
      >
        {t('link.title')}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={calibrationOpen}
        onClick={() => toggleCalibrationPanel(appStore)}
      >
        {t('calibration.title')}
      </button>
    </div>
  );
}
