import { calibrationLine, configurationDifferences } from '../../../core/calibration';
import { useT } from '../../i18n/use-t';
import { toggleCalibrationPanel } from '../../state/calibration-actions';
import { appStore, useApp } from '../../state/store';
import { coverageOptionsOf } from '../coverage/coverage-inputs';
import { modelsOf } from '../coverage/coverage-flow';
import { calibrationLosMode, calibrationTerrainOf } from './terrain-extra';

/**
 * The coverage panel's calibration line, "Kalibreret: +3,2 dB (UMa, n = 412)", with a warning for each way the
 * current coverage settings differ from those the calibration was fitted under; "Kalibrering: ingen" otherwise.
 */
export function CalibrationStatus() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const calibration = useApp((s) => s.project.calibration);
  const settings = useApp((s) => s.coverage.settings);
  const terrain = useApp((s) => s.coverage.terrain);
  const sites = useApp((s) => s.project.sites);
  const open = (
    <button type="button" className="link-button" onClick={() => toggleCalibrationPanel(appStore)}>
      {t('calibration.openPanel')}
    </button>
  );
  if (!calibration)
    return (
      <p className="coverage-calibration">
        <strong>{t('calibration.coverage')}:</strong> <span className="muted">{t('calibration.coverageNone')}</span>{' '}
        {open}
      </p>
    );
  const models = modelsOf(terrain);
  const differences = configurationDifferences(calibration, {
    losMode: calibrationLosMode(models, coverageOptionsOf(settings).losMode ?? settings.losMode),
    rxHeightM: settings.rxHeightM,
    terrain: calibrationTerrainOf(models),
    environments: sites.filter((site) => site.cells.length > 0).map((site) => site.environment),
  });
  return (
    <div className="coverage-calibration">
      <p>
        <strong>{t('calibration.line', { line: calibrationLine(calibration, lang) })}</strong> {open}
      </p>
      {differences.map((d, i) => (
        <p key={i} className="notice notice--warning" role="status">
          {d[lang]}
        </p>
      ))}
    </div>
  );
}
