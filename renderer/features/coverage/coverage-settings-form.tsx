import { useId } from 'react';
import { LOS_MODES, TARGET_LOCATIONS, type TargetLocation } from '../../../core/coverage';
import { useT } from '../../i18n/use-t';
import { setCoverageSettings } from '../../state/coverage-actions';
import { DRONE_HEIGHT_M, RESOLUTION_RANGE_M } from '../../state/coverage-state';
import { appStore, useApp } from '../../state/store';
import { NumberInput } from './number-input';
import { RadioSettingsFields } from './radio-settings-fields';

/**
 * The coverage settings: area, resolution, receiver height (handheld/drone presets), receivers outdoors or indoors,
 * load, LOS model, thresholds.
 */
export function CoverageSettingsForm({ disabled }: { disabled: boolean }) {
  const t = useT();
  const areaId = useId();
  const losId = useId();
  const targetId = useId();
  const settings = useApp((s) => s.coverage.settings);
  const areas = useApp((s) => s.project.areas);
  const set = (patch: Parameters<typeof setCoverageSettings>[1]) => setCoverageSettings(appStore, patch);
  const firstDefault = areas.find((a) => a.kind === 'interest') ?? areas.find((a) => a.kind === 'lease') ?? null;
  return (
    <fieldset className="coverage-settings" disabled={disabled}>
      <legend>{t('coverage.settings')}</legend>
      <div className="field coverage-field coverage-field--wide">
        <label htmlFor={areaId}>{t('coverage.area')}</label>
        <select
          id={areaId}
          value={settings.areaId ?? ''}
          onChange={(e) => set({ areaId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">
            {t('coverage.areaDefault', { name: firstDefault?.name ?? t('coverage.areaSitesBox') })}
          </option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <NumberInput
        label={t('coverage.resolution')}
        value={settings.resolutionM}
        min={RESOLUTION_RANGE_M[0]}
        max={RESOLUTION_RANGE_M[1]}
        fractionDigits={0}
        onCommit={(resolutionM) => set({ resolutionM })}
      />
      <NumberInput
        label={t('coverage.rxHeight')}
        value={settings.rxHeightM}
        min={0.5}
        max={300}
        onCommit={(rxHeightM) => set({ rxHeightM })}
      />
      <div className="coverage-presets" role="group" aria-label={t('coverage.quickHeight')}>
        <button
          type="button"
          className="link-button"
          aria-pressed={settings.rxHeightM === 1.5}
          onClick={() => set({ rxHeightM: 1.5 })}
        >
          {t('coverage.handheld')}
        </button>
        <button
          type="button"
          className="link-button"
          aria-pressed={settings.rxHeightM === DRONE_HEIGHT_M}
          onClick={() => set({ rxHeightM: DRONE_HEIGHT_M })}
        >
          {t('coverage.drone')}
        </button>
      </div>
      <div className="field coverage-field coverage-field--wide">
        <label htmlFor={targetId}>{t('coverage.target')}</label>
        <select
          id={targetId}
          value={settings.target}
          onChange={(e) => set({ target: e.target.value as TargetLocation })}
        >
          {TARGET_LOCATIONS.map((target) => (
            <option key={target} value={target}>
              {t(`coverage.target.${target}`)}
            </option>
          ))}
        </select>
      </div>
      <NumberInput
        label={t('coverage.load')}
        value={settings.loadPercent}
        min={0}
        max={100}
        fractionDigits={0}
        onCommit={(loadPercent) => set({ loadPercent })}
      />
      <div className="field coverage-field coverage-field--wide">
        <label htmlFor={losId}>{t('coverage.losMode')}</label>
        <select
          id={losId}
          value={settings.losMode}
          onChange={(e) => set({ losMode: e.target.value as (typeof LOS_MODES)[number] })}
        >
          {LOS_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`coverage.losMode.${mode}`)}
            </option>
          ))}
        </select>
      </div>
      <RadioSettingsFields />
      <NumberInput
        label={t('coverage.good')}
        value={settings.goodDbm}
        min={-160}
        max={-40}
        onCommit={(goodDbm) => set({ goodDbm })}
      />
      <NumberInput
        label={t('coverage.edge')}
        value={settings.edgeDbm}
        min={-160}
        max={-40}
        onCommit={(edgeDbm) => set({ edgeDbm })}
      />
      <NumberInput
        label={t('coverage.sinr')}
        value={settings.sinrDb}
        min={-20}
        max={40}
        onCommit={(sinrDb) => set({ sinrDb })}
      />
    </fieldset>
  );
}
