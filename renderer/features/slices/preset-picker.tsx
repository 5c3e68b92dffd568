import { formatNumber } from '../../../core/geo/format';
import { unverifiedPresetNumbers, type SlicePreset } from '../../../core/slices';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { Dialog } from '../dialog';
import { PRESET_LIBRARY } from './preset-library';

interface PresetPickerProps {
  onPick(presets: SlicePreset[]): void;
  onClose(): void;
}

/** Dialog listing the bundled slice presets with their key numbers and an "ikke verificeret" badge. */
export function PresetPicker({ onPick, onClose }: PresetPickerProps) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const n = (v: number) => formatNumber(v, lang, Number.isInteger(v) ? 0 : 2);
  return (
    <Dialog
      title={t('slices.pickerTitle')}
      onCancel={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('dialog.close')}
        </button>
      }
    >
      <ul className="slice-presets" aria-label={t('slices.presets')}>
        {PRESET_LIBRARY.presets.map((preset) => {
          const unverified = unverifiedPresetNumbers(preset);
          const name = preset.name[lang];
          const population = preset.deviceCount
            ? t('slices.devices', { count: preset.deviceCount.value })
            : t('slices.density', { density: n(preset.densityPerKm2?.value ?? 0) });
          return (
            <li key={preset.id} className="slice-preset">
              <div className="slice-preset__text">
                <strong>{name}</strong>{' '}
                {unverified.length > 0 && (
                  <span
                    className="badge--unverified"
                    tabIndex={0}
                    title={unverified.map((u) => `${u.key}: ${u.note}`).join('\n')}
                  >
                    {t('slices.unverified')}
                  </span>
                )}
                <span className="muted slice-preset__numbers">
                  {population} ·{' '}
                  {t('slices.summary', {
                    fiveQi: preset.fiveQi.value,
                    dl: n(preset.dlGuaranteedMbps.value),
                    ul: n(preset.ulGuaranteedMbps.value),
                    latency: n(preset.latencyBudgetMs.value),
                  })}
                  {preset.altitudeM && ` · ${n(preset.altitudeM.value)} m`}
                </span>
              </div>
              <button
                type="button"
                className="button"
                aria-label={t('slices.pickerAddNamed', { name })}
                onClick={() => onPick([preset])}
              >
                {t('slices.pickerAdd')}
              </button>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
