import { useId, useState } from 'react';
import { signedDb } from '../../../core/calibration/describe';
import { formatNumber } from '../../i18n/format-number';
import { formatProblem } from '../../../core/project/problem';
import { parseCoordinate } from '../../geo/parse-coordinate';
import { useT } from '../../i18n/use-t';
import { setLink, toggleCoveragePanel } from '../../state/coverage-actions';
import { DRONE_HEIGHT_M } from '../../state/coverage-state';
import { appStore, useApp } from '../../state/store';
import './coverage.css';
import { modelsOf } from './coverage-flow';
import { computeLink } from './link-budget';
import { NumberInput } from './number-input';
import { ProfileChart } from './profile-chart';
import { cellLabel } from '../../../core/project/labels';

/** Right panel "Linkberegner": one cell to one target (map click or typed position) at a height, with terrain. */
export function LinkPanel() {
  const t = useT();
  const cellId = useId();
  const posId = useId();
  const lang = useApp((s) => s.lang);
  const sites = useApp((s) => s.project.sites);
  const calibration = useApp((s) => s.project.calibration);
  const radio = useApp((s) => s.project.radio);
  const link = useApp((s) => s.coverage.link);
  const settings = useApp((s) => s.coverage.settings);
  const terrain = useApp((s) => s.coverage.terrain);
  const [position, setPosition] = useState('');
  const [positionError, setPositionError] = useState<string | null>(null);
  // Named as the coverage tables and the request name them ("<site> – sektor 2 (120°)", "(rundstrålende)").
  const cells = sites.flatMap((site) =>
    site.cells.map((cell) => ({ site, cell, label: cellLabel({ sites }, cell.id, lang) })),
  );
  const chosen = cells.find((c) => c.cell.id === link.cellId) ?? cells[0] ?? null;
  const chosenId = chosen?.cell.id ?? null;
  // The React compiler memoises this on its inputs.
  const result =
    chosenId && link.target
      ? computeLink({
          project: { sites, radio, calibration },
          cellId: chosenId,
          target: link.target,
          targetHeightM: link.targetHeightM,
          settings,
          terrain: modelsOf(terrain),
        })
      : null;
  const db = (v: number, unit = 'dB') => `${formatNumber(v, lang, 1)} ${unit}`;
  const signed = (v: number) => `${v >= 0 ? '+' : ''}${formatNumber(v, lang, 1)} dB`;
  const applyPosition = () => {
    const parsed = parseCoordinate(position);
    if (!parsed.ok) setPositionError(parsed.message[lang]);
    else {
      setPositionError(null);
      setLink(appStore, { target: { lon: parsed.lon, lat: parsed.lat }, picking: false });
    }
  };
  const edge = Math.min(settings.goodDbm, settings.edgeDbm);
  const chosenCalibrated = result?.cell.calibration !== undefined;
  return (
    <aside className="panel panel--right panel--coverage" aria-labelledby="link-title">
      <div className="panel__title panel__title--row">
        <h2 id="link-title">{t('link.title')}</h2>
        <button type="button" className="link-button" onClick={() => toggleCoveragePanel(appStore, 'link')}>
          {t('dialog.close')}
        </button>
      </div>
      <div className="panel__scroll coverage-panel">
        {cells.length === 0 && <p className="notice notice--warning">{t('link.noCells')}</p>}
        <div className="field coverage-field coverage-field--wide">
          <label htmlFor={cellId}>{t('link.cell')}</label>
          <select
            id={cellId}
            value={chosen?.cell.id ?? ''}
            onChange={(e) => setLink(appStore, { cellId: e.target.value })}
          >
            {cells.map((c) => (
              <option key={c.cell.id} value={c.cell.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="coverage-run">
          <button
            type="button"
            className="button"
            aria-pressed={link.picking}
            onClick={() => setLink(appStore, { picking: !link.picking })}
          >
            {t('link.pick')}
          </button>
        </div>
        {link.picking && <p className="muted">{t('link.picking')}</p>}
        <div className="field coverage-field coverage-field--wide">
          <label htmlFor={posId}>{t('link.position')}</label>
          <input
            id={posId}
            value={position}
            placeholder="54,9395 10,7140"
            aria-invalid={positionError !== null}
            onChange={(e) => setPosition(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && applyPosition()}
          />
          {positionError && <span className="field__error">{positionError}</span>}
          <button type="button" className="link-button" onClick={applyPosition}>
            {t('link.setPosition')}
          </button>
        </div>
        <NumberInput
          label={t('link.height')}
          value={link.targetHeightM}
          min={0.5}
          max={300}
          onCommit={(targetHeightM) => setLink(appStore, { targetHeightM })}
        />
        <div className="coverage-presets">
          <button type="button" className="link-button" onClick={() => setLink(appStore, { targetHeightM: 1.5 })}>
            {t('coverage.handheld')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => setLink(appStore, { targetHeightM: DRONE_HEIGHT_M })}
          >
            {t('coverage.drone')}
          </button>
        </div>
        {!link.target && <p className="muted">{t('link.noTarget')}</p>}
        {result && chosen && (
          <section aria-labelledby="link-results-title">
            <h3 id="link-results-title">{t('link.results')}</h3>
            <dl className="coverage-dl" aria-labelledby="link-results-title">
              <dt>{t('link.distance')}</dt>
              <dd>{formatNumber(result.distanceM / 1000, lang, 2)} km</dd>
              <dt className="coverage-dl__wide">{t('link.model')}</dt>
              <dd className="coverage-dl__wide">
                {result.model.scenario}, {t(`coverage.losMode.${result.model.losMode}`)}
              </dd>
              <dt>{t('link.pathLoss')}</dt>
              <dd>{db(result.pathLossDb)}</dd>
              <dt>{t('link.eirp')}</dt>
              <dd>{db(result.eirpPerReDbm, 'dBm')}</dd>
              {result.buildingLossDb > 0 && (
                <>
                  <dt>{t('link.buildingLoss')}</dt>
                  <dd>−{db(result.buildingLossDb)}</dd>
                </>
              )}
              {chosenCalibrated && (
                <>
                  <dt>{t('calibration.link')}</dt>
                  <dd>{signedDb(result.calibrationDb, lang)}</dd>
                </>
              )}
              <dt>{t('link.pattern')}</dt>
              <dd>−{db(result.patternLossDb)}</dd>
              <dt>{t('link.rsrp')}</dt>
              <dd>{db(result.rsrpDbm, 'dBm')}</dd>
              <dt>{t('link.rsrpMargin', { threshold: formatNumber(edge, lang) })}</dt>
              <dd className={result.rsrpMarginDb >= 0 ? 'margin--ok' : 'margin--bad'}>{signed(result.rsrpMarginDb)}</dd>
              <dt>{t('link.sinr')}</dt>
              <dd>{db(result.sinrDb)}</dd>
              <dt>{t('link.sinrMargin', { threshold: formatNumber(settings.sinrDb, lang) })}</dt>
              <dd className={result.sinrMarginDb >= 0 ? 'margin--ok' : 'margin--bad'}>{signed(result.sinrMarginDb)}</dd>
              {result.terrain && (
                <>
                  <dt>{t('link.diffraction', { method: result.terrain.method })}</dt>
                  <dd>{db(result.terrain.diffractionLossDb)}</dd>
                  <dt>{t(result.terrain.rule === 'DTM' ? 'link.terrainExcess' : 'link.surfaceLoss')}</dt>
                  <dd>{db(result.terrain.terrainLossDb)}</dd>
                  <dt>{t('link.clearance')}</dt>
                  <dd>
                    {Number.isFinite(result.terrain.clearance.minClearanceRatio)
                      ? `${formatNumber(result.terrain.clearance.minClearanceRatio, lang, 2)} · r₁`
                      : '—'}
                  </dd>
                </>
              )}
            </dl>
            {result.warnings.length > 0 && (
              <ul className="coverage-warnings">
                {result.warnings.map((w, i) => (
                  <li key={i}>{w[lang]}</li>
                ))}
              </ul>
            )}
            <h3>{t('link.profile')}</h3>
            {!terrain && <p className="muted">{t('link.noTerrain')}</p>}
            {result.terrainProblems.map((p, i) => (
              <p key={i} className="notice notice--warning">
                {formatProblem(p, lang)}
              </p>
            ))}
            {result.terrain && (
              <>
                <p className={result.terrain.clearance.lineOfSight ? 'notice notice--ok' : 'notice notice--warning'}>
                  {result.terrain.clearance.lineOfSight ? t('link.los') : t('link.obstructed')}
                </p>
                <ProfileChart link={result.terrain} siteName={chosen.site.name} />
              </>
            )}
          </section>
        )}
      </div>
    </aside>
  );
}
